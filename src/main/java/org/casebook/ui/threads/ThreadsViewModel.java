package org.casebook.ui.threads;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.LinkSuggestion;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseHandle;
import org.casebook.service.ThreadService.CompareStep;
import org.casebook.service.ThreadService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.workspace.StanceText;

/**
 * The threads of the open case: the list of threads, the links Casebook suggests at the member's threshold, the
 * selected thread's compare columns and the matrix of all threads. Reads the case again after every change anywhere
 * (undo included), keeping the selected thread by id. Runs without the JavaFX thread.
 */
public final class ThreadsViewModel {

    public static final double MIN_THRESHOLD = 0.1;
    public static final double MAX_THRESHOLD = 0.9;

    private final CaseEdits edits;
    private final ThreadService threads;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final DialogService dialogs;
    private final Messages messages;
    private final ThreadWords words;
    private final ThreadEdits changes;
    private final MatrixBuilder matrixBuilder;
    private final ObservableList<ThreadRow> threadRows = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final ObservableList<StepCard> cards = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens to its list weakly, so a view made per call would lose its listeners.
    private final ObservableList<ThreadRow> threadRowsView = FXCollections.unmodifiableObservableList(threadRows);
    private final ObservableList<SuggestionRow> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ObservableList<StepCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObjectProperty<Optional<Long>> selectedThread = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<LinkSuggestion>> selectedSuggestion =
            new SimpleObjectProperty<>(Optional.empty());
    private final DoubleProperty threshold = new SimpleDoubleProperty(ThreadService.DEFAULT_THRESHOLD);
    private final ObjectProperty<Matrix.Axis> axis = new SimpleObjectProperty<>(Matrix.Axis.BODIES);
    private final ReadOnlyObjectWrapper<Matrix> matrix = new ReadOnlyObjectWrapper<>(Matrix.empty());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper thresholdLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper compareTitle = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasThread;
    private final BooleanBinding hasSuggestion;
    private Optional<CaseSnapshot> snapshot = Optional.empty();
    private Map<Long, List<CompareStep>> steps = Map.of();

    public ThreadsViewModel(CaseEdits edits, ThreadService threads, AnnotationService annotations,
                            Navigation navigation, DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ThreadWords(messages);
        this.changes = new ThreadEdits(edits, threads);
        this.matrixBuilder = new MatrixBuilder(messages, words);
        hasThread = Bindings.createBooleanBinding(() -> selectedThread.get().isPresent(), selectedThread);
        hasSuggestion = Bindings.createBooleanBinding(() -> selectedSuggestion.get().isPresent(), selectedSuggestion);
        edits.version().addListener((obs, old, now) -> reload());
        threshold.addListener((obs, old, now) -> refreshSuggestions());
        selectedThread.addListener((obs, old, now) -> refreshCards());
        axis.addListener((obs, old, now) -> refreshMatrix());
        reload();
    }

    public ObservableList<ThreadRow> threadRows() {
        return threadRowsView;
    }

    /** The links to suggest at the threshold, best first. */
    public ObservableList<SuggestionRow> suggestions() {
        return suggestionsView;
    }

    /** The selected thread's columns, in letter-date order. */
    public ObservableList<StepCard> cards() {
        return cardsView;
    }

    /** The thread the compare view shows; kept over reloads while it exists, else the first thread. */
    public ObjectProperty<Optional<Long>> selectedThreadProperty() {
        return selectedThread;
    }

    public ObjectProperty<Optional<LinkSuggestion>> selectedSuggestionProperty() {
        return selectedSuggestion;
    }

    /** How alike two concerns must read to be suggested, 0.1 to 0.9; changing it reads the suggestions again. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyStringProperty thresholdLabel() {
        return thresholdLabel.getReadOnlyProperty();
    }

    public ObjectProperty<Matrix.Axis> axisProperty() {
        return axis;
    }

    public ReadOnlyObjectProperty<Matrix> matrix() {
        return matrix.getReadOnlyProperty();
    }

    /** "3 threads · 2 suggested links". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** The selected thread's title over its columns. */
    public ReadOnlyStringProperty compareTitle() {
        return compareTitle.getReadOnlyProperty();
    }

    public BooleanBinding hasThread() {
        return hasThread;
    }

    public BooleanBinding hasSuggestion() {
        return hasSuggestion;
    }

