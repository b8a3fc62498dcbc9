package org.casebook.ui.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.casebook.importing.Fixtures;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.ui.common.FakeDialogService.Shown;
import org.casebook.ui.common.TaskRunner;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing into a real case in a temporary folder, with work run at once and dialogs faked. */
class ImportFlowTest {

    @TempDir
    Path temp;

    private TestCases app;
    private ImportFlow flow;
    private Path letter;

    @BeforeEach
    void setUp() throws Exception {
        app = new TestCases(temp.resolve("home"));
        flow = app.imports();
        letter = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    private CaseHandle openCase() {
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        return app.session.currentCase().orElseThrow().handle();
    }

    @Test
    void nothingCanBeImportedWithoutAnOpenCase() {
        app.dialogs.answerOpen(letter);

        flow.importFile();

        assertThat(flow.canImport().get()).isFalse();
        assertThat(flow.review().get()).isEmpty();
    }

    @Test
    void aChosenFileOpensItsReviewAndSavingRefreshesTheCase() {
        openCase();
        app.dialogs.answerOpen(letter);

        flow.importFile();
        ReviewViewModel review = flow.review().get().orElseThrow();
        assertThat(review.items()).hasSize(14);
        assertThat(flow.canImport().get()).isFalse();

        review.form().body().set("BSMHFT");
        review.save();

        assertThat(flow.review().get()).isEmpty();
        assertThat(app.session.currentCase().orElseThrow().summary().letters()).isEqualTo(1);
        assertThat(app.session.currentCase().orElseThrow().summary().items()).isEqualTo(14);
        assertThat(flow.canImport().get()).isTrue();
    }

    @Test
    void aLetterImportedBeforeIsNamedWithWhereItsOriginalIsAndNotReviewedAgain() {
        CaseHandle database = openCase();
        flow.importFiles(List.of(letter));
        ReviewViewModel first = flow.review().get().orElseThrow();
        first.form().body().set("BSMHFT");
        first.save();

        flow.importFiles(List.of(letter));

        assertThat(flow.review().get()).isEmpty();
        assertThat(app.dialogs.infos()).singleElement().satisfies(info -> {
            assertThat(info.title()).isEqualTo("Already imported");
            assertThat(info.message()).contains("“Reply to concerns raised at the Trust Board, 26 May 2021”")
                    .contains(database.root().resolve("originals").toString());
        });
        assertThat(letterCount(database)).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingIsStored() throws Exception {
        CaseHandle database = openCase();
        Path junk = Files.write(temp.resolve("scan.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        flow.importFiles(List.of(junk));

        assertThat(app.dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The letter could not be imported");
            assertThat(error.message()).startsWith("scan.pdf: ");
        });
        assertThat(flow.review().get()).isEmpty();
        assertThat(letterCount(database)).isZero();
    }

    @Test
    void droppedFilesAreReviewedOneAfterAnother() throws Exception {
        openCase();
        Path second = Files.copy(Fixtures.trustBoardReply("letter.odt"), temp.resolve("letter.odt"));

        flow.importFiles(List.of(letter, second));
        assertThat(flow.review().get().orElseThrow().sourceName()).isEqualTo("letter.txt");
        flow.review().get().orElseThrow().cancel();

        assertThat(flow.review().get().orElseThrow().sourceName()).isEqualTo("letter.odt");
    }

    @Test
    void cancellingTheReadingStopsCalmlyWithNothingStored() throws Exception {
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        CaseHandle database = app.session.currentCase().orElseThrow().handle();
        ImportFlow cancelled = new ImportFlow(new ImportFlow.Dependencies(app.session, app.services.importService(),
                app.dialogs, new CancelledRunner(), app.messages));
        Path second = Files.copy(letter, temp.resolve("copy.txt"));

        cancelled.importFiles(List.of(letter, second));

        assertThat(app.dialogs.infos()).extracting(Shown::title).containsExactly("Import stopped");
        assertThat(app.dialogs.infos().get(0).message()).contains("Nothing was stored");
        assertThat(app.dialogs.errors()).isEmpty();
        assertThat(cancelled.review().get()).isEmpty();
        assertThat(cancelled.canImport().get()).isTrue();
        assertThat(letterCount(database)).isZero();
    }

    @Test
    void pastedTextIsReviewedLikeAFile() {
        openCase();
        app.dialogs.answerText("Dear Board\n\n1. Why was the peer role cut?\n\nBecause funding ended.\n\n"
                + "2. Will it return?\n\nWe are reviewing this.\n\nYours sincerely\n\nA. Manager");

        flow.pasteText();

        ReviewViewModel review = flow.review().get().orElseThrow();
        assertThat(review.sourceName()).isEqualTo("Pasted text");
        assertThat(review.items()).extracting(ReviewViewModel.ItemRow::path).containsExactly("1", "2");
    }

    @Test
    void closingTheCaseDropsTheReview() {
        openCase();
        flow.importFiles(List.of(letter));

        app.session.closeCase();

        assertThat(flow.review().get()).isEmpty();
    }

    private static long letterCount(CaseHandle database) {
        return CaseAccess.read(database, r -> r.letters().count());
    }

    /** Runs work at once with a listener that says the member pressed Cancel. */
    private static final class CancelledRunner implements TaskRunner {
        @Override
        public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            T result;
            try {
                result = work.call(org.casebook.testsupport.CancelledProgress.LISTENER);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }
}
