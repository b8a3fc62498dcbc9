package org.casebook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.casebook.domain.CommitmentStatus;

/**
 * Which screen of the open case is showing, and the way one screen sends the member to an item on another (a
 * commitment's "go to item"). Plain JavaFX properties, so view-model tests can follow it without the JavaFX thread.
 */
public final class Navigation {

    /** The screens of an open case. */
    public enum Screen { ITEMS, COMMITMENTS, CODEBOOK, DASHBOARD, BODIES, THREADS, PACK, CAMPAIGNS, SEARCH }

    /** Words to mark in an item's texts when it is shown, because a search found them there. */
    public record Marks(long itemId, List<String> words) {
        public static final Marks NONE = new Marks(0, List.of());

        public Marks {
            words = List.copyOf(words);
        }

        /** The words to mark in {@code shownItemId}'s texts: none once the member has moved to another item. */
        public List<String> wordsFor(long shownItemId) {
            return shownItemId == itemId ? words : List.of();
        }
    }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ITEMS);
    private final List<LongConsumer> itemListeners = new ArrayList<>();
    private final List<Consumer<ItemQuery>> queryListeners = new ArrayList<>();
    private final List<Consumer<CommitmentStatus>> statusListeners = new ArrayList<>();
    private final List<Consumer<Boolean>> searchListeners = new ArrayList<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Marks> marks = new SimpleObjectProperty<>(Marks.NONE);

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public Screen screen() {
        return screen.get();
    }

    public void show(Screen target) {
        screen.set(target);
    }

    /** Shows the items screen with the item selected (and the filters loosened if they hid it). */
    public void showItem(long itemId) {
        showItem(itemId, List.of());
    }

    /** {@link #showItem(long)}, with {@code words} marked in the item's texts, as a search result opens its item. */
    public void showItem(long itemId, List<String> words) {
        marks.set(new Marks(itemId, words));
        screen.set(Screen.ITEMS);
        List.copyOf(itemListeners).forEach(listener -> listener.accept(itemId));
    }

    /** Called by the items screen: what to do when another screen asks for an item. */
    public void onShowItem(LongConsumer listener) {
        itemListeners.add(listener);
    }

    /** Shows the items screen narrowed to the items a query describes (a dashboard bar). */
    public void showItems(ItemQuery query) {
        screen.set(Screen.ITEMS);
        List.copyOf(queryListeners).forEach(listener -> listener.accept(query));
    }

    /** Called by the items screen: how to narrow itself when another screen asks for some items. */
    public void onShowItems(Consumer<ItemQuery> listener) {
        queryListeners.add(listener);
    }

    /** The words the items screen marks, and in which item; a search sets them when it opens an item. */
    public ReadOnlyObjectProperty<Marks> marks() {
        return marks;
    }

    /**
     * What the member is searching for: one text, shared by the search field in the toolbar and the one on the
     * Search screen, so either can be typed into.
     */
    public StringProperty searchText() {
        return searchText;
    }

    /**
     * Shows the Search screen and puts the keyboard in its field: with its text selected, to type a new search (View ▸
     * Search, Ctrl+Shift+F), or with the caret at the end when {@code goOnTyping}, as when the toolbar's field hands over.
     */
    public void showSearch(boolean goOnTyping) {
        screen.set(Screen.SEARCH);
        List.copyOf(searchListeners).forEach(listener -> listener.accept(goOnTyping));
    }

    /** Called by the Search screen: how to take the keyboard when the member asks to search. */
    public void onShowSearch(Consumer<Boolean> listener) {
        searchListeners.add(listener);
    }

    /** Shows the commitments register with only the commitments of one status. */
    public void showCommitments(CommitmentStatus status) {
        screen.set(Screen.COMMITMENTS);
        List.copyOf(statusListeners).forEach(listener -> listener.accept(status));
    }

    /** Called by the commitments screen: how to filter itself when another screen asks for one status. */
    public void onShowCommitments(Consumer<CommitmentStatus> listener) {
        statusListeners.add(listener);
    }
}
