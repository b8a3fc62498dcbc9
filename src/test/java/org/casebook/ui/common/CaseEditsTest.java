package org.casebook.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookException;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseException;
import org.casebook.service.CaseHandle;
import org.casebook.service.CodebookService;
import org.casebook.storage.SampleLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CaseEditsTest {

    @TempDir
    Path temp;

    private TestCases app;
    private AnnotationService annotations;
    private CaseHandle database;
    private long itemId;

    @BeforeEach
    void openACaseWithOneItem() {
        app = new TestCases(temp.resolve("home"));
        annotations = app.services.annotationService();
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        database = app.edits.handle().orElseThrow();
        itemId = SampleLetters.store(database, 1).item(0).id();
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void performStoresTheChangeKeepsItForUndoAndMovesTheVersionOn() {
        long before = app.edits.version().get();

        markDisputed();

        assertThat(stance()).isEqualTo(Stance.DISPUTE);
        assertThat(app.edits.version().get()).isGreaterThan(before);
        assertThat(app.edits.stack().canUndoProperty().get()).isTrue();
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEqualTo("mark 1 as disputed");
        assertThat(app.edits.lastSaveFailed().get()).isFalse();
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void undoAndRedoAreStoredInTheCaseEachTime() {
        markDisputed();
        long afterChange = app.edits.version().get();

        app.edits.undo();
        assertThat(stance()).isEqualTo(Stance.UNDECIDED);
        long afterUndo = app.edits.version().get();
        assertThat(afterUndo).isGreaterThan(afterChange);
        assertThat(app.edits.stack().redoDescriptionProperty().get()).isEqualTo("mark 1 as disputed");

        app.edits.redo();
        assertThat(stance()).isEqualTo(Stance.DISPUTE);
        assertThat(app.edits.version().get()).isGreaterThan(afterUndo);
        assertThat(app.edits.stack().canRedoProperty().get()).isFalse();
    }

    @Test
    void undoingACodebookEditPutsTheWholeCodebookBack() {
        CodebookService codebook = app.services.codebookService();
        annotations.setTheme(database, itemId, "pay-disparity", Optional.of(TagState.CONFIRMED));
        var before = codebook.state(database);

        app.edits.perform("merge Pay disparity into Accountability",
                db -> codebook.store(db, CodebookEdits.mergeThemes(before, "pay-disparity", "accountability")),
                db -> codebook.store(db, before));
        assertThat(codebook.state(database).codebook().theme("pay-disparity")).isEmpty();
        assertThat(codebook.state(database).itemsTaggedWithTheme("accountability")).isEqualTo(1);

        app.edits.undo();

        assertThat(codebook.state(database)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChanges")
    void aRefusedChangeIsExplainedAndNotKept(String description, Class<? extends RuntimeException> refusal,
                                             Change change) {
        markDisputed();
        long before = app.edits.version().get();

        app.edits.perform(description, db -> change.apply(this, db), db -> {
        });

        Throwable refused = catchThrowable(() -> change.apply(this, database));
        assertThat(refused).as("the change itself is refused this way").isInstanceOf(refusal);
        assertThat(app.dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Could not " + description);
            assertThat(shown.message()).isEqualTo(refused.getMessage());
            assertThat(shown.details()).isEmpty();
        });
        assertThat(app.edits.stack().undoDescriptionProperty().get())
                .as("the refused change is not on the stack").isEqualTo("mark 1 as disputed");
        assertThat(app.edits.lastSaveFailed().get()).as("a refusal is not a failed save").isFalse();
        assertThat(app.edits.version().get()).isGreaterThan(before);
        assertThat(storedNotes()).isEmpty();
        assertThat(stance()).isEqualTo(Stance.DISPUTE);
    }

    /** A change made with the test's services. */
    @FunctionalInterface
    interface Change {
        void apply(CaseEditsTest test, CaseHandle db);
    }

    static Stream<Arguments> refusedChanges() {
        return Stream.of(
                Arguments.of("add a note", IllegalArgumentException.class,
                        (Change) (test, db) -> test.annotations.addNote(db, test.itemId, "   ")),
                Arguments.of("mark a missing item as agreed", IllegalArgumentException.class,
                        (Change) (test, db) -> test.annotations.setStance(db, test.itemId + 9, Stance.AGREE, "")),
                Arguments.of("merge Undermining into itself", CodebookException.class,
                        (Change) (test, db) -> {
                            CodebookService codebook = test.app.services.codebookService();
                            codebook.store(db, CodebookEdits.mergeThemes(codebook.state(db), "undermining",
                                    "undermining"));
                        }));
    }

    @Test
    void aChangeThatCannotBeStoredIsReportedWithDetailsAndMarksTheSaveAsFailed() {
        Consumer<CaseHandle> tagWithAMissingTheme =
                db -> annotations.setTheme(db, itemId, "no-such-theme", Optional.of(TagState.CONFIRMED));

        app.edits.perform("tag 1 with a theme", tagWithAMissingTheme, db -> {
        });

        assertThat(app.edits.lastSaveFailed().get()).isTrue();
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(app.dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Could not tag 1 with a theme");
            assertThat(shown.message()).isEqualTo(app.messages.get("edit.failed.message"));
            assertThat(shown.details()).containsInstanceOf(CaseException.class);
        });
        assertThat(storedThemeTags()).isEmpty();

        markDisputed();

        assertThat(app.edits.lastSaveFailed().get()).as("the next stored change clears it").isFalse();
    }

    @Test
    void anUndoThatFailsIsExplainedAndLeavesTheStack() {
        addANoteWhoseUndoFails();

        app.edits.undo();
        app.edits.undo();

        assertThat(app.dialogs.errors()).as("the failed undo ran once, then had left the stack").singleElement()
                .satisfies(shown -> {
                    assertThat(shown.title()).isEqualTo("Could not undo: add a note");
                    assertThat(shown.message()).contains("note");
                });
        assertThat(storedNotes()).hasSize(1);
        app.edits.redo();
        assertThat(storedNotes()).as("nothing to redo either").hasSize(1);
    }

    @Test
    void aFailedUndoNoLongerOffersItself() {
        addANoteWhoseUndoFails();

        app.edits.undo();

        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEmpty();
        assertThat(app.edits.stack().canRedoProperty().get()).isFalse();
    }

    private void addANoteWhoseUndoFails() {
        app.edits.perform("add a note", db -> annotations.addNote(db, itemId, "Hello"),
                db -> annotations.addNote(db, itemId, " "));
    }

    @Test
    void openingAnotherCaseEmptiesTheStack() {
        markDisputed();

        app.dialogs.answerSave(temp.resolve("Ward 8"));
        app.session.newCase();

        assertThat(app.edits.handle()).isPresent().isNotEqualTo(Optional.of(database));
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEmpty();
    }

    @Test
    void closingTheCaseEmptiesTheStackAndLaterChangesDoNothing() {
        markDisputed();

        app.session.closeCase();
        app.edits.perform("mark 1 as agreed", db -> {
            throw new AssertionError("no case is open");
        }, db -> {
        });

        assertThat(app.edits.handle()).isEmpty();
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void refreshingTheSummaryOfTheSameCaseKeepsTheStack() {
        markDisputed();

        app.session.refreshSummary();

        assertThat(app.session.currentCase().orElseThrow().summary().items()).isEqualTo(1);
        assertThat(app.edits.handle()).contains(database);
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEqualTo("mark 1 as disputed");
        app.edits.undo();
        assertThat(stance()).isEqualTo(Stance.UNDECIDED);
    }

    private void markDisputed() {
        app.edits.perform("mark 1 as disputed",
                db -> annotations.setStance(db, itemId, Stance.DISPUTE, "They never met us"),
                db -> annotations.setStance(db, itemId, Stance.UNDECIDED, ""));
    }

    private java.util.List<org.casebook.domain.Note> storedNotes() {
        return CaseAccess.read(database, r -> r.items().notes());
    }

    private java.util.List<org.casebook.domain.ItemTag> storedThemeTags() {
        return CaseAccess.read(database, r -> r.items().themes());
    }

    private Stance stance() {
        return CaseAccess.read(database, r -> r.items().byId(itemId)).orElseThrow().stance();
    }
}
