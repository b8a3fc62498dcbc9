package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.ui.commitments.CommitmentDialogs.Draft;
import org.casebook.ui.common.Navigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The item pane over the sample case: what each change stores, and the changes that are no change at all. */
class ItemDetailViewModelTest {

    @RegisterExtension
    static final SampleCaseExtension SAMPLE = new SampleCaseExtension();

    private SampleWorkspace workspace;
    private ItemDetailViewModel detail;

    @BeforeEach
    void openACopy() {
        workspace = SAMPLE.workspace();
        detail = workspace.detail();
    }

    @Test
    void disputingAnItemStoresTheStanceAndShowsIt() {
        workspace.select("2");

        detail.setStance(Stance.DISPUTE);

        assertThat(workspace.item("2").stance()).isEqualTo(Stance.DISPUTE);
        assertThat(detail.row().get().orElseThrow().stance()).isEqualTo(Stance.DISPUTE);
        assertThat(workspace.undoDescription()).isEqualTo("mark 2 as disputed");
    }

    @Test
    void choosingTheStanceItAlreadyHasMakesNoEdit() {
        workspace.select("6");

        detail.setStance(Stance.DISPUTE);

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void changingTheStanceKeepsTheRationale() {
        String rationale = workspace.item("1").stanceRationale();
        workspace.select("1");

        detail.setStance(Stance.DISPUTE);

        assertThat(workspace.item("1").stance()).isEqualTo(Stance.DISPUTE);
        assertThat(workspace.item("1").stanceRationale()).isEqualTo(rationale).isNotBlank();
    }

    @Test
    void aRationaleIsStoredTrimmedAndKeepsTheStance() {
        workspace.select("2");

        detail.saveRationale("  The posts were needed now.\n ");

        Item two = workspace.item("2");
        assertThat(two.stanceRationale()).isEqualTo("The posts were needed now.");
        assertThat(two.stance()).isEqualTo(Stance.UNDECIDED);
        assertThat(workspace.undoDescription()).isEqualTo("change the reasons for the stance on 2");
    }

    @Test
    void anUnchangedRationaleMakesNoEdit() {
        workspace.select("6");
        String rationale = workspace.item("6").stanceRationale();
        long version = workspace.app.edits.version().get();

        detail.saveRationale("  " + rationale + "\n");

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(workspace.app.edits.version().get()).isEqualTo(version);
    }

    @Test
    void aThemeIsFoundByItsNameInAnyCaseOrByItsId() {
        workspace.select("2");

        assertThat(detail.addTheme("  wellbeing AND harm ")).isTrue();
        assertThat(detail.addTheme("peer-roles")).isTrue();

        assertThat(workspace.themeIds("2")).containsExactlyInAnyOrder("wellbeing-harm", "peer-roles");
        assertThat(detail.themes()).extracting(Theme::id).containsExactlyInAnyOrder("wellbeing-harm", "peer-roles");
        assertThat(workspace.app.dialogs.confirmations()).isEmpty();
    }

    @Test
    void aThemeTheItemAlreadyHasIsAcceptedWithoutAnEdit() {
        workspace.select("1");

        assertThat(detail.addTheme("Pay disparity")).isTrue();

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aBlankThemeNameAsksNothingAndTagsNothing() {
        workspace.select("2");

        assertThat(detail.addTheme("   ")).isFalse();

        assertThat(workspace.app.dialogs.confirmations()).isEmpty();
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void anUnknownThemeIsAddedToTheCodebookAfterAskingAndOneUndoRemovesItAll() {
        workspace.select("2");
        int themesBefore = workspace.stored().codebook().themes().size();
        workspace.app.dialogs.answerConfirm(true);

        assertThat(detail.addTheme(" Tokenism ")).isTrue();

        assertThat(workspace.app.dialogs.confirmations()).singleElement().asString().contains("\"Tokenism\"");
        assertThat(workspace.stored().codebook().theme("tokenism")).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("Tokenism");
            assertThat(t.colour()).isEqualTo(ItemEdits.NEW_THEME_COLOUR);
        });
        assertThat(workspace.themeIds("2")).containsExactly("tokenism");
        assertThat(workspace.viewModel.themes()).extracting(Theme::name).contains("Tokenism");

        workspace.app.edits.undo();

        assertThat(workspace.stored().codebook().theme("tokenism")).isEmpty();
        assertThat(workspace.stored().codebook().themes()).hasSize(themesBefore);
        assertThat(workspace.themeIds("2")).isEmpty();
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void anUnknownThemeTheMemberDeclinesChangesNothing() {
        workspace.select("2");
        CaseSnapshot before = workspace.stored();
        workspace.app.dialogs.answerConfirm(false);

        assertThat(detail.addTheme("Tokenism")).isFalse();

        assertThat(workspace.app.dialogs.confirmations()).hasSize(1);
        assertThat(workspace.stored()).isEqualTo(before);
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void removingAThemeTakesOnlyThatTagOff() {
        workspace.select("4");

        detail.removeTheme(workspace.theme("peer-roles"));

        assertThat(workspace.themeIds("4")).containsExactly("career-pathway");
        assertThat(detail.themes()).extracting(Theme::id).containsExactly("career-pathway");
    }

    @Test
    void removingAThemeTheItemDoesNotHaveMakesNoEdit() {
        workspace.select("2");

        detail.removeTheme(workspace.theme("peer-roles"));

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void theThemeFieldOffersOnlyThemesNotOnTheItem() {
        workspace.select("4");

        assertThat(detail.themeNamesToAdd()).hasSize(7).doesNotContain("Career pathway", "Peer roles")
                .contains("Pay disparity", "Accountability");

        detail.removeTheme(workspace.theme("peer-roles"));

        assertThat(detail.themeNamesToAdd()).hasSize(8).contains("Peer roles").doesNotContain("Career pathway");
    }

    @Test
    void aResponseTypeIsTickedOnAndOff() {
        workspace.select("2");
        ResponseType refusal = workspace.type("refusal");
        assertThat(chosen()).isEmpty();

        detail.toggleResponseType(refusal);
        assertThat(workspace.responseTypeIds("2")).containsExactly("refusal");
        assertThat(chosen()).containsExactly("refusal");

        detail.toggleResponseType(refusal);
        assertThat(workspace.responseTypeIds("2")).isEmpty();
        assertThat(chosen()).isEmpty();
        assertThat(detail.responseTypes()).hasSize(10);
    }

    private List<String> chosen() {
        return detail.responseTypes().stream().filter(ItemDetailViewModel.TypeChoice::chosen)
                .map(c -> c.type().id()).toList();
    }

    @Test
    void notesAreAddedChangedAndDeleted() {
        workspace.select("2");

        detail.addNote("  Ask about recurrent funding. ");
        Note added = detail.notes().get(0);
        assertThat(workspace.notes("2")).extracting(Note::text).containsExactly("Ask about recurrent funding.");
        assertThat(added.itemId()).isEqualTo(workspace.id("2"));

        workspace.app.dialogs.answerText("Ask the Board about recurrent funding.");
        detail.editNote(added);
        assertThat(workspace.notes("2")).extracting(Note::text).containsExactly("Ask the Board about recurrent funding.");
        assertThat(workspace.notes("2")).extracting(Note::id).containsExactly(added.id());

        detail.deleteNote(detail.notes().get(0));
        assertThat(workspace.notes("2")).isEmpty();
        assertThat(detail.notes()).isEmpty();
    }

    @Test
    void aBlankNoteACancelledEditAndAnUnchangedEditMakeNoEdit() {
        workspace.select("1");
        Note note = detail.notes().get(0);

        detail.addNote("  \n ");
        detail.editNote(note);
        workspace.app.dialogs.answerText(" " + note.text() + " ");
        detail.editNote(note);

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(workspace.notes("1")).containsExactly(note);
    }

    @Test
    void wordsFromTheResponseBecomeAnOpenCommitmentOfTheItemWithSpacesTidied() {
        workspace.select("2");

        detail.addCommitmentFromText("  We would consider\n any   future offer ");

        assertThat(workspace.commitments("2")).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("We would consider any future offer");
            assertThat(c.status()).isEqualTo(CommitmentStatus.OPEN);
            assertThat(c.source()).isEqualTo(CommitmentSource.ITEM);
            assertThat(c.itemId()).contains(workspace.id("2"));
            assertThat(c.letterId()).isEqualTo(workspace.item("2").letterId());
            assertThat(c.owner()).isEmpty();
            assertThat(c.due()).isEmpty();
            assertThat(c.history()).isEmpty();
        });
        assertThat(detail.commitments()).hasSize(1);
    }

    @Test
    void theSelectedResponseWordsBecomeACommitment() {
        workspace.select("2");
        detail.responseSelection().set("recruiting to\tposts  that might end");

        detail.addCommitmentFromSelection();

        assertThat(workspace.commitments("2")).extracting(Commitment::text)
                .containsExactly("recruiting to posts that might end");
    }

    @Test
    void noSelectedWordsMakeNoCommitment() {
        workspace.select("2");
        detail.responseSelection().set(" \n ");

        detail.addCommitmentFromSelection();
        detail.addCommitmentFromText("");

        assertThat(workspace.commitments("2")).isEmpty();
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aCommitmentTypedByHandKeepsItsOwnerAndDueDate() {
        workspace.select("2");
        workspace.forms.answer(new Draft(" Two posts by April ", " Chief Nurse ", Optional.of(LocalDate.of(2027, 4, 1))));

        detail.addCommitmentByHand();

        assertThat(workspace.forms.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("Add a commitment");
            assertThat(asked.initial()).contains(new Draft("", "", Optional.empty()));
        });
        assertThat(workspace.commitments("2")).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Two posts by April");
            assertThat(c.owner()).isEqualTo("Chief Nurse");
            assertThat(c.due()).contains(LocalDate.of(2027, 4, 1));
            assertThat(c.status()).isEqualTo(CommitmentStatus.OPEN);
            assertThat(c.itemId()).contains(workspace.id("2"));
        });
    }

