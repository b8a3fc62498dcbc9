package org.casebook.ui.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.service.ImportDraft;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.review.ReviewViewModel.Outcome;
import org.casebook.ui.review.ReviewViewModel.RegionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The review over a real case in a temporary folder and the fixture letter; dialogs are faked. */
class ReviewViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private CaseHandle database;
    private ImportDraft draft;
    private final List<Outcome> outcomes = new ArrayList<>();
    private ReviewViewModel review;

    @BeforeEach
    void setUp() throws Exception {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        database = app.session.currentCase().orElseThrow().handle();
        Path letter = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        draft = app.services.importService().prepare(letter, ProgressListener.NONE);
        review = newReview();
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    private ReviewViewModel newReview() {
        return new ReviewViewModel(new ReviewViewModel.Dependencies(app.services.importService().review(database, draft),
                app.dialogs, app.tasks, app.messages), outcomes::add);
    }

    @Test
    void listsEveryItemWithTheFirstLinesOfItsConcernAndResponse() {
        assertThat(review.items()).hasSize(14);
        assertThat(review.items().get(1).path()).isEqualTo("1/a");
        assertThat(review.items().get(1).depth()).isEqualTo(1);
        assertThat(review.items().get(1).concern()).startsWith("The decision made to drop a co delivered KUF course");
        assertThat(row("6").response()).isEmpty();
        assertThat(row("2").response()).contains("We have no knowledge of this being the case.");
        assertThat(review.regionsProperty().get()).filteredOn(r -> r.kind() == RegionKind.CONCERN).hasSize(14);
        assertThat(review.regionsProperty().get().get(0).kind()).isEqualTo(RegionKind.INTRO);
        assertThat(review.sourceName()).isEqualTo("letter.txt");
        assertThat(review.splitSummary()).isEqualTo("Split confidence 85% · no warnings");
    }

    @Test
    void showsTheRecognisedShapeAndReadsTheLetterAgainAsAnotherUndoably() {
        assertThat(review.shapeProperty().get()).isEqualTo(Shape.NUMBERED);
        assertThat(review.shapeOption().name()).isEqualTo("Numbered, each with its answer");
        assertThat(review.shapeOptions()).extracting(ShapeOption::shape).contains(Shape.MINUTES, Shape.TABLE);

        review.reshape(Shape.TABLE);
        assertThat(review.shapeProperty().get()).isEqualTo(Shape.TABLE);
        assertThat(review.items()).isEmpty();
        assertThat(review.splitSummary()).contains("no items found");
        assertThat(review.undoLabel().get()).isEqualTo("Undo: read as Table of questions and answers");

        review.undo();
        assertThat(review.shapeProperty().get()).isEqualTo(Shape.NUMBERED);
        assertThat(review.items()).hasSize(14);
        assertThat(review.splitSummary()).isEqualTo("Split confidence 85% · no warnings");
        assertThat(app.dialogs.infos()).isEmpty();
    }

    @Test
    void choosingTheShapeTheLetterIsReadAsAlreadyChangesNothing() {
        review.reshape(Shape.NUMBERED);

        assertThat(review.canUndo().get()).isFalse();
        assertThat(review.edited()).isFalse();
    }

    @Test
    void selectingAnItemMarksItsTextAndGivesItsPlace() {
        review.selectedPathProperty().set(Optional.of("1/b"));

        SplitItem item = item("1/b");
        assertThat(review.selectedSpanProperty().get()).hasValueSatisfying(span -> {
            assertThat(span.start()).isEqualTo(item.concernSpan().start());
            assertThat(span.end()).isEqualTo(item.responseSpan().orElseThrow().end());
        });
        assertThat(review.regionsProperty().get()).filteredOn(ReviewViewModel.TextRegion::selected).hasSize(2);
    }

    @Test
    void mergingIsUndoneAndRedoneByName() {
        review.selectedPathProperty().set(Optional.of("1/a"));

        review.mergeWithNext();
        assertThat(review.items()).hasSize(13);
        assertThat(review.undoLabel().get()).isEqualTo("Undo: merge 1/a and 1/b");
        assertThat(item("1/a").response().orElseThrow()).contains("Disrespect to SU KUF Trainers");

        review.undo();
        assertThat(review.items()).hasSize(14);
        assertThat(review.undoLabel().get()).isEqualTo("Undo");
        assertThat(review.redoLabel().get()).isEqualTo("Redo: merge 1/a and 1/b");

        review.redo();
        assertThat(review.items()).hasSize(13);
        assertThat(review.canRedo().get()).isFalse();
        assertThat(review.selectedPathProperty().get()).contains("1/a");
    }

    @Test
    void theResponseStartsWhereTheCaretIs() {
        int caret = draft.split().fullText().indexOf("Many of us have experienced");

        review.responseStartsAt(caret);

        assertThat(item("6").concern()).isEqualTo("Wellbeing:");
        assertThat(item("6").response().orElseThrow()).startsWith("Many of us have experienced");
        assertThat(review.selectedPathProperty().get()).contains("6");
        assertThat(review.undoLabel().get()).isEqualTo("Undo: move where the response of 6 starts");
    }

    @Test
    void aCaretOutsideEveryItemIsExplainedAndChangesNothing() {
        review.splitAt(5);

        assertThat(app.dialogs.infos()).singleElement()
                .satisfies(info -> assertThat(info.message()).isEqualTo("Put the cursor inside the text of an item first."));
        assertThat(review.items()).hasSize(14);
        assertThat(review.canUndo().get()).isFalse();
    }

    @Test
    void splittingAnItemAddsOneWithAProvisionalLabel() {
        int caret = draft.split().fullText().indexOf("Peer workers are being phased out");
        int insideFour = draft.split().fullText().lastIndexOf("Currently there are few formal", caret);

        review.splitAt(insideFour);

        assertThat(review.items()).hasSize(15);
        assertThat(review.items().stream().map(ReviewViewModel.ItemRow::path)).contains("4", "?", "5");
        assertThat(item("?").concern()).startsWith("Currently there are few formal");
        assertThat(item("4").response()).isEmpty();
    }

    @Test
    void relabellingAsksForTheLabelAndTheSubItemsFollow() {
        review.selectedPathProperty().set(Optional.of("6"));
        app.dialogs.answerText("7");

        review.changeLabel();

        assertThat(review.items().stream().map(ReviewViewModel.ItemRow::path)).contains("7", "7/a", "7/b")
                .doesNotContain("6");
        assertThat(review.undoLabel().get()).isEqualTo("Undo: relabel 6 as 7");
        assertThat(review.selectedPathProperty().get()).contains("7");
    }

    @Test
    void aRefusedCorrectionIsExplainedAndNotRecorded() {
        review.selectedPathProperty().set(Optional.of("1/a"));
        app.dialogs.answerText("b");

        review.changeLabel();

        assertThat(app.dialogs.infos()).singleElement()
                .satisfies(info -> assertThat(info.message()).isEqualTo("There is already an item 1/b."));
        assertThat(review.canUndo().get()).isFalse();
        assertThat(review.edited()).isFalse();
    }

    @Test
    void changingTheParentOffersTheTopLevelAndEarlierItems() {
        review.selectedPathProperty().set(Optional.of("2"));
        app.dialogs.answerListChoice(0);

        review.changeParent();

        assertThat(app.dialogs.listsOffered()).singleElement().satisfies(labels -> {
            assertThat(labels.get(0)).isEqualTo("1  NHSE Funding for band 7 KUF trainer has been refused.");
            assertThat(labels).hasSize(7).doesNotContain("Top level (no parent)");
        });
        assertThat(item("1/2").parentPath()).contains("1");
        assertThat(review.undoLabel().get()).isEqualTo("Undo: move 2 under 1");
    }

    @Test
    void aSubItemMayMoveToTheTopLevel() {
        review.selectedPathProperty().set(Optional.of("1/a"));
        app.dialogs.answerListChoice(0);

        review.changeParent();

        assertThat(app.dialogs.listsOffered()).singleElement()
                .satisfies(labels -> assertThat(labels).containsExactly("Top level (no parent)"));
        assertThat(item("a").parentPath()).isEmpty();
        assertThat(review.undoLabel().get()).isEqualTo("Undo: move 1/a to the top level");
    }

    @Test
    void theFormStartsFromWhatTheLetterSaysAndAMeetingChoiceSetsItsDate() {
        ReviewForm form = review.form();
        assertThat(form.title().get()).isEqualTo("Reply to concerns raised at the Trust Board, 26 May 2021");
        assertThat(form.to().get()).isEqualTo("Tamar and colleagues");
        assertThat(form.meeting().get()).isEqualTo("Trust Board, 26 May 2021");
        assertThat(form.meetingChoices()).containsExactly("Trust Board, 26 May 2021");

        form.meeting().set("");
        form.meetingDate().set(null);
        form.meeting().set("Trust Board, 26 May 2021");

        assertThat(form.meetingDate().get()).isEqualTo(LocalDate.of(2021, 5, 26));
        form.body().set("BSMHFT");
        assertThat(form.details().meetingName()).contains("Trust Board");
        assertThat(form.details().bodyName()).contains("BSMHFT");
    }

    @Test
    void aMeetingWithoutABodyOrAMissingTitleCannotBeSaved() {
        assertThat(review.canSave().get()).isFalse();
        assertThat(review.form().problem().get()).contains("Say which body held the meeting, or leave the meeting empty.");

        assertThat(review.status().get()).isEqualTo("Say which body held the meeting, or leave the meeting empty.");
        review.form().body().set("BSMHFT");
        assertThat(review.canSave().get()).isTrue();
        assertThat(review.status().get()).isEqualTo("Nothing is stored in the case until you save.");
        review.form().title().set("  ");
        assertThat(review.form().problem().get()).contains("The letter needs a title.");

        review.save();
        assertThat(letters()).isEmpty();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void savingStoresTheCorrectedSplitAndTheDetailsOnce() {
        review.selectedPathProperty().set(Optional.of("1/a"));
        review.mergeWithNext();
        review.form().title().set("Reply from the Trust Board");
        review.form().body().set("BSMHFT");
        review.form().date().set(LocalDate.of(2021, 6, 14));

        review.save();
        review.save();

        assertThat(outcomes).containsExactly(Outcome.SAVED);
        assertThat(letters()).singleElement().satisfies(letter -> {
            assertThat(letter.title()).isEqualTo("Reply from the Trust Board");
            assertThat(letter.date()).contains(LocalDate.of(2021, 6, 14));
            assertThat(letter.to()).isEqualTo("Tamar and colleagues");
            assertThat(letter.bodyId()).isPresent();
            assertThat(letter.meetingId()).isPresent();
        });
        List<Item> items = CaseAccess.read(database, r -> r.items().all());
        assertThat(items).hasSize(13);
        assertThat(items).filteredOn(i -> i.path().equals("1/a")).singleElement()
                .satisfies(i -> assertThat(i.response().orElseThrow()).contains("Disrespect to SU KUF Trainers"));
        assertThat(app.services.caseService().bodies(database)).extracting(b -> b.name()).containsExactly("BSMHFT");
        assertThat(app.services.caseService().meetings(database)).singleElement()
                .satisfies(m -> assertThat(m.date()).contains(LocalDate.of(2021, 5, 26)));
    }

    @Test
    void savingAnEmailsLetterSaysWhichLettersItsAttachmentsBecame() throws Exception {
        Path pdf = Fixtures.trustBoardReply("letter.pdf");
        draft = new ImportDraft(draft.original(), draft.sha256(), draft.source().carriedBy(
                new Envelope("FOI Team", List.of(), List.of(), "Your FOI request", Optional.empty(), true),
                List.of(new Attachment("reply.pdf", Files.readAllBytes(pdf), DocumentReaders.standard().read(pdf)))),
                draft.split(), draft.metadata());
        review = newReview();
        review.form().body().set("BSMHFT");

        review.save();

        assertThat(outcomes).containsExactly(Outcome.SAVED);
        assertThat(app.dialogs.infos()).singleElement().satisfies(info -> {
            assertThat(info.title()).isEqualTo("Imported with its attachments");
            assertThat(info.message()).contains("with 1 letter from the documents attached to the e-mail")
                    .endsWith("attached: reply.pdf — 14 items");
        });
        long letters = CaseAccess.read(database, r -> r.letters().count());
        assertThat(letters).isEqualTo(2);
    }

    @Test
    void theNextReviewOffersTheBodiesAndMeetingsTheCaseKnows() {
        review.form().body().set("BSMHFT");
        review.save();

        ReviewViewModel next = newReview();
        next.form().meeting().set("");
        next.form().body().set("bsmhft");

        assertThat(next.form().bodyChoices()).containsExactly("BSMHFT");
        assertThat(next.form().meetingChoices()).containsExactly("Trust Board, 26 May 2021");
    }

    @Test
    void cancellingAnUntouchedReviewAsksNothingAndStoresNothing() {
        review.cancel();

        assertThat(outcomes).containsExactly(Outcome.CANCELLED);
        assertThat(app.dialogs.confirmations()).isEmpty();
        assertThat(letters()).isEmpty();
        assertThat(database.root().resolve("originals")).satisfiesAnyOf(
                folder -> assertThat(folder).doesNotExist(), folder -> assertThat(folder).isEmptyDirectory());
    }

    @Test
    void cancellingAfterChangesAsksFirst() {
        review.selectedPathProperty().set(Optional.of("1/a"));
        review.markNoResponse();
        app.dialogs.answerConfirm(false).answerConfirm(true);

        review.cancel();
        assertThat(outcomes).isEmpty();
        review.cancel();

        assertThat(outcomes).containsExactly(Outcome.CANCELLED);
        assertThat(app.dialogs.confirmations()).hasSize(2);
        assertThat(letters()).isEmpty();
    }

    @Test
    void aChangedDetailAloneAlsoCountsAsAnEdit() {
        review.form().from().set("The Chair of the Board");

        assertThat(review.edited()).isTrue();
    }

    private List<Letter> letters() {
        return CaseAccess.read(database, r -> r.letters().all());
    }

    private ReviewViewModel.ItemRow row(String path) {
        return review.items().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private SplitItem item(String path) {
        return review.split().items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }
}