    public ThreadWords words() {
        return words;
    }

    /** Links the selected suggestion's items (a new thread, or one joining the other's thread) and shows the thread. */
    public void confirmSuggestion() {
        selectedRow().ifPresent(row -> changes.confirm(words.confirmDescription(row.firstPlace(), row.secondPlace()),
                row.link(), id -> selectedThread.set(Optional.of(id))));
    }

    /** Turns the selected suggestion down: it is not suggested again unless undone. */
    public void rejectSuggestion() {
        selectedRow().ifPresent(row -> changes.reject(words.rejectDescription(row.firstPlace(), row.secondPlace()), row.link()));
    }

    public void renameThread() {
        thread().ifPresent(t -> dialogs.askText(messages.get("threads.rename.title"),
                messages.get("threads.rename.message"), t.title()).filter(title -> !title.strip().equals(t.title()))
                .ifPresent(title -> changes.perform(words.renameDescription(t.title()),
                        db -> threads.rename(db, t.id(), title))));
    }

    /** Deletes the selected thread; its items stay, and undo brings the thread back. */
    public void deleteThread() {
        thread().ifPresent(t -> changes.perform(words.deleteDescription(t.title()), db -> threads.delete(db, t.id())));
    }

    /** Links by hand: the member picks an item of a letter the thread has none of, not already in a thread. */
    public void addItemToThread() {
        thread().ifPresent(t -> snapshot.ifPresent(s -> {
            Map<Long, Letter> letters = letters(s);
            List<Long> used = s.items().stream().filter(i -> t.itemIds().contains(i.id())).map(Item::letterId).toList();
            List<Item> choices = s.items().stream().filter(i -> !used.contains(i.letterId()))
                    .filter(i -> s.threads().stream().noneMatch(o -> o.itemIds().contains(i.id())))
                    .sorted(Comparator.comparing((Item i) -> letters.get(i.letterId()).date().orElse(java.time.LocalDate.MAX))
                            .thenComparing(Item::letterId).thenComparing(Item::order)).toList();
            if (choices.isEmpty()) {
                dialogs.showInfo(messages.get("threads.add.title"), messages.get("threads.add.none"));
                return;
            }
            Function<Item, String> describe = i -> messages.format("threads.add.choice",
                    words.place(i, letters.get(i.letterId())), words.firstLine(i.concern()));
            dialogs.chooseFromList(messages.get("threads.add.title"), messages.format("threads.add.message", t.title()),
                    choices, describe).ifPresent(item -> changes.perform(words.addDescription(
                            words.place(item, letters.get(item.letterId())), t.title()),
                    db -> threads.linkByHand(db, t.id(), item.id())));
        }));
    }

    /**
     * Links an item to a thread by hand, as when it is dragged onto the thread; the thread service refuses an item
     * already in a thread or from a letter the thread already has, and the member is told why.
     */
    public void linkItem(long threadId, long itemId) {
        snapshot.ifPresent(s -> s.threads().stream().filter(t -> t.id() == threadId).findFirst().ifPresent(t ->
                s.items().stream().filter(i -> i.id() == itemId).findFirst().ifPresent(item -> changes.perform(
                        words.addDescription(words.place(item, letters(s).get(item.letterId())), t.title()),
                        db -> threads.linkByHand(db, t.id(), item.id())))));
    }

    /** Takes one of the thread's items out; a thread left with one item is deleted (undo brings it back). */
    public void removeItemFromThread() {
        thread().ifPresent(t -> snapshot.ifPresent(s -> {
            Map<Long, Letter> letters = letters(s);
            List<Item> members = s.items().stream().filter(i -> t.itemIds().contains(i.id()))
                    .sorted(Comparator.comparing(i -> t.itemIds().indexOf(i.id()))).toList();
            Function<Item, String> describe = i -> messages.format("threads.add.choice",
                    words.place(i, letters.get(i.letterId())), words.firstLine(i.concern()));
            dialogs.chooseFromList(messages.get("threads.remove.title"),
                    messages.format("threads.remove.message", t.title()), members, describe)
                    .ifPresent(item -> changes.perform(words.removeDescription(
                            words.place(item, letters.get(item.letterId())), t.title()),
                            db -> threads.unlink(db, t.id(), item.id())));
        }));
    }

