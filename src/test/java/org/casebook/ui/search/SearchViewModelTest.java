package org.casebook.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.casebook.domain.CancelledException;
import org.casebook.domain.Stance;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.CancelledProgress;
import org.casebook.ui.common.ItemQuery;
import org.casebook.ui.common.LatestWins;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.TaskRunner;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.search.SearchViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search screen's view model on the sample case, whose letters, notes, commitments and FOI answers are known. */
class SearchViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private CaseHandle handle;
    private final List<SearchDialogs.DateRange> datesAsked = new ArrayList<>();
    private Optional<SearchDialogs.DateRange> datesAnswer = Optional.empty();

    @BeforeEach
    void openTheSample() {
        app = new TestCases(temp.resolve("home"));
        app.session.openSample(temp.resolve("Sample"), app.services.sampleCaseService());
        handle = app.edits.handle().orElseThrow();
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    private SearchViewModel viewModel(TaskRunner tasks, LatestWins lane) {
        SearchDialogs dialogs = current -> {
            datesAsked.add(current);
            return datesAnswer;
        };
        return new SearchViewModel(new SearchViewModel.Dependencies(app.edits, app.services.searchService(),
                app.services.codebookService(), app.services.bodyService(), app.navigation, tasks, lane, dialogs,
                app.messages));
    }

    private SearchViewModel viewModel() {
        return viewModel(app.tasks, LatestWins.immediate());
    }

    private static List<ResultRow> rows(SearchViewModel search) {
        return search.groups().stream().flatMap(g -> g.rows().stream()).toList();
    }

    @Test
    void aStemmedWordFindsTheFoiAnswerUnderItsLetterWithItsBodyAndMarkedWord() {
        SearchViewModel search = viewModel();
        assertThat(search.state().get()).isEqualTo(State.READY);
        assertThat(search.summary().get()).contains("Type words");

        search.queryProperty().set("supervising");

        ResultRow answer = rows(search).stream().filter(r -> r.hit().kind() == HitKind.FOI_ANSWER).findFirst().orElseThrow();
        assertThat(answer.heading()).startsWith("Answer from Westmoor Partnership");
        assertThat(answer.hit().snippet().markedWords()).contains("supervised");
        assertThat(answer.spoken()).contains(answer.heading(), "supervised");
        ResultGroup group = search.groups().stream().filter(g -> g.rows().contains(answer)).findFirst().orElseThrow();
        assertThat(group.letterId()).isEqualTo(answer.hit().letterId());
        assertThat(group.rows()).allSatisfy(r -> assertThat(r.hit().letterId()).isEqualTo(group.letterId()));
        assertThat(search.summary().get()).matches("\\d+ results? in \\d+ letters?");
        assertThat(search.problem().get()).isEmpty();
    }

    @Test
    void aPhraseWithTheNoteKindShowsTheOneNoteAndItsChip() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("\"back pay\"");
        FilterChoice kinds = search.choices().stream().filter(c -> c.title().equals("Kind")).findFirst().orElseThrow();
        FilterChoice.Entry note = kinds.entries().stream().filter(e -> e.label().equals("Note")).findFirst().orElseThrow();

        search.useFilters(note.with());

        assertThat(rows(search)).singleElement().satisfies(row -> {
            assertThat(row.hit().kind()).isEqualTo(HitKind.NOTE);
            assertThat(row.heading()).isEqualTo("Note on item " + row.hit().path().orElseThrow());
            assertThat(row.hit().snippet().text()).contains("back pay for sessions");
        });
        assertThat(search.chips()).extracting(FilterChip::label).containsExactly("Kind: Note");
        assertThat(search.choices().stream().filter(c -> c.title().equals("Kind")).findFirst().orElseThrow().entries())
                .extracting(FilterChoice.Entry::label).doesNotContain("Note");
        assertThat(search.summary().get()).isEqualTo("1 result in 1 letter");
    }

    @Test
    void aStanceChipNarrowsTheResultsAndRemovingItWidensThemAgain() {
        SearchViewModel search = viewModel();
        String word = CaseAccess.read(handle, r -> r.items().all().stream().filter(i -> i.stance() == Stance.DISPUTE)
                .findFirst().orElseThrow().concern()).split("\\W+")[0];
        search.queryProperty().set(word);
        int all = rows(search).size();
        FilterChoice stances = search.choices().stream().filter(c -> c.title().equals("Stance")).findFirst().orElseThrow();

        search.useFilters(stances.entries().stream().filter(e -> e.label().equals("Dispute")).findFirst().orElseThrow().with());

        assertThat(rows(search)).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(r -> assertThat(r.stance()).contains(Stance.DISPUTE));
        FilterChip chip = search.chips().get(0);
        assertThat(chip.label()).isEqualTo("Stance: Dispute");
        assertThat(chip.spoken()).contains("Press Enter to remove it");

        search.useFilters(chip.without());

        assertThat(rows(search)).hasSize(all);
        assertThat(search.chips()).isEmpty();
    }

    @Test
    void aThemeChipNamesTheThemeAndHitsShowTheirThemes() {
        SearchViewModel search = viewModel();
        FilterChoice themes = search.choices().stream().filter(c -> c.title().equals("Theme")).findFirst().orElseThrow();
        FilterChoice.Entry pay = themes.entries().stream().filter(e -> e.with().themeIds().contains("pay-disparity"))
                .findFirst().orElseThrow();

        search.useFilters(pay.with().withKinds(Set.of(HitKind.ITEM)));

        assertThat(search.chips()).extracting(FilterChip::label).contains("Theme: " + pay.label(), "Kind: Item");
        assertThat(rows(search)).isNotEmpty().allSatisfy(r -> assertThat(r.themes()).isNotEmpty());
        assertThat(rows(search).get(0).spoken()).contains("Themes: ");
    }

    @Test
    void nothingFoundOffersTheNearestSpellingAndTakingItSearchesForIt() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("supervisd");

        assertThat(search.groups()).isEmpty();
        assertThat(search.summary().get()).isEqualTo("Nothing found for “supervisd”.");
        assertThat(search.suggestions()).contains("supervised");

        search.useSuggestion("supervised");

        assertThat(search.queryProperty().get()).isEqualTo("supervised");
        assertThat(search.groups()).isNotEmpty();
        assertThat(search.suggestions()).isEmpty();
    }

    @Test
    void anUnreadableQueryKeepsTheLastResultsAndSaysWhere() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("pay");
        List<ResultGroup> before = List.copyOf(search.groups());

        search.queryProperty().set("pay AND");

        assertThat(search.problem().get()).hasValueSatisfying(p -> {
            assertThat(p.position()).isEqualTo(7);
            assertThat(p.message()).startsWith("That search cannot be read:");
        });
        assertThat(search.groups()).containsExactlyElementsOf(before);

        search.queryProperty().set("pay AND band");

        assertThat(search.problem().get()).isEmpty();
    }

    @Test
    void enterOpensTheItemOnTheItemsScreenWithTheWordsToMark() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("supervising");
        ResultRow answer = rows(search).stream().filter(r -> r.hit().kind() == HitKind.FOI_ANSWER).findFirst().orElseThrow();

        search.open(answer);

        assertThat(app.navigation.screen()).isEqualTo(Screen.ITEMS);
        long itemId = answer.hit().itemId().orElseThrow();
        assertThat(app.navigation.marks().get().wordsFor(itemId)).contains("supervised");
        assertThat(app.navigation.marks().get().wordsFor(itemId + 1)).isEmpty();
    }

    @Test
    void aLetterHitOpensItsLetterOnTheItemsScreen() {
        SearchViewModel search = viewModel();
        List<ItemQuery> asked = new ArrayList<>();
        app.navigation.onShowItems(asked::add);
        search.queryProperty().set("supervising");
        search.useFilters(SearchFilters.NONE.withKinds(Set.of(HitKind.LETTER)));
        ResultRow letter = rows(search).get(0);
        assertThat(letter.heading()).isEqualTo("The letter’s text");

        search.open(letter);

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.place()).isEqualTo(ItemQuery.Place.LETTER);
            assertThat(q.placeId()).isEqualTo(letter.hit().letterId());
        });
    }

    @Test
    void datesChosenInTheFormBecomeAChipAndNarrowTheLetters() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("pay");
        int all = rows(search).size();
        datesAnswer = Optional.of(new SearchDialogs.DateRange(Optional.of(LocalDate.of(2030, 1, 1)), Optional.empty()));

        search.chooseDates();

        assertThat(datesAsked).containsExactly(new SearchDialogs.DateRange(Optional.empty(), Optional.empty()));
        assertThat(search.chips()).extracting(FilterChip::label).containsExactly("Dates: from 1 Jan 2030");
        assertThat(rows(search)).hasSizeLessThan(all);
        assertThat(search.summary().get()).isEqualTo("Nothing found for “pay” with these filters.");
    }

    @Test
    void anEditShowsInTheResultsWithoutSearchingAgainByHand() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("zebracrossing");
        assertThat(search.groups()).isEmpty();
        long itemId = CaseAccess.read(handle, r -> r.items().all().get(0).id());

        app.edits.perform("Add a note", h -> app.services.annotationService().addNote(h, itemId, "Ask about the zebracrossing"),
                h -> { });

        assertThat(rows(search)).singleElement().satisfies(r -> assertThat(r.hit().kind()).isEqualTo(HitKind.NOTE));
    }

    @Test
    void anOlderSearchThatEndsLateIsNotShownOverTheNewerOne() {
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel search = viewModel(app.tasks, new LatestWins(queued::add, 0, Runnable::run));
        search.queryProperty().set("westmoor");
        search.queryProperty().set("supervising");

        assertThat(queued).hasSize(2);
        queued.get(1).run();
        List<ResultGroup> newer = List.copyOf(search.groups());
        queued.get(0).run();

        assertThat(newer).isNotEmpty();
        assertThat(search.groups()).containsExactlyElementsOf(newer);
        assertThat(rows(search)).anySatisfy(r -> assertThat(r.hit().snippet().markedWords()).contains("supervised"));
    }

    @Test
    void aMissingIndexIsBuiltFirstAndStoppingItLeavesSearchNotReadyUntilStartedAgain() throws Exception {
        app.session.shutdown();
        deleteTree(temp.resolve("Sample.casebook").resolve("search"));
        app = new TestCases(temp.resolve("home"));
        app.session.open(temp.resolve("Sample.casebook"));
        Cancelling tasks = new Cancelling();
        SearchViewModel search = viewModel(tasks, LatestWins.immediate());

        assertThat(search.state().get()).isEqualTo(State.NOT_READY);
        assertThat(search.stateMessage().get()).contains("stopped");
        search.queryProperty().set("supervising");
        assertThat(search.groups()).isEmpty();

        tasks.cancel = false;
        search.prepare();

        assertThat(search.state().get()).isEqualTo(State.READY);
        assertThat(search.groups()).isNotEmpty();
        assertThat(temp.resolve("Sample.casebook").resolve("search")).isDirectory();
    }

    @Test
    void aListenerAddedToTheChipsHearsChangesAfterAGarbageCollection() {
        SearchViewModel search = viewModel();
        List<Integer> heard = new ArrayList<>();
        search.chips().addListener((javafx.collections.ListChangeListener<FilterChip>) change -> heard.add(1));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        search.useFilters(SearchFilters.NONE.withKinds(Set.of(HitKind.NOTE)));

        assertThat(heard).isNotEmpty();
    }

    @Test
    void closingTheCaseEmptiesTheScreen() {
        SearchViewModel search = viewModel();
        search.queryProperty().set("pay");
        assertThat(search.groups()).isNotEmpty();

        app.session.closeCase();

        assertThat(search.state().get()).isEqualTo(State.NO_CASE);
        assertThat(search.groups()).isEmpty();
        assertThat(search.stateMessage().get()).isEqualTo("Open a case to search it.");
    }

    /** Runs work at once, as a member who pressed Stop at the first check would, until told otherwise. */
    private static final class Cancelling implements TaskRunner {
        boolean cancel = true;

        @Override
        public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            T result;
            try {
                result = work.call(cancel ? CancelledProgress.LISTENER : org.casebook.domain.ProgressListener.NONE);
            } catch (CancelledException e) {
                onFailure.accept(e);
                return;
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
