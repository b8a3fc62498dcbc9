package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.Note;
import org.casebook.domain.Stance;
import org.casebook.ui.commitments.CommitmentDialogs.Draft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each change the item pane makes is one edit, named for the Edit menu, that undo takes back and redo puts back exactly. */
class ItemEditsUndoTest {

    private static final String STRATEGY = "The Director of Strategy will share…";

    @RegisterExtension
    static final SampleCaseExtension SAMPLE = new SampleCaseExtension();

    private SampleWorkspace workspace;
    private ItemDetailViewModel detail;

    @BeforeEach
    void openACopy() {
        workspace = SAMPLE.workspace();
        detail = workspace.detail();
    }

    /** Every kind of change the pane makes, with the words the Edit menu shows for it. */
    static Stream<Arguments> edits() {
        return Stream.of(
                edit("mark 2 as disputed", "2", w -> w.detail().setStance(Stance.DISPUTE)),
                edit("mark 1 as unanswered", "1", w -> w.detail().setStance(Stance.UNANSWERED)),
                edit("clear the stance on 6", "6", w -> w.detail().setStance(Stance.UNDECIDED)),
                edit("change the reasons for the stance on 1", "1", w -> w.detail().saveRationale(" New reasons. ")),
                edit("tag 2 with \"Pay disparity\"", "2", w -> w.detail().addTheme("pay DISPARITY")),
                edit("add the theme \"Tokenism\" and tag 2 with it", "2", w -> {
                    w.app.dialogs.answerConfirm(true);
                    w.detail().addTheme("Tokenism");
                }),
                edit("remove \"Pay disparity\" from 1", "1", w -> w.detail().removeTheme(w.theme("pay-disparity"))),
                edit("mark the response to 2 as \"Apology\"", "2",
                        w -> w.detail().toggleResponseType(w.type("apology"))),
                edit("remove \"Acknowledgement\" from the response to 1", "1",
                        w -> w.detail().toggleResponseType(w.type("acknowledgement"))),
                edit("add a note to 2", "2", w -> w.detail().addNote("Ask about recurrent funding.")),
                edit("change a note on 1", "1", w -> {
                    w.app.dialogs.answerText("Ask the Director of People about back pay.");
                    w.detail().editNote(w.detail().notes().get(0));
                }),
                edit("delete a note on 1", "1", w -> w.detail().deleteNote(w.detail().notes().get(0))),
                edit("add the commitment \"We would consider any future offer\" from 2", "2",
                        w -> w.detail().addCommitmentFromText("We would consider any future offer")),
                edit("add the commitment \"recruiting to posts\" from 2", "2", w -> {
                    w.detail().responseSelection().set("recruiting to posts");
                    w.detail().addCommitmentFromSelection();
                }),
                edit("add the commitment \"Two posts by April\" from 2", "2", w -> {
                    w.forms.answer(new Draft("Two posts by April", "Chief Nurse", Optional.of(LocalDate.of(2027, 4, 1))));
                    w.detail().addCommitmentByHand();
                }),
                edit("change the commitment \"" + STRATEGY + "\"", "3/b", w -> {
                    w.forms.answer(new Draft("Drafts shared a month ahead.", "Director of People", Optional.empty()));
                    w.detail().editCommitment(w.detail().commitments().get(0));
                }),
                edit("delete the commitment \"" + STRATEGY + "\"", "3/b",
                        w -> w.detail().deleteCommitment(w.detail().commitments().get(0))));
    }

    private static Arguments edit(String description, String path, Consumer<SampleWorkspace> change) {
        return Arguments.of(description, path, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void eachChangeIsOneNamedEditThatUndoesAndRedoesExactly(String description, String path,
                                                             Consumer<SampleWorkspace> change) {
        workspace.select(path);
        CaseSnapshot before = workspace.stored();

        change.accept(workspace);

        CaseSnapshot after = workspace.stored();
        assertThat(after).isNotEqualTo(before);
        assertThat(workspace.undoDescription()).isEqualTo(description);
        assertThat(workspace.app.dialogs.errors()).isEmpty();

        workspace.app.edits.undo();
        assertThat(workspace.stored()).isEqualTo(before);
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();

        workspace.app.edits.redo();
        assertThat(workspace.stored()).as("redo stores the same again, ids included").isEqualTo(after);

        workspace.app.edits.undo();
        assertThat(workspace.stored()).isEqualTo(before);
        assertThat(workspace.app.dialogs.errors()).isEmpty();
        assertThat(workspace.selectedPath()).contains(path);
    }


    @Test
    void aRedoneNoteIsTheSameNoteSoLaterEditsOfItStillUndo() {
        workspace.select("2");
        detail.addNote("Ask about recurrent funding.");
        Note first = detail.notes().get(0);
        workspace.app.edits.undo();
        workspace.app.edits.redo();

        assertThat(detail.notes()).containsExactly(first);
        detail.editNote(first, "Ask the Board.");
        assertThat(workspace.notes("2")).extracting(Note::text).containsExactly("Ask the Board.");

        workspace.app.edits.undo();
        assertThat(workspace.notes("2")).containsExactly(first);
        workspace.app.edits.undo();
        assertThat(workspace.notes("2")).isEmpty();
        assertThat(workspace.app.dialogs.errors()).isEmpty();
    }


    @Test
    void aRedoneCommitmentIsTheSameCommitmentSoLaterEditsOfItStillUndo() {
        workspace.select("2");
        detail.addCommitmentFromText("We would consider any future offer");
        Commitment first = detail.commitments().get(0);
        workspace.app.edits.undo();
        workspace.app.edits.redo();

        assertThat(detail.commitments()).containsExactly(first);
        workspace.forms.answer(new Draft("Any future offer with recurrent funding.", "Executive Team", Optional.empty()));
        detail.editCommitment(first);
        assertThat(workspace.commitments("2")).extracting(Commitment::id, Commitment::text)
                .containsExactly(Tuple.tuple(first.id(), "Any future offer with recurrent funding."));

        workspace.app.edits.undo();
        assertThat(workspace.commitments("2")).containsExactly(first);
        workspace.app.edits.undo();
        assertThat(workspace.commitments("2")).isEmpty();
        assertThat(workspace.app.dialogs.errors()).isEmpty();
    }

}
