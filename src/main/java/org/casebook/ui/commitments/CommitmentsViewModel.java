package org.casebook.ui.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.service.AnnotationService;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/**
 * The commitments register of the open case, across all letters: a filtered list of rows, the selected commitment's
 * details, and the commands on it. Reads the case again after every change anywhere (undo included), keeping the
 * selection by id. Runs without the JavaFX thread.
 */
public final class CommitmentsViewModel {

    /**
     * The selected commitment in full: its row, its status and due date in words (the due date marked when overdue),
     * its status history in words (oldest first), and whether it has an item to go to.
     */
    public record Detail(CommitmentRow row, String status, String due, List<String> history, boolean canGoToItem) {
        public Detail {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(due, "due");
            history = List.copyOf(history);
        }
    }

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final Messages messages;
    private final Clock clock;
    private final CommitmentText words;
    private final CommitmentCommands commands;
    private final javafx.beans.binding.BooleanBinding suggestion;
    private final ObservableList<CommitmentRow> all = FXCollections.observableArrayList();
    private final FilteredList<CommitmentRow> shown = new FilteredList<>(all);
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Long>> selectedId = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Detail>> detail = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasLetters = new ReadOnlyBooleanWrapper();
    private final BooleanBinding hasSelection;
    private final BooleanBinding canGoToItem;
    private Optional<CaseSnapshot> snapshot = Optional.empty();

