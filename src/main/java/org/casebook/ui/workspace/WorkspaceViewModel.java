package org.casebook.ui.workspace;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.casebook.domain.Meeting;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.service.AnnotationService;
import org.casebook.service.CodebookService;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.ui.commitments.CommitmentDialogs;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/**
 * The annotation workspace: the letters tree, the items table with its filters, and the selected item. Reads the case
 * again after every change (its own, an undo, another screen's), keeping the selection where it was.
 */
public final class WorkspaceViewModel {

    /** Where the keyboard should go; the view moves the focus. */
    public enum Focus { TABLE, THEME_FIELD, RATIONALE, NOTE, FILTER, LETTER }

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Messages messages;
    private final ItemDetailViewModel detail;
    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ItemRow> filtered = new FilteredList<>(rows);
    private final SortedList<ItemRow> shown = new SortedList<>(filtered);
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.NONE);
    private final ReadOnlyObjectWrapper<LetterNode> tree = new ReadOnlyObjectWrapper<>(WorkspaceData.EMPTY.tree());
    private final ReadOnlyObjectWrapper<Optional<Long>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<ResponseType> responseTypes = FXCollections.observableArrayList();
    private final List<Consumer<Focus>> focusListeners = new ArrayList<>();
    private final StringBinding countLabel;
    private WorkspaceData data = WorkspaceData.EMPTY;

    public WorkspaceViewModel(CaseEdits edits, AnnotationService annotations, CodebookService codebook,
                              SuggestionWorkflow suggestions, Navigation navigation, CommitmentDialogs forms,
                              DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.detail = new ItemDetailViewModel(new ItemEdits(edits, annotations, codebook, suggestions, dialogs, messages),
                forms, navigation);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> filter.get().predicate(), filter));
        filter.addListener((obs, old, now) -> keepSelectionVisible());
        countLabel = Bindings.createStringBinding(() -> messages.format("workspace.count", shown.size(), rows.size()),
                shown, rows);
        edits.version().addListener((obs, old, now) -> reload());
        navigation.onShowItem(this::reveal);
        navigation.onShowItems(query -> filter.set(ItemFilter.of(query)));
        reload();
    }

    /** Reads the case again and shows it, keeping the selection on the same item when it is still there. */
    public void reload() {
        data = edits.handle().map(db -> WorkspaceData.of(annotations.snapshot(db), labels())).orElse(WorkspaceData.EMPTY);
        themes.setAll(data.themes());
        responseTypes.setAll(data.responseTypes());
        tree.set(data.tree());
        Optional<Long> keep = selected.get().filter(id -> data.row(id).isPresent());
        rows.setAll(data.rows());
        selected.set(keep);
        detail.show(data, keep.flatMap(data::row));
    }

    private WorkspaceData.Labels labels() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
        return new WorkspaceData.Labels() {
            @Override
            public String allLetters() {
                return messages.get("workspace.tree.all");
            }

            @Override
            public String noBody() {
                return messages.get("workspace.tree.noBody");
            }

            @Override
            public String meeting(Meeting meeting) {
                return meeting.date().map(d -> messages.format("workspace.tree.meeting", meeting.name(), dates.format(d)))
                        .orElse(meeting.name());
            }
        };
    }

    /** The rows the table shows, in its order: the view binds the comparator to the table's sort. */
    public SortedList<ItemRow> shownRows() {
        return shown;
    }

    public ObjectProperty<ItemFilter> filter() {
        return filter;
    }

    public ReadOnlyObjectProperty<LetterNode> tree() {
        return tree.getReadOnlyProperty();
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    public ObservableList<ResponseType> responseTypes() {
        return responseTypes;
    }

    /** "12 of 30 items". */
    public StringBinding countLabel() {
        return countLabel;
    }

    public ReadOnlyObjectProperty<Optional<Long>> selected() {
        return selected.getReadOnlyProperty();
    }

    public ItemDetailViewModel detail() {
        return detail;
    }

    public void select(Optional<Long> itemId) {
        Optional<Long> known = itemId.filter(id -> data.row(id).isPresent());
        if (!known.equals(selected.get())) {
            selected.set(known);
            detail.show(data, known.flatMap(data::row));
        }
    }

    /** The next item in the table's order; the first when none is selected. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (shown.isEmpty()) {
            return;
        }
        int at = selected.get().map(id -> indexShown(id)).orElse(by > 0 ? -1 : shown.size());
        int target = Math.max(0, Math.min(shown.size() - 1, at + by));
        select(Optional.of(shown.get(target).id()));
    }

    private int indexShown(long id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The stance keys (Ctrl+1 to Ctrl+4, Ctrl+0 to clear) act on the selected item. */
    public void setStance(Stance stance) {
        detail.setStance(stance);
    }

    /** Reads the selected item's letter again for suggestions (Item ▸ Suggest again). */
    public void suggestAgain() {
        selected.get().flatMap(data::row).ifPresent(row -> detail.suggestAgain(row));
    }

    public void clearFilters() {
        filter.set(filter.get().cleared());
    }

    /** Shows an item another screen asked for: everything is shown again if the filters hid it. */
    private void reveal(long itemId) {
        if (data.row(itemId).isPresent()) {
            if (!filter.get().predicate().test(data.row(itemId).get())) {
                filter.set(ItemFilter.NONE);
            }
            select(Optional.of(itemId));
            requestFocus(Focus.TABLE);
        }
    }

    /** When a filter hides the selected item, the selection moves to the first item still shown. */
    private void keepSelectionVisible() {
        if (selected.get().map(id -> indexShown(id) < 0).orElse(false)) {
            select(shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(0).id()));
        }
    }

    public void requestFocus(Focus where) {
        List.copyOf(focusListeners).forEach(listener -> listener.accept(where));
    }

    public void onFocusRequest(Consumer<Focus> listener) {
        focusListeners.add(listener);
    }

    public String stanceLabel(Stance stance) {
        return StanceText.label(messages, stance);
    }
}