    @Test
    void aCommitmentTypedWithoutWordsIsRefusedWithAReasonAndNotKept() {
        workspace.select("2");
        workspace.forms.answer(new Draft("   ", "Chief Nurse", Optional.empty()));

        detail.addCommitmentByHand();

        assertThat(workspace.app.dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).isEqualTo("A commitment needs the words of the promise."));
        assertThat(workspace.commitments("2")).isEmpty();
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aCancelledCommitmentFormMakesNoEdit() {
        workspace.select("3/b");

        detail.addCommitmentByHand();
        detail.editCommitment(detail.commitments().get(0));

        assertThat(workspace.forms.asked()).hasSize(2);
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void editingACommitmentChangesItsWordsOwnerAndDateAndKeepsItsHistory() {
        workspace.select("3/b");
        Commitment before = detail.commitments().get(0);
        workspace.forms.answer(new Draft("Drafts shared a month ahead.", "Director of People",
                Optional.of(LocalDate.of(2027, 1, 31))));

        detail.editCommitment(before);

        assertThat(workspace.forms.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("Change the commitment");
            assertThat(asked.initial()).contains(new Draft(before.text(), before.owner(), before.due()));
        });
        assertThat(workspace.commitments("3/b")).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(before.id());
            assertThat(c.text()).isEqualTo("Drafts shared a month ahead.");
            assertThat(c.owner()).isEqualTo("Director of People");
            assertThat(c.due()).contains(LocalDate.of(2027, 1, 31));
            assertThat(c.status()).isEqualTo(CommitmentStatus.BROKEN);
            assertThat(c.history()).isEqualTo(before.history()).hasSize(2);
        });
    }

    @Test
    void deletingACommitmentAndUndoingBringsItBackWithItsHistory() {
        workspace.select("3/b");
        Commitment before = detail.commitments().get(0);

        detail.deleteCommitment(before);
        assertThat(workspace.commitments("3/b")).isEmpty();
        assertThat(detail.commitments()).isEmpty();

        workspace.app.edits.undo();
        assertThat(workspace.commitments("3/b")).containsExactly(before);
        assertThat(detail.commitments()).containsExactly(before);
    }

    @Test
    void withNothingSelectedThePaneIsEmptyAndChangesNothing() {
        CaseSnapshot before = workspace.stored();
        workspace.app.dialogs.answerConfirm(true);
        workspace.forms.answer(new Draft("Never", "Nobody", Optional.empty()));

        detail.setStance(Stance.DISPUTE);
        detail.saveRationale("Reasons");
        assertThat(detail.addTheme("Pay disparity")).isFalse();
        assertThat(detail.addTheme("Tokenism")).isFalse();
        detail.addNote("A note");
        detail.addCommitmentFromText("A promise");
        detail.addCommitmentByHand();

        assertThat(detail.present().get()).isFalse();
        assertThat(detail.themes()).isEmpty();
        assertThat(detail.responseTypes()).isEmpty();
        assertThat(detail.notes()).isEmpty();
        assertThat(detail.commitments()).isEmpty();
        assertThat(workspace.stored()).isEqualTo(before);
        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void theRegisterButtonOpensTheCommitmentsScreen() {
        workspace.select("1");

        detail.openRegister();

        assertThat(workspace.app.navigation.screen()).isEqualTo(Navigation.Screen.COMMITMENTS);
    }
}