    /** Shows an item on the items screen, selected. */
    public void openItem(long itemId) {
        navigation.showItem(itemId);
    }

    private Optional<SuggestionRow> selectedRow() {
        return selectedSuggestion.get().flatMap(link -> suggestions.stream().filter(r -> r.link().equals(link))
                .findFirst());
    }

    private Optional<ConcernThread> thread() {
        return selectedThread.get().flatMap(id -> snapshot.flatMap(s -> s.threads().stream()
                .filter(t -> t.id() == id).findFirst()));
    }

    private void reload() {
        Optional<CaseHandle> database = edits.handle();
        snapshot = database.map(annotations::snapshot);
        List<ConcernThread> all = snapshot.map(CaseSnapshot::threads).orElse(List.of());
        Map<Long, List<CompareStep>> read = new LinkedHashMap<>();
        database.ifPresent(db -> all.forEach(t -> read.put(t.id(), threads.compare(db, t.id()))));
        steps = read;
        threadRows.setAll(all.stream().map(t -> new ThreadRow(t.id(), t.title(), t.itemIds().size(),
                words.count(t.itemIds().size()))).toList());
        Optional<Long> keep = selectedThread.get().filter(read::containsKey);
        selectedThread.set(keep.or(() -> all.stream().findFirst().map(ConcernThread::id)));
        refreshCards();
        refreshMatrix();
        refreshSuggestions();
    }

    private void refreshSuggestions() {
        thresholdLabel.set(words.thresholdLabel(threshold.get()));
        Optional<LinkSuggestion> keep = selectedSuggestion.get();
        suggestions.setAll(edits.handle().flatMap(db -> snapshot.map(s -> rows(s,
                threads.suggestLinks(db, threshold.get())))).orElse(List.of()));
        selectedSuggestion.set(keep.filter(link -> suggestions.stream().anyMatch(r -> r.link().equals(link))));
        summary.set(words.summary(threadRows.size(), suggestions.size()));
    }

    private List<SuggestionRow> rows(CaseSnapshot s, List<LinkSuggestion> links) {
        Map<Long, Item> items = s.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        Map<Long, Letter> letters = letters(s);
        return links.stream().map(link -> {
            // The earlier letter's item first, as the thread would list them.
            List<Item> pair = List.of(items.get(link.itemA()), items.get(link.itemB())).stream()
                    .sorted(Comparator.comparing((Item i) -> letters.get(i.letterId()).date()
                            .orElse(java.time.LocalDate.MAX)).thenComparing(Item::letterId)).toList();
            String first = words.place(pair.get(0), letters.get(pair.get(0).letterId()));
            String second = words.place(pair.get(1), letters.get(pair.get(1).letterId()));
            String score = words.score(link.score());
            String spoken = messages.format("threads.suggestion.spoken", score, first,
                    words.firstLine(pair.get(0).concern()), second, words.firstLine(pair.get(1).concern()));
            return new SuggestionRow(link, score, first, words.firstLine(pair.get(0).concern()), second,
                    words.firstLine(pair.get(1).concern()), spoken);
        }).toList();
    }

    private void refreshCards() {
        List<CompareStep> shown = selectedThread.get().map(id -> steps.getOrDefault(id, List.of())).orElse(List.of());
        compareTitle.set(thread().map(ConcernThread::title).orElse(""));
        cards.setAll(snapshot.map(s -> shown.stream().map(step -> card(s, step)).toList()).orElse(List.of()));
    }

    private StepCard card(CaseSnapshot s, CompareStep step) {
        Optional<String> response = step.item().response();
        return new StepCard(step.item().id(), step.letter().title(), words.date(step.letter()), step.marker(),
                words.marker(step.marker()), words.markerHelp(step.marker()),
                messages.format("threads.compare.concern", step.item().path(), step.item().concern().strip()),
                response, step.diffToPrevious(), words.diffSpoken(response.orElse(""), step.diffToPrevious()),
                words.types(s.codebook(), step.responseTypeIds(), step.typesConfirmed()), step.stance(),
                StanceText.label(messages, step.stance()));
    }

    private void refreshMatrix() {
        matrix.set(snapshot.map(s -> matrixBuilder.build(s, steps, axis.get())).orElse(Matrix.empty()));
    }

    private static Map<Long, Letter> letters(CaseSnapshot s) {
        return s.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
    }
}