    public CommitmentsViewModel(CaseEdits edits, AnnotationService annotations, SuggestionWorkflow suggestions,
                                Navigation navigation, CommitmentDialogs forms, DialogService dialogs, Messages messages,
                                Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.words = new CommitmentText(messages);
        this.commands = new CommitmentCommands(edits, annotations, Objects.requireNonNull(suggestions, "suggestions"),
                Objects.requireNonNull(forms, "forms"),
                Objects.requireNonNull(dialogs, "dialogs"), messages, words);
        hasSelection = Bindings.createBooleanBinding(() -> detail.get().isPresent(), detail);
        suggestion = Bindings.createBooleanBinding(() -> detail.get()
                .map(d -> d.row().commitment().status() == CommitmentStatus.SUGGESTED).orElse(false), detail);
        canGoToItem = Bindings.createBooleanBinding(() -> detail.get().map(Detail::canGoToItem).orElse(false), detail);
        edits.version().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> applyFilter());
        navigation.onShowCommitments(status -> {
            query.set("");
            filter.set(java.util.Arrays.stream(StatusFilter.values()).filter(f -> f.name().equals(status.name()))
                    .findFirst().orElse(StatusFilter.ALL));
        });
        query.addListener((obs, old, now) -> applyFilter());
        selectedId.addListener((obs, old, now) -> refreshDetail());
        reload();
    }

    /** The rows the filters let through, in the case's order; the table sorts a view of them. */
    public ObservableList<CommitmentRow> rows() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ObjectProperty<StatusFilter> filterProperty() {
        return filter;
    }

    public List<StatusFilter> filters() {
        return List.of(StatusFilter.values());
    }

    /** Quick filter: words that the commitment, its owner, letter or source must contain. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The selected commitment's id; the table writes it, and it survives reloads while the commitment is shown. */
    public ObjectProperty<Optional<Long>> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<Optional<Detail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    public BooleanBinding canGoToItem() {
        return canGoToItem;
    }

    /** "5 commitments · 3 open · 1 overdue". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty table says: nothing recorded yet, or nothing matches the filters. */
    public ReadOnlyStringProperty placeholder() {
        return placeholder.getReadOnlyProperty();
    }

    /** A commitment can be added by hand only to a letter. */
    public ReadOnlyBooleanProperty hasLetters() {
        return hasLetters.getReadOnlyProperty();
    }

    public CommitmentText words() {
        return words;
    }

    /** What a screen reader says for a row. */
    public String spoken(CommitmentRow row) {
        return messages.format("commitments.row.spoken", row.text(), row.status(), row.due(), row.letter(),
                row.source(), row.owner().isBlank() ? messages.get("commitments.owner.none") : row.owner());
    }

    public void changeStatus() {
        selected().ifPresent(c -> commands.changeStatus(c, LocalDate.now(clock)));
    }

    /** True when the selected commitment is one Casebook suggested and the member has not answered yet. */
    public javafx.beans.binding.BooleanBinding selectedIsSuggestion() {
        return suggestion;
    }

    /** Why Casebook suggested a commitment: the words that led to it and the rule that matched them. */
    public String why(org.casebook.domain.SuggestionEvidence evidence) {
        return messages.format("commitments.detail.why", evidence.matched(), evidence.rule());
    }

    /** Takes the suggested commitment into the register as open. */
    public void acceptSuggestion() {
        selected().filter(c -> c.status() == CommitmentStatus.SUGGESTED).ifPresent(c -> commands.answer(c, true));
    }

    /** Turns the suggestion down for good: it leaves the register and is not suggested again. */
    public void rejectSuggestion() {
        selected().filter(c -> c.status() == CommitmentStatus.SUGGESTED).ifPresent(c -> commands.answer(c, false));
    }

    public void edit() {
        selected().ifPresent(commands::edit);
    }

    public void delete() {
        selected().ifPresent(commands::delete);
    }

    /** Asks for the letter (when there are several), where in it the promise was made, then the commitment. */
    public void addByHand() {
        snapshot.ifPresent(s -> commands.addByHand(s).ifPresent(added -> {
            filter.set(StatusFilter.ALL);
            query.set("");
            selectedId.set(Optional.of(added.id()));
        }));
    }

    /** Shows the item the selected commitment was made in, on the items screen. */
    public void goToItem() {
        selected().flatMap(Commitment::itemId).ifPresent(navigation::showItem);
    }

    private Optional<Commitment> selected() {
        return detail.get().map(d -> d.row().commitment());
    }

    private void reload() {
        snapshot = edits.handle().map(annotations::snapshot);
        hasLetters.set(snapshot.map(s -> !s.letters().isEmpty()).orElse(false));
        LocalDate today = LocalDate.now(clock);
        Optional<Long> keep = selectedId.get();
        all.setAll(snapshot.map(s -> rows(s, today)).orElse(List.of()));
        long open = all.stream().filter(r -> r.commitment().status() == CommitmentStatus.OPEN).count();
        long overdue = all.stream().filter(CommitmentRow::overdue).count();
        long suggested = all.stream().filter(r -> r.commitment().status() == CommitmentStatus.SUGGESTED).count();
        String tracked = messages.format("commitments.summary", all.size() - suggested, open, overdue);
        summary.set(suggested == 0 ? tracked : messages.format("commitments.summary.suggested", tracked, suggested));
        applyFilter(keep);
    }

    private List<CommitmentRow> rows(CaseSnapshot s, LocalDate today) {
        Map<Long, Letter> letters = s.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        Map<Long, Item> items = s.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        // Suggested commitments are listed (marked ◇) so the member can answer them, also those found in a letter's
        // intro or closing; rejected ones were turned down and are not a promise the register tracks.
        return s.commitments().stream().filter(c -> c.status() != CommitmentStatus.REJECTED).map(c -> {
            boolean overdue = c.isOverdue(today);
            String letter = Optional.ofNullable(letters.get(c.letterId())).map(Letter::title).orElse("");
            return new CommitmentRow(c, letter, source(c, items), words.tableStatus(c.status(), overdue),
                    words.due(c.due(), false), overdue);
        }).toList();
    }

    private String source(Commitment c, Map<Long, Item> items) {
        return switch (c.source()) {
            case INTRO -> messages.get("commitments.source.intro");
            case CLOSING -> messages.get("commitments.source.closing");
            case ITEM -> messages.format("commitments.source.item",
                    c.itemId().map(items::get).map(Item::path).orElse("?"));
        };
    }

    private void applyFilter() {
        applyFilter(selectedId.get());
    }

    /** Filters, then selects {@code keep} again if it is still shown (the table drops its selection when rows change). */
    private void applyFilter(Optional<Long> keep) {
        StatusFilter status = filter.get();
        String[] terms = query.get().strip().toLowerCase(Locale.UK).split("\\s+");
        shown.setPredicate(row -> status.accepts(row) && matches(row, terms));
        placeholder.set(messages.get(all.isEmpty() ? "commitments.empty" : "commitments.noMatch"));
        selectedId.set(keep.filter(id -> shown.stream().anyMatch(r -> r.id() == id)));
        refreshDetail();
    }

    private static boolean matches(CommitmentRow row, String[] terms) {
        String haystack = String.join(" ", row.text(), row.owner(), row.letter(), row.source()).toLowerCase(Locale.UK);
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private void refreshDetail() {
        detail.set(selectedId.get().flatMap(id -> all.stream().filter(r -> r.id() == id).findFirst())
                .map(row -> new Detail(row, words.statusWithSign(row.commitment().status()),
                        words.due(row.commitment().due(), row.overdue()),
                        row.commitment().history().stream().map(words::historyLine).toList(),
                        row.commitment().itemId().isPresent())));
    }
}
