package org.casebook.ui.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.DiffPart;
import org.casebook.domain.LinkSuggestion;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;
import org.casebook.service.ThreadService;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadsViewModelTest {

    @TempDir
    static Path shared;

    private static ThreadsCase letters;

    @TempDir
    Path temp;

    private TestCases app;
    private ThreadsViewModel threads;

    @BeforeAll
    static void makeTheCaseOnce() {
        letters = new ThreadsCase(shared);
    }

    @BeforeEach
    void openACopy() throws IOException {
        app = new TestCases(temp.resolve("home"));
        app.session.open(letters.copy(temp));
        threads = new ThreadsViewModel(app.edits, app.services.threadService(), app.services.annotationService(),
                app.navigation, app.dialogs, app.messages);
    }

    @AfterEach
    void close() {
        app.session.shutdown();
    }

    @Test
    void suggestsTheFiveConcernsRaisedAgainAtTheDefaultThreshold() {
        assertThat(threads.thresholdProperty().get()).isEqualTo(ThreadService.DEFAULT_THRESHOLD);
        assertThat(threads.suggestions()).extracting(SuggestionRow::link).extracting(l -> List.of(l.itemA(), l.itemB()))
                .containsExactlyInAnyOrder(pair("1", "1"), pair("2", "2"), pair("5", "3"), pair("7", "4"),
                        pair("9", "5"));
        assertThat(threads.suggestions().get(0).score()).matches("\\d+% alike");
        assertThat(threads.suggestions()).allSatisfy(row -> {
            assertThat(row.firstPlace()).contains("of “Reply");
            assertThat(row.secondPlace()).contains("of “Second reply");
        });
        assertThat(threads.summary().get()).isEqualTo("No threads · 5 suggested links");
    }

    @Test
    void changingTheThresholdReadsTheSuggestionsAgain() {
        threads.thresholdProperty().set(0.1);
        assertThat(threads.suggestions()).hasSizeGreaterThan(5);
        assertThat(threads.thresholdLabel().get()).isEqualTo("Suggest pairs at least 10% alike");

        threads.thresholdProperty().set(0.9);
        assertThat(threads.suggestions()).hasSizeLessThan(5);
        assertThat(threads.summary().get()).endsWith(threads.suggestions().size() + " suggested links");
    }

    @Test
    void confirmingMakesAThreadThatUndoAndRedoPutBackWithTheSameId() {
        select(pair("2", "2"));
        threads.confirmSuggestion();

        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .matches("link 2 of “Reply.*” with 2 of “Second reply.*”");
        ConcernThread made = only();
        assertThat(made.itemIds()).containsExactly(letters.first("2"), letters.second("2"));
        assertThat(threads.selectedThreadProperty().get()).contains(made.id());
        assertThat(threads.threadRows()).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo("2 items"));
        assertThat(threads.suggestions()).hasSize(4);

        app.edits.undo();
        assertThat(threads.threadRows()).isEmpty();
        assertThat(threads.cards()).isEmpty();
        assertThat(threads.suggestions()).hasSize(5);

        app.edits.redo();
        assertThat(only()).isEqualTo(made);
        assertThat(threads.selectedThreadProperty().get()).contains(made.id());
    }

    @Test
    void anItemDroppedOnAThreadIsLinkedByHandOrRefusedWithAReason() {
        select(pair("2", "2"));
        threads.confirmSuggestion();
        long funding = only().id();
        long unrelated = letters.first("1");

        threads.linkItem(funding, unrelated);

        // Item 1 of the first letter would give the thread two items from one letter: refused and explained.
        assertThat(only().itemIds()).containsExactly(letters.first("2"), letters.second("2"));
        assertThat(app.dialogs.errors()).singleElement()
                .satisfies(error -> assertThat(error.title()).startsWith("Could not add 1 of"));
    }

    @Test
    void rejectingHidesThePairUntilUndone() {
        select(pair("1", "1"));
        threads.rejectSuggestion();

        assertThat(app.edits.stack().undoDescriptionProperty().get()).startsWith("reject the link between 1 of");
        assertThat(threads.suggestions()).hasSize(4).noneMatch(r -> ids(r.link()).equals(pair("1", "1")));
        assertThat(threads.selectedSuggestionProperty().get()).isEmpty();

        app.edits.undo();
        assertThat(threads.suggestions()).hasSize(5).anyMatch(r -> ids(r.link()).equals(pair("1", "1")));
    }

    @Test
    void comparesFundingAsNewThenReversedWithTheWordDiff() {
        select(pair("2", "2"));
        threads.confirmSuggestion();

        assertThat(threads.cards()).extracting(StepCard::marker).containsExactly(StepMarker.NEW, StepMarker.REVERSED);
        assertThat(threads.cards()).extracting(StepCard::markerLabel).containsExactly("New", "Reversed");
        assertThat(threads.cards()).extracting(StepCard::date).containsExactly("12 October 2026", "2 March 2027");
        assertThat(threads.cards().get(0).types()).isEqualTo("Refusal");
        assertThat(threads.cards().get(0).diff()).isEmpty();
        assertThat(threads.cards().get(1).types()).contains("Commitment");
        assertThat(threads.cards().get(1).diff()).extracting(DiffPart::kind)
                .contains(DiffPart.Kind.ADDED, DiffPart.Kind.REMOVED);
        assertThat(threads.cards().get(1).diffSpoken()).contains("Added since the letter before: ")
                .contains("will fund two permanent");
        assertThat(threads.compareTitle().get()).startsWith("The Trust turned down regional funding");
    }

    @Test
    void comparesPayAsNewThenRepeated() {
        select(pair("1", "1"));
        threads.confirmSuggestion();

        assertThat(threads.cards()).extracting(StepCard::marker).containsExactly(StepMarker.NEW, StepMarker.REPEATED);
        assertThat(threads.cards()).allSatisfy(card -> assertThat(card.response()).isPresent());
    }

    @Test
    void theMatrixHasARowPerThreadAndAColumnPerBodyOrMeeting() {
        select(pair("1", "1"));
        threads.confirmSuggestion();
        select(pair("2", "2"));
        threads.confirmSuggestion();
        app.services.annotationService().setStance(app.edits.handle().orElseThrow(), letters.second("2"),
                Stance.AGREE, "");
        app.edits.refresh();

        Matrix byBody = threads.matrix().get();
        assertThat(byBody.columns()).containsExactly("Northvale and Kestrel NHS Foundation Trust – Board");
        assertThat(byBody.rows()).hasSize(2);
        Matrix.Row funding = byBody.rows().stream().filter(r -> r.title().startsWith("The Trust turned down"))
                .findFirst().orElseThrow();
        assertThat(funding.cells()).singleElement().satisfies(cell -> {
            assertThat(cell).extracting(Matrix.Entry::itemId).containsExactly(letters.first("2"), letters.second("2"));
            assertThat(cell).extracting(Matrix.Entry::types).containsExactly("Refusal", "Commitment");
            assertThat(cell.get(1).stanceLabel()).isEqualTo("Agree");
            assertThat(cell.get(1).spoken()).contains("Commitment", "stance Agree", "Reversed");
        });

        threads.axisProperty().set(Matrix.Axis.MEETINGS);
        Matrix byMeeting = threads.matrix().get();
        assertThat(byMeeting.columns()).containsExactly("Trust Board, 17 September 2026", "Trust Board, 18 February 2027");
        assertThat(byMeeting.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(c -> assertThat(c).hasSize(1)));
    }

    @Test
    void openingAnItemShowsItOnTheItemsScreen() {
        List<Long> shown = new ArrayList<>();
        app.navigation.onShowItem(shown::add);
        app.navigation.show(Navigation.Screen.THREADS);

        threads.openItem(letters.second("2"));

        assertThat(app.navigation.screen()).isEqualTo(Navigation.Screen.ITEMS);
        assertThat(shown).containsExactly(letters.second("2"));
    }

    @Test
    void renamingAndDeletingAThreadAreUndoable() {
        select(pair("7", "4"));
        threads.confirmSuggestion();
        ConcernThread made = only();

        app.dialogs.answerText("Adverts shut people out");
        threads.renameThread();
        assertThat(threads.threadRows()).singleElement()
                .satisfies(row -> assertThat(row.title()).isEqualTo("Adverts shut people out"));
        assertThat(app.edits.stack().undoDescriptionProperty().get()).startsWith("rename the thread “");

        threads.deleteThread();
        assertThat(threads.threadRows()).isEmpty();
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("delete the thread “Adverts shut people out”");

        app.edits.undo();
        app.edits.undo();
        assertThat(only()).isEqualTo(made);
    }

    @Test
    void takingAnItemOutOfATwoItemThreadDeletesItAndUndoBringsItBack() {
        select(pair("9", "5"));
        threads.confirmSuggestion();
        ConcernThread made = only();

        app.dialogs.answerListChoice(1);
        threads.removeItemFromThread();

        assertThat(app.dialogs.listsOffered()).singleElement().satisfies(labels -> assertThat(labels).hasSize(2));
        assertThat(threads.threadRows()).isEmpty();
        app.edits.undo();
        assertThat(only()).isEqualTo(made);
    }

    @Test
    void addingByHandSaysSoWhenEveryOtherLetterIsInTheThreadAlready() {
        select(pair("2", "2"));
        threads.confirmSuggestion();

        threads.addItemToThread();

        assertThat(app.dialogs.infos()).singleElement()
                .satisfies(info -> assertThat(info.message()).contains("already in this thread"));
        assertThat(app.dialogs.listsOffered()).isEmpty();
    }

    private ConcernThread only() {
        List<ConcernThread> all = app.services.threadService().threads(app.edits.handle().orElseThrow());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void select(List<Long> pair) {
        LinkSuggestion link = threads.suggestions().stream().map(SuggestionRow::link).filter(l -> ids(l).equals(pair))
                .findFirst().orElseThrow();
        threads.selectedSuggestionProperty().set(Optional.of(link));
    }

    private static List<Long> ids(LinkSuggestion link) {
        return List.of(link.itemA(), link.itemB());
    }

    private static List<Long> pair(String firstPath, String secondPath) {
        long a = letters.first(firstPath);
        long b = letters.second(secondPath);
        return List.of(Math.min(a, b), Math.max(a, b));
    }
}
