package org.casebook.ui.workspace;

import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ItemTag;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.casebook.service.CaseAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.assertThat;

/** Suggested themes and response types wait on the item until the member accepts or rejects them, undoably. */
class SuggestionAnswersTest {

    @RegisterExtension
    static final SampleCaseExtension SAMPLE = new SampleCaseExtension();

    private SampleWorkspace workspace;
    private ItemDetailViewModel detail;

    @BeforeEach
    void openACopyWithSuggestionsOnItemTwo() {
        workspace = SAMPLE.workspace();
        detail = workspace.detail();
        long two = workspace.id("2");
        // As the suggester stores them: waiting, with the words that led to them.
        SuggestionEvidence why = new SuggestionEvidence("test rule", "test words");
        workspace.app.edits.perform("seed suggestions", db -> CaseAccess.update(db, r -> {
            r.items().setTheme(new ItemTag(two, "funding-refusal", TagState.SUGGESTED, Optional.of(why)));
            r.items().setResponseType(new ItemTag(two, "explanation", TagState.SUGGESTED, Optional.of(why)));
        }), db -> { });
        workspace.select("2");
    }

    @Test
    void suggestionsShowApartFromTheMembersOwnTags() {
        assertThat(detail.suggestedThemes()).extracting(t -> t.id()).containsExactly("funding-refusal");
        assertThat(detail.suggestedResponseTypes()).extracting(t -> t.id()).containsExactly("explanation");
        assertThat(detail.themes()).isEmpty();
        assertThat(rowOfTwo().pendingSuggestions()).isEqualTo(2);
    }

    @Test
    void acceptingAThemeConfirmsItAndUndoPutsTheSuggestionBack() {
        detail.acceptTheme(workspace.theme("funding-refusal"));

        assertThat(state("funding-refusal")).contains(TagState.CONFIRMED);
        assertThat(detail.themes()).extracting(t -> t.id()).containsExactly("funding-refusal");
        assertThat(workspace.undoDescription()).isEqualTo("accept the theme \"Funding refused\" for 2");

        workspace.app.edits.undo();

        assertThat(state("funding-refusal")).contains(TagState.SUGGESTED);
        assertThat(detail.suggestedThemes()).extracting(t -> t.id()).containsExactly("funding-refusal");
    }

    @Test
    void aRejectedSuggestionLeavesTheItemAndIsRemembered() {
        detail.rejectResponseType(workspace.type("explanation"));

        CaseSnapshot stored = workspace.stored();
        assertThat(stored.tagIds(stored.itemResponseTypes(), workspace.id("2"), TagState.REJECTED))
                .containsExactly("explanation");
        assertThat(detail.suggestedResponseTypes()).isEmpty();
        assertThat(detail.responseTypes()).noneMatch(choice -> choice.chosen());
    }

    @Test
    void theKeysAnswerThemesFirstThenResponseTypes() {
        detail.answerFirstSuggestion(true);
        detail.answerFirstSuggestion(false);

        assertThat(state("funding-refusal")).contains(TagState.CONFIRMED);
        CaseSnapshot stored = workspace.stored();
        assertThat(stored.tagIds(stored.itemResponseTypes(), workspace.id("2"), TagState.REJECTED))
                .containsExactly("explanation");
        assertThat(rowOfTwo().pendingSuggestions()).isZero();

        detail.answerFirstSuggestion(true);
        assertThat(workspace.undoDescription()).isEqualTo("reject \"Explanation\" for the response to 2");
    }

    private Optional<TagState> state(String themeId) {
        CaseSnapshot stored = workspace.stored();
        return stored.itemThemes().stream().filter(t -> t.itemId() == workspace.id("2") && t.codeId().equals(themeId))
                .map(t -> t.state()).findFirst();
    }

    private ItemRow rowOfTwo() {
        return workspace.viewModel.shownRows().stream().filter(r -> r.path().equals("2")).findFirst().orElseThrow();
    }

    @Test
    void suggestAgainReadsTheLetterAndUndoTakesTheNewSuggestionsAway() {
        int before = waitingOnTheLetter();

        workspace.viewModel.suggestAgain();

        assertThat(workspace.undoDescription()).startsWith("suggest again for \"");
        assertThat(waitingOnTheLetter()).isGreaterThan(before);
        ItemRow withEvidence = workspace.viewModel.shownRows().stream()
                .filter(r -> !r.suggestedThemes().isEmpty()).findFirst().orElseThrow();
        assertThat(withEvidence.themeEvidence(withEvidence.suggestedThemes().get(0).id()))
                .hasValueSatisfying(e -> assertThat(e.rule()).startsWith("theme "));

        workspace.app.edits.undo();

        assertThat(waitingOnTheLetter()).isEqualTo(before);
    }

    @Test
    void aSuggestedCommitmentIsAcceptedAsOpenOrRejectedForGood() {
        workspace.viewModel.suggestAgain();
        var withCommitment = workspace.stored().commitments().stream()
                .filter(c -> c.status() == org.casebook.domain.CommitmentStatus.SUGGESTED && c.itemId().isPresent())
                .findFirst().orElseThrow();
        String path = workspace.stored().items().stream().filter(i -> i.id() == withCommitment.itemId().get())
                .findFirst().orElseThrow().path();
        workspace.select(path);
        assertThat(detail.suggestedCommitments()).extracting(c -> c.id()).contains(withCommitment.id());

        detail.acceptCommitment(withCommitment);

        assertThat(statusOf(withCommitment.id())).isEqualTo(org.casebook.domain.CommitmentStatus.OPEN);
        assertThat(detail.commitments()).extracting(c -> c.id()).contains(withCommitment.id());
        workspace.app.edits.undo();
        assertThat(statusOf(withCommitment.id())).isEqualTo(org.casebook.domain.CommitmentStatus.SUGGESTED);

        detail.rejectCommitment(withCommitment);
        assertThat(statusOf(withCommitment.id())).isEqualTo(org.casebook.domain.CommitmentStatus.REJECTED);
        assertThat(detail.suggestedCommitments()).extracting(c -> c.id()).doesNotContain(withCommitment.id());
        assertThat(detail.commitments()).extracting(c -> c.id()).doesNotContain(withCommitment.id());
    }

    private org.casebook.domain.CommitmentStatus statusOf(long commitmentId) {
        return workspace.stored().commitments().stream().filter(c -> c.id() == commitmentId).findFirst().orElseThrow()
                .status();
    }

    private int waitingOnTheLetter() {
        CaseSnapshot stored = workspace.stored();
        return (int) (stored.itemThemes().stream().filter(t -> t.state() == TagState.SUGGESTED).count()
                + stored.itemResponseTypes().stream().filter(t -> t.state() == TagState.SUGGESTED).count()
                + stored.commitments().stream()
                .filter(c -> c.status() == org.casebook.domain.CommitmentStatus.SUGGESTED).count());
    }
}
