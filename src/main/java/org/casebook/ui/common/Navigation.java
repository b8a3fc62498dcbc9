package org.casebook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.casebook.domain.CommitmentStatus;

/**
 * Which screen of the open case is showing, and the way one screen sends the member to an item on another (a
 * commitment's "go to item"). Plain JavaFX properties, so view-model tests can follow it without the JavaFX thread.
 */
public final class Navigation {

    /** The screens of an open case. */
    public enum Screen { ITEMS, COMMITMENTS, CODEBOOK, DASHBOARD, BODIES, THREADS, PACK, CAMPAIGNS }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ITEMS);
    private final List<LongConsumer> itemListeners = new ArrayList<>();
    private final List<Consumer<ItemQuery>> queryListeners = new ArrayList<>();
    private final List<Consumer<CommitmentStatus>> statusListeners = new ArrayList<>();

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
