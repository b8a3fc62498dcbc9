package org.casebook.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import org.casebook.domain.search.BadQueryException;
import org.casebook.domain.search.SearchFilters;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.service.BodyService;
import org.casebook.service.CaseHandle;
import org.casebook.service.CodebookService;
import org.casebook.service.SearchService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.ItemQuery;
import org.casebook.ui.common.LatestWins;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Search screen: the query (shared with the toolbar's field), the filters as chips, the results grouped by letter,
 * and getting the index ready first. Every keystroke and filter change asks again on the search lane, where a newer
 * question supersedes an older one; a query that cannot be read keeps the last results and says where the problem
 * is. Runs without the JavaFX thread.
 */
public final class SearchViewModel {

    /** How many hits are shown at most; the summary says how many more there were. */
    static final int SHOWN = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    /** Where the screen is: no case, getting the index ready, ready to search, or not ready (stopped or failed). */
    public enum State { NO_CASE, PREPARING, READY, NOT_READY }

    /** A query that cannot be read: what is wrong, and the character it was found at. */
    public record Problem(String message, int position) {
    }

    /** What the screen needs from the app. */
    public record Dependencies(CaseEdits edits, SearchService search, CodebookService codebook, BodyService bodies,
                               Navigation navigation, TaskRunner tasks, LatestWins lane, SearchDialogs dialogs,
                               Messages messages) {
        public Dependencies {
            Objects.requireNonNull(edits, "edits");
            Objects.requireNonNull(search, "search");
            Objects.requireNonNull(codebook, "codebook");
            Objects.requireNonNull(bodies, "bodies");
            Objects.requireNonNull(navigation, "navigation");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(messages, "messages");
        }
    }

    private final Dependencies deps;
    private final SearchText text;
    private final FilterWords filterWords;
    private final StringProperty query;
    private final ObjectProperty<SearchFilters> filters = new SimpleObjectProperty<>(SearchFilters.NONE);
    private final ObservableList<ResultGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    // Made once and kept: an unmodifiable view listens to its list only weakly, so a view made per call and not
    // kept by the caller would stop passing changes on once collected.
    private final ObservableList<ResultGroup> groupsShown = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<FilterChip> chipsShown = FXCollections.unmodifiableObservableList(chips);
    private final ObservableList<FilterChoice> choicesShown = FXCollections.unmodifiableObservableList(choices);
    private final ObservableList<String> suggestionsShown = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Problem>> problem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_CASE);
    private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Worker<?>>> preparation = new ReadOnlyObjectWrapper<>(Optional.empty());
    private List<String> markWords = List.of();
    private SearchNames names = SearchNames.NONE;
    private Optional<CaseHandle> current = Optional.empty();

    public SearchViewModel(Dependencies deps) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.text = new SearchText(deps.messages());
        this.filterWords = new FilterWords(deps.messages(), text);
        this.query = deps.navigation().searchText();
        query.addListener((obs, old, now) -> ask());
        filters.addListener((obs, old, now) -> {
            showFilters();
            ask();
        });
        deps.edits().version().addListener((obs, old, now) -> caseChanged());
        caseChanged();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<SearchFilters> filtersProperty() {
        return filters;
    }

    /** The results, one group per letter, the letters in the order of their best hit. */
    public ObservableList<ResultGroup> groups() {
        return groupsShown;
    }

    /** The chosen filters, one chip per value. */
    public ObservableList<FilterChip> chips() {
        return chipsShown;
    }

    /** The Add-a-filter menu: a section per kind of filter, with the values not chosen yet. */
    public ObservableList<FilterChoice> choices() {
        return choicesShown;
    }

    /** When nothing was found: the query with its unknown words replaced by the nearest the case holds. */
    public ObservableList<String> suggestions() {
        return suggestionsShown;
    }

    /** The line above the results: how many there are, or what to do, or that nothing was found. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Problem>> problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** What the screen says while the index is got ready, or why it is not ready. */
    public ReadOnlyStringProperty stateMessage() {
        return stateMessage.getReadOnlyProperty();
    }

    /** The index being built, to show its progress; empty when nothing is being built or nobody can watch (tests). */
    public ReadOnlyObjectProperty<Optional<Worker<?>>> preparation() {
        return preparation.getReadOnlyProperty();
    }

    /** Adds a value from the Add-a-filter menu, or takes a chip away: the filters become {@code chosen}. */
    public void useFilters(SearchFilters chosen) {
        filters.set(Objects.requireNonNull(chosen, "chosen"));
    }

    public void clearFilters() {
        filters.set(SearchFilters.NONE);
    }

    /** Asks for the letters' dates to search between. */
    public void chooseDates() {
        SearchFilters now = filters.get();
        deps.dialogs().askDates(new SearchDialogs.DateRange(now.from(), now.to()))
                .ifPresent(range -> filters.set(now.withDates(range.from(), range.to())));
    }

    /** Searches for a suggested spelling instead. */
    public void useSuggestion(String suggestion) {
        query.set(suggestion);
    }

    /** Opens a hit on the items screen, the words it was found by marked; a letter's own text opens the letter. */
    public void open(ResultRow row) {
        row.hit().itemId().ifPresentOrElse(id -> deps.navigation().showItem(id, markWords),
                () -> deps.navigation().showItems(ItemQuery.ALL.in(ItemQuery.Place.LETTER, row.hit().letterId())));
    }

    /** Starts getting the index ready again, after it was stopped or failed. */
    public void prepare() {
        current.ifPresent(this::prepare);
    }

    /** Stops getting the index ready; the screen then offers to start again. */
    public void cancelPreparation() {
        preparation.get().ifPresent(Worker::cancel);
    }

    private void caseChanged() {
        Optional<CaseHandle> handle = deps.edits().handle();
        if (!handle.equals(current)) {
            current = handle;
            // Not ready until this case's index is: nothing below may search the new case before that.
            state.set(State.NO_CASE);
            deps.lane().supersede();
            cancelPreparation();
            markWords = List.of();
            groups.clear();
            suggestions.clear();
            problem.set(Optional.empty());
            filters.set(SearchFilters.NONE);
            readNames();
            handle.ifPresentOrElse(this::prepare, () -> {
                state.set(State.NO_CASE);
                stateMessage.set(text.get("search.noCase"));
                summary.set("");
            });
            return;
        }
        // Something in the case changed: new names for the chips, and the results as they are now.
        readNames();
        ask();
    }

    private void readNames() {
        names = current.map(h -> {
            var directory = deps.bodies().directory(h);
            return SearchNames.of(deps.codebook().codebook(h), directory.bodies(), directory.meetings());
        }).orElse(SearchNames.NONE);
        showFilters();
    }

    private void showFilters() {
        chips.setAll(filterWords.chips(filters.get(), names));
        choices.setAll(filterWords.choices(filters.get(), names));
    }

    private void prepare(CaseHandle handle) {
        state.set(State.PREPARING);
        stateMessage.set(text.get("search.preparing"));
        summary.set("");
        Optional<Worker<Object>> worker = deps.tasks().runCancellable(progress -> {
            deps.search().prepare(handle, progress);
            return null;
        }, done -> prepared(handle), failure -> notPrepared(handle, failure));
        // Work that ran at once (tests) has already ended: there is nothing left to watch.
        if (state.get() == State.PREPARING && current.equals(Optional.of(handle))) {
            preparation.set(worker.map(w -> w));
        }
    }

    private void prepared(CaseHandle handle) {
        if (!current.equals(Optional.of(handle))) {
            return;
        }
        preparation.set(Optional.empty());
        state.set(State.READY);
        stateMessage.set("");
        ask();
    }

    private void notPrepared(CaseHandle handle, Throwable failure) {
        if (!current.equals(Optional.of(handle))) {
            return;
        }
        preparation.set(Optional.empty());
        state.set(State.NOT_READY);
        if (failure instanceof org.casebook.domain.CancelledException) {
            stateMessage.set(text.get("search.unfinished"));
        } else {
            LOG.warn("Search could not be made ready for {}", handle.root(), failure);
            stateMessage.set(text.format("search.prepare.failed", String.valueOf(failure.getMessage())));
        }
    }

    /** Asks the lane for the results of the query and filters as they are now; a newer question supersedes it. */
    private void ask() {
        if (state.get() != State.READY || current.isEmpty()) {
            return;
        }
        String words = query.get() == null ? "" : query.get();
        SearchFilters chosen = filters.get();
        if (words.isBlank() && chosen.isEmpty()) {
            deps.lane().supersede();
            show(SearchResults.EMPTY, words, chosen);
            summary.set(text.get("search.start"));
            return;
        }
        CaseHandle handle = current.get();
        deps.lane().submit(() -> deps.search().search(handle, new SearchQuery(words, chosen, SHOWN)),
                found -> show(found, words, chosen), this::failed);
    }

    private void show(SearchResults found, String words, SearchFilters chosen) {
        markWords = found.markWords();
        problem.set(Optional.empty());
        List<ResultGroup> grouped = text.groups(found, names);
        groups.setAll(grouped);
        suggestions.setAll(found.suggestions());
        summary.set(found.total() == 0 ? text.nothingFound(words, !chosen.isEmpty()) : text.summary(found, grouped.size()));
    }

    /** A query that cannot be read keeps the results of the last one that could, and says where the problem is. */
    private void failed(Throwable failure) {
        if (failure instanceof BadQueryException bad) {
            String message = bad.getMessage().strip();
            // The template ends the sentence itself.
            message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
            problem.set(Optional.of(new Problem(text.format("search.problem", message), bad.position())));
            return;
        }
        LOG.warn("A search failed", failure);
        problem.set(Optional.of(new Problem(text.format("search.failed", String.valueOf(failure.getMessage())), 0)));
    }
}
