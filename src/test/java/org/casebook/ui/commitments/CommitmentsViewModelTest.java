package org.casebook.ui.commitments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.storage.Repositories;
import org.casebook.testsupport.FakeCommitmentDialogs;
import org.casebook.ui.commitments.CommitmentDialogs.Draft;
import org.casebook.ui.commitments.CommitmentDialogs.StatusDraft;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.ShortText;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class CommitmentsViewModelTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String REVIEW = "We will review the peer support budget with the group before the next Board meeting";

    @TempDir
    Path temp;

    private TestCases app;
    private CaseHandle database;
    private final FakeCommitmentDialogs forms = new FakeCommitmentDialogs();
    private CommitmentsViewModel viewModel;
    private Letter board;
    private Letter minutes;
    private Item item2;

    @BeforeEach
    void openACaseWithTwoLetters() {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        database = app.edits.handle().orElseThrow();
        board = CaseAccess.write(database, r -> r.letters().add(letter("Trust Board reply", Optional.of(LocalDate.of(2021, 7, 1)))));
        minutes = CaseAccess.write(database, r -> r.letters().add(letter("Board minutes", Optional.empty())));
        item2 = CaseAccess.write(database, r -> {
            r.items().add(item(board, "1", 0, "Peer workers are not paid on time."));
            return r.items().add(item(board, "2", 1, "The budget for peer support was cut."));
        });
        viewModel = new CommitmentsViewModel(app.edits, app.services.annotationService(),
                app.services.suggestionWorkflow(), app.navigation, forms,
                app.dialogs, app.messages, Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void listsCommitmentsOfEveryLetterWithTheirLetterAndWhereTheyWereMade() {
        Commitment review = store(onItem(item2, REVIEW, Optional.of(TODAY.plusDays(30))));
        store(new Commitment(0, minutes.id(), CommitmentSource.INTRO, Optional.empty(), "A new lead by April", "",
                Optional.empty(), CommitmentStatus.KEPT, List.of(new StatusChange(TODAY, CommitmentStatus.KEPT, ""))));
        store(new Commitment(0, board.id(), CommitmentSource.CLOSING, Optional.empty(), "Meet again in autumn",
                "Chair", Optional.empty(), CommitmentStatus.OPEN, List.of()));

        assertThat(viewModel.rows()).extracting(CommitmentRow::text, CommitmentRow::letter, CommitmentRow::source,
                        CommitmentRow::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(REVIEW, "Trust Board reply", "item 2", "○ Open"),
                        org.assertj.core.groups.Tuple.tuple("A new lead by April", "Board minutes", "intro", "✓ Kept"),
                        org.assertj.core.groups.Tuple.tuple("Meet again in autumn", "Trust Board reply", "closing", "○ Open"));
        assertThat(row(review.id()).due()).isEqualTo("9 Apr 2026");
        assertThat(viewModel.summary().get()).isEqualTo("3 commitments · 2 open · 0 overdue");
    }

    @Test
    void suggestedCommitmentsWaitInTheRegisterApartFromItsCountsAndRejectedOnesLeaveIt() {
        store(onItem(item2, REVIEW, Optional.of(TODAY.minusDays(3))));
        SuggestionEvidence why = new SuggestionEvidence("promise \"we will\"", "We will");
        Commitment suggested = null;
        for (CommitmentStatus status : List.of(CommitmentStatus.SUGGESTED, CommitmentStatus.REJECTED)) {
            Commitment c = onItem(item2, "We will " + status.code(), Optional.of(TODAY.minusDays(3)));
            Commitment stored = store(new Commitment(0, c.letterId(), c.source(), c.itemId(), c.text(), "", c.due(),
                    status, List.of(), Optional.of(why)));
            suggested = status == CommitmentStatus.SUGGESTED ? stored : suggested;
        }

        assertThat(viewModel.rows()).extracting(CommitmentRow::text).containsExactlyInAnyOrder(REVIEW, "We will suggested");
        assertThat(row(suggested.id()).overdue()).isFalse();
        assertThat(viewModel.summary().get()).isEqualTo("1 commitment · 1 open · 1 overdue · 1 suggested");
    }

    @Test
    void aSuggestedCommitmentIsAcceptedAsOpenOrRejectedAndUndoAsksAgain() {
        Commitment c = onItem(item2, "We will meet the group every quarter", Optional.empty());
        Commitment suggested = store(new Commitment(0, c.letterId(), c.source(), c.itemId(), c.text(), "", c.due(),
                CommitmentStatus.SUGGESTED, List.of(), Optional.of(new SuggestionEvidence("r", "We will"))));
        viewModel.selectedIdProperty().set(Optional.of(suggested.id()));
        assertThat(viewModel.selectedIsSuggestion().get()).isTrue();
        assertThat(viewModel.why(suggested.evidence().orElseThrow()))
                .isEqualTo("Suggested because the letter says “We will” (r)");

        viewModel.acceptSuggestion();

        assertThat(row(suggested.id()).commitment().status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("accept the commitment “We will meet the group every quarter”");
        app.edits.undo();
        assertThat(row(suggested.id()).commitment().status()).isEqualTo(CommitmentStatus.SUGGESTED);

        viewModel.selectedIdProperty().set(Optional.of(suggested.id()));
        viewModel.rejectSuggestion();
        assertThat(viewModel.rows()).noneMatch(r -> r.id() == suggested.id());
    }

    @Test
    void onlyOpenCommitmentsPastTheirDueDateAreOverdueAndSaySo() {
        Commitment late = store(onItem(item2, "Late", Optional.of(TODAY.minusDays(1))));
        Commitment dueToday = store(onItem(item2, "Due today", Optional.of(TODAY)));
        Commitment keptLate = store(withStatus(onItem(item2, "Kept late", Optional.of(TODAY.minusDays(5))),
                CommitmentStatus.KEPT));
        Commitment undated = store(onItem(item2, "Undated", Optional.empty()));

        assertThat(row(late.id()).overdue()).isTrue();
        assertThat(row(late.id()).status()).isEqualTo("⚠ Overdue");
        assertThat(row(late.id()).due()).isEqualTo("9 Mar 2026");
        viewModel.selectedIdProperty().set(Optional.of(late.id()));
        assertThat(viewModel.detailProperty().get()).hasValueSatisfying(detail -> {
            assertThat(detail.status()).isEqualTo("○ Open");
            assertThat(detail.due()).isEqualTo("⚠ Overdue · 9 Mar 2026");
        });
        assertThat(row(dueToday.id()).overdue()).isFalse();
        assertThat(row(keptLate.id()).overdue()).isFalse();
        assertThat(row(keptLate.id()).status()).isEqualTo("✓ Kept");
        assertThat(row(undated.id()).overdue()).isFalse();
        assertThat(row(undated.id()).due()).isEqualTo("No date");
        assertThat(viewModel.summary().get()).isEqualTo("4 commitments · 3 open · 1 overdue");
    }

    @Test
    void changingTheStatusRecordsADatedChangeAndUndoAndRedoRestoreItExactly() {
        Commitment before = store(onItem(item2, REVIEW, Optional.of(TODAY)));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new StatusDraft(CommitmentStatus.KEPT, TODAY.minusDays(2), "  Minutes of the June Board  "));

        viewModel.changeStatus();

        assertThat(forms.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.commitment()).contains(before);
            assertThat(asked.today()).contains(TODAY);
        });
        Commitment after = stored(before.id());
        assertThat(after.status()).isEqualTo(CommitmentStatus.KEPT);
        assertThat(after.history()).containsExactly(
                new StatusChange(TODAY.minusDays(2), CommitmentStatus.KEPT, "Minutes of the June Board"));
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("mark “We will review the peer support budget…” as kept");
        assertThat(viewModel.detailProperty().get()).hasValueSatisfying(detail -> assertThat(detail.history())
                .containsExactly("8 March 2026 · Kept · Minutes of the June Board"));

        app.edits.undo();
        assertThat(stored(before.id())).isEqualTo(before);
        assertThat(viewModel.detailProperty().get()).hasValueSatisfying(d -> assertThat(d.history()).isEmpty());

        app.edits.redo();
        assertThat(stored(before.id())).isEqualTo(after);
    }

    @Test
    void aLaterStatusChangeKeepsTheEarlierOnesOldestFirst() {
        Commitment before = store(withStatus(onItem(item2, REVIEW, Optional.empty()), CommitmentStatus.UNCLEAR));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new StatusDraft(CommitmentStatus.BROKEN, TODAY, ""));

        viewModel.changeStatus();

        assertThat(stored(before.id()).history()).extracting(StatusChange::status)
                .containsExactly(CommitmentStatus.UNCLEAR, CommitmentStatus.BROKEN);
        assertThat(viewModel.detailProperty().get().orElseThrow().history())
                .containsExactly("1 January 2026 · Unclear · Said so at the Board", "10 March 2026 · Broken");
    }

    @Test
    void aChangeDatedBeforeTheLatestJoinsTheHistoryWithoutReplacingTheCurrentStatus() {
        Commitment before = store(withStatus(onItem(item2, REVIEW, Optional.empty()), CommitmentStatus.KEPT));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new StatusDraft(CommitmentStatus.UNCLEAR, LocalDate.of(2025, 12, 1), "Early signs"));

        viewModel.changeStatus();

        Commitment after = stored(before.id());
        assertThat(after.history()).extracting(StatusChange::status)
                .containsExactly(CommitmentStatus.UNCLEAR, CommitmentStatus.KEPT);
        assertThat(after.status()).isEqualTo(CommitmentStatus.KEPT);
    }

    @Test
    void editingChangesTheWordsOwnerAndDueDateAndUndoPutsThemBack() {
        Commitment before = store(onItem(item2, REVIEW, Optional.of(TODAY)));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new Draft(" Review the budget ", " Director of Nursing ", Optional.empty()));

        viewModel.edit();

        assertThat(forms.asked()).singleElement().satisfies(asked -> assertThat(asked.initial())
                .contains(new Draft(REVIEW, "", Optional.of(TODAY))));
        Commitment after = stored(before.id());
        assertThat(after.text()).isEqualTo("Review the budget");
        assertThat(after.owner()).isEqualTo("Director of Nursing");
        assertThat(after.due()).isEmpty();
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("edit commitment “We will review the peer support budget…”");

        app.edits.undo();
        assertThat(stored(before.id())).isEqualTo(before);
        app.edits.redo();
        assertThat(stored(before.id())).isEqualTo(after);
    }

    @Test
    void anEditThatChangesNothingIsNotAnUndoStep() {
        Commitment before = store(onItem(item2, REVIEW, Optional.of(TODAY)));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new Draft(REVIEW, "", Optional.of(TODAY)));

        viewModel.edit();

        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void anEditWithoutWordsIsRefusedAndExplained() {
        Commitment before = store(onItem(item2, REVIEW, Optional.of(TODAY)));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));
        forms.answer(new Draft("   ", "", Optional.empty()));

        viewModel.edit();

        assertThat(stored(before.id())).isEqualTo(before);
        assertThat(app.dialogs.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).isEqualTo("A commitment needs the words of the promise."));
    }

    @Test
    void deletingAsksFirstAndUndoBringsBackTheSameCommitmentWithItsHistory() {
        Commitment before = store(withStatus(onItem(item2, REVIEW, Optional.of(TODAY)), CommitmentStatus.BROKEN));
        viewModel.selectedIdProperty().set(Optional.of(before.id()));

        viewModel.delete();
        assertThat(app.dialogs.confirmations()).singleElement().asString().contains("We will review the peer support budget…");
        assertThat(storedAll()).containsExactly(before);

        app.dialogs.answerConfirm(true);
        viewModel.delete();
        assertThat(storedAll()).isEmpty();
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.detailProperty().get()).isEmpty();
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("delete commitment “We will review the peer support budget…”");

        app.edits.undo();
        assertThat(storedAll()).containsExactly(before);
        app.edits.redo();
        assertThat(storedAll()).isEmpty();
    }

    @Test
    void addingByHandAsksForTheLetterAndWhereInItAndRedoKeepsTheSameId() {
        app.dialogs.answerListChoice(1).answerListChoice(2);
        forms.answer(new Draft("Publish the peer support plan", "Chief Nurse", Optional.of(TODAY.plusDays(7))));

        viewModel.addByHand();

        assertThat(app.dialogs.listsOffered()).containsExactly(
                List.of("Board minutes", "Trust Board reply (1 July 2021)"),
                List.of("The letter’s introduction", "Item 1 — Peer workers are not paid on time.",
                        "Item 2 — The budget for peer support was cut.", "The letter’s closing"));
        Commitment added = storedAll().get(0);
        assertThat(added).isEqualTo(new Commitment(added.id(), board.id(), CommitmentSource.ITEM,
                Optional.of(item2.id()), "Publish the peer support plan", "Chief Nurse",
                Optional.of(TODAY.plusDays(7)), CommitmentStatus.OPEN, List.of()));
        assertThat(viewModel.selectedIdProperty().get()).contains(added.id());
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .isEqualTo("add commitment “Publish the peer support plan”");

        app.edits.undo();
        assertThat(storedAll()).isEmpty();
        app.edits.redo();
        assertThat(storedAll()).containsExactly(added);
    }

    @Test
    void cancellingAnyStepOfAddingByHandStoresNothing() {
        app.dialogs.answerListChoice(1).answerListChoice(0);

        viewModel.addByHand();

        assertThat(forms.asked()).hasSize(1);
        assertThat(storedAll()).isEmpty();
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void goToItemShowsTheItemOnTheItemsScreen() {
        Commitment review = store(onItem(item2, REVIEW, Optional.empty()));
        Commitment closing = store(new Commitment(0, board.id(), CommitmentSource.CLOSING, Optional.empty(),
                "Meet again", "", Optional.empty(), CommitmentStatus.OPEN, List.of()));
        List<Long> shown = new ArrayList<>();
        app.navigation.onShowItem(shown::add);
        app.navigation.show(Screen.COMMITMENTS);

        viewModel.selectedIdProperty().set(Optional.of(closing.id()));
        assertThat(viewModel.canGoToItem().get()).isFalse();
        viewModel.goToItem();
        assertThat(shown).isEmpty();

        viewModel.selectedIdProperty().set(Optional.of(review.id()));
        assertThat(viewModel.canGoToItem().get()).isTrue();
        viewModel.goToItem();
        assertThat(shown).containsExactly(item2.id());
        assertThat(app.navigation.screen()).isEqualTo(Screen.ITEMS);
    }

    @Test
    void filtersByStatusOverdueAndWordsAndDropTheSelectionTheyHide() {
        Commitment late = store(onItem(item2, REVIEW, Optional.of(TODAY.minusDays(1))));
        Commitment kept = store(withStatus(onItem(item2, "Pay peer workers on time", Optional.empty()),
                CommitmentStatus.KEPT));
        viewModel.selectedIdProperty().set(Optional.of(kept.id()));

        viewModel.filterProperty().set(StatusFilter.OVERDUE);
        assertThat(viewModel.rows()).extracting(CommitmentRow::id).containsExactly(late.id());
        assertThat(viewModel.selectedIdProperty().get()).isEmpty();

        viewModel.filterProperty().set(StatusFilter.KEPT);
        assertThat(viewModel.rows()).extracting(CommitmentRow::id).containsExactly(kept.id());

        viewModel.filterProperty().set(StatusFilter.ALL);
        viewModel.queryProperty().set("PEER  budget");
        assertThat(viewModel.rows()).extracting(CommitmentRow::id).containsExactly(late.id());
        viewModel.queryProperty().set("board reply");
        assertThat(viewModel.rows()).hasSize(2);
        viewModel.queryProperty().set("nothing like this");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.placeholder().get()).isEqualTo("No commitment matches the filter.");
    }

    @Test
    void theSelectionSurvivesChangesMadeAnywhere() {
        Commitment first = store(onItem(item2, "First", Optional.empty()));
        Commitment second = store(onItem(item2, "Second", Optional.empty()));
        viewModel.selectedIdProperty().set(Optional.of(second.id()));

        // A change made elsewhere in the window (the items screen) and undone there.
        app.edits.perform("delete first", db -> app.services.annotationService().deleteCommitment(db, first.id()),
                db -> app.services.annotationService().restoreCommitment(db, first));
        app.edits.undo();

        assertThat(viewModel.selectedIdProperty().get()).contains(second.id());
        assertThat(viewModel.detailProperty().get()).hasValueSatisfying(d -> assertThat(d.row().text()).isEqualTo("Second"));
    }

    @Test
    void withoutCommitmentsTheTableSaysHowToAddOne() {
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.placeholder().get()).startsWith("No commitments recorded yet.");
        assertThat(viewModel.summary().get()).isEqualTo("No commitments · 0 open · 0 overdue");
        assertThat(viewModel.hasLetters().get()).isTrue();
        assertThat(viewModel.hasSelection().get()).isFalse();
    }

    @Test
    void longCommitmentsAreNamedByTheirFirstWordsInUndo() {
        assertThat(ShortText.of("Short and sweet")).isEqualTo("Short and sweet");
        assertThat(ShortText.of(REVIEW)).isEqualTo("We will review the peer support budget…");
        assertThat(ShortText.of("x".repeat(60))).isEqualTo("x".repeat(40) + "…");
    }

    private CommitmentRow row(long id) {
        return viewModel.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Stores a commitment as another screen would, and tells the screens to read the case again. */
    private Commitment store(Commitment commitment) {
        Commitment stored = app.services.annotationService().addCommitment(database, commitment);
        app.edits.refresh();
        return stored;
    }

    private Commitment stored(long id) {
        return CaseAccess.read(database, r -> r.commitments().byId(id)).orElseThrow();
    }

    private List<Commitment> storedAll() {
        return CaseAccess.read(database, Repositories::snapshot).commitments();
    }

    private static Commitment onItem(Item item, String text, Optional<LocalDate> due) {
        return new Commitment(0, item.letterId(), CommitmentSource.ITEM, Optional.of(item.id()), text, "", due,
                CommitmentStatus.OPEN, List.of());
    }

    private static Commitment withStatus(Commitment c, CommitmentStatus status) {
        return new Commitment(c.id(), c.letterId(), c.source(), c.itemId(), c.text(), c.owner(), c.due(), status,
                List.of(new StatusChange(LocalDate.of(2026, 1, 1), status, "Said so at the Board")));
    }

    private static Letter letter(String title, Optional<LocalDate> date) {
        return new Letter(0, title, date, "The Trust", "The group", Optional.empty(), Optional.empty(), Optional.empty(),
                "Dear colleagues,", "Yours sincerely,", "Dear colleagues, … Yours sincerely,", Optional.empty());
    }

    private static Item item(Letter letter, String label, int order, String concern) {
        return new Item(0, letter.id(), Optional.empty(), label, label, order, concern, Optional.of("We are looking at it."),
                Optional.empty(), Optional.empty(), Stance.UNDECIDED, "");
    }
}
