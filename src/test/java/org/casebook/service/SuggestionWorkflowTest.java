package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.RuleSet;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.casebook.service.CaseHandle;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Repositories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionWorkflowTest {

    static final RuleSet RULES = new RuleSet(
            Map.of("pay-disparity", List.of("£20 a day"), "accountability", List.of("no one answers")),
            Map.of("denial-no-knowledge", List.of("no knowledge of"), "reassurance", List.of("rest assured")));

    @TempDir
    Path temp;

    private final PhraseFakeEngine engine = new PhraseFakeEngine();
    private final SuggestionWorkflow workflow = new SuggestionWorkflow(engine);
    private CaseHandle database;
    private long letterId;
    private long pay;
    private long voice;

    @BeforeEach
    void createCaseWithOneLetter() {
        database = new CaseService(new CaseStore(new Backups(Clock.systemUTC())), RULES).create(temp.resolve("case"));
        CaseAccess.update(database, r -> {
            Letter letter = r.letters().add(new Letter(0, "Reply", Optional.empty(), "Chair", "Group", Optional.empty(),
                    Optional.empty(), Optional.empty(), "Dear all. We will meet you in June.", "Yours, the Chair.",
                    "full text", Optional.empty()));
            letterId = letter.id();
            pay = item(r, "1", 0, "Peer workers are paid £20 a day.",
                    "We have no knowledge of that rate. We will review pay by March.");
            voice = item(r, "2", 1, "No one answers our emails.", "Rest assured we listen.");
        });
    }

    private long item(Repositories r, String path, int order, String concern, String response) {
        return r.items().add(new Item(0, letterId, Optional.empty(), path, path, order, concern, Optional.of(response),
                Optional.empty(), Optional.empty(), Stance.UNDECIDED, "")).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storesEverySuggestionWithItsEvidenceAndAppliesNone() {
        SuggestionWorkflow.Counts counts = workflow.suggestForLetter(database, letterId);

        assertThat(counts).isEqualTo(new SuggestionWorkflow.Counts(2, 2, 2));
        CaseSnapshot snapshot = snapshot();
        assertThat(snapshot.itemThemes()).containsExactlyInAnyOrder(
                suggested(pay, "pay-disparity", "£20 a day"), suggested(voice, "accountability", "no one answers"));
        assertThat(snapshot.itemResponseTypes()).containsExactlyInAnyOrder(
                suggested(pay, "denial-no-knowledge", "no knowledge of"), suggested(voice, "reassurance", "rest assured"));
        assertThat(snapshot.commitments()).extracting(Commitment::text, Commitment::source, Commitment::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("We will review pay by March.", CommitmentSource.ITEM,
                                CommitmentStatus.SUGGESTED),
                        org.assertj.core.groups.Tuple.tuple("We will meet you in June.", CommitmentSource.INTRO,
                                CommitmentStatus.SUGGESTED));
        assertThat(snapshot.commitments()).allSatisfy(c -> {
            assertThat(c.evidence()).contains(new SuggestionEvidence("promise \"we will\"", "we will"));
            assertThat(c.isOverdue(java.time.LocalDate.MAX)).isFalse();
        });
        assertThat(snapshot.tagIds(snapshot.itemThemes(), pay, TagState.CONFIRMED)).isEmpty();
    }

    @Test
    void neverSuggestsAgainWhatAMemberRejectedOrConfirmed() {
        workflow.suggestForLetter(database, letterId);
        workflow.rejectTheme(database, pay, "pay-disparity");
        workflow.acceptResponseType(database, voice, "reassurance");
        Commitment review = commitment("We will review pay by March.");
        workflow.rejectCommitment(database, review.id());

        SuggestionWorkflow.Counts again = workflow.suggestForLetter(database, letterId);

        assertThat(again).isEqualTo(new SuggestionWorkflow.Counts(1, 1, 1));
        CaseSnapshot snapshot = snapshot();
        assertThat(snapshot.itemThemes()).contains(new ItemTag(pay, "pay-disparity", TagState.REJECTED,
                Optional.of(new SuggestionEvidence("phrase \"£20 a day\"", "£20 a day"))));
        assertThat(snapshot.itemResponseTypes()).filteredOn(t -> t.codeId().equals("reassurance")).singleElement()
                .extracting(ItemTag::state).isEqualTo(TagState.CONFIRMED);
        assertThat(snapshot.commitments()).filteredOn(c -> c.text().equals("We will review pay by March."))
                .singleElement().extracting(Commitment::status).isEqualTo(CommitmentStatus.REJECTED);
    }

    @Test
    void aCommitmentAlreadyWrittenDownIsNotSuggestedAgainWhateverItsSpacingOrCase() {
        CaseAccess.update(database, r -> r.commitments().add(new Commitment(0, letterId, CommitmentSource.ITEM, Optional.of(pay),
                "we will  review pay by March", "Director", Optional.empty(), CommitmentStatus.OPEN, List.of())));

        SuggestionWorkflow.Counts counts = workflow.suggestForLetter(database, letterId);

        assertThat(counts.commitments()).isEqualTo(1);
        assertThat(snapshot().commitments()).extracting(Commitment::status)
                .containsExactlyInAnyOrder(CommitmentStatus.OPEN, CommitmentStatus.SUGGESTED);
    }

    @Test
    void runningAgainReplacesUnansweredSuggestionsWithWhatTheEditedPhrasesFind() {
        workflow.suggestForLetter(database, letterId);
        workflow.acceptTheme(database, voice, "accountability");
        CodebookService codebook = new CodebookService();
        codebook.store(database, CodebookEdits.setThemePhrases(codebook.state(database), "pay-disparity", List.of()));
        codebook.store(database, CodebookEdits.setThemePhrases(codebook.state(database), "wellbeing-harm",
                List.of("paid £20")));

        workflow.suggestForLetter(database, letterId);

        CaseSnapshot snapshot = snapshot();
        assertThat(snapshot.itemThemes()).extracting(ItemTag::itemId, ItemTag::codeId, ItemTag::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(pay, "wellbeing-harm", TagState.SUGGESTED),
                        org.assertj.core.groups.Tuple.tuple(voice, "accountability", TagState.CONFIRMED));
        assertThat(snapshot.commitments()).hasSize(2);
        assertThat(engine.runs()).isEqualTo(2);
    }

    @Test
    void acceptingKeepsTheEvidenceAndReopeningMakesItWaitAgain() {
        workflow.suggestForLetter(database, letterId);

        workflow.acceptTheme(database, pay, "pay-disparity");
        ItemTag accepted = theme(pay, "pay-disparity");
        workflow.reopenTheme(database, pay, "pay-disparity");

        assertThat(accepted.state()).isEqualTo(TagState.CONFIRMED);
        assertThat(accepted.evidence()).contains(new SuggestionEvidence("phrase \"£20 a day\"", "£20 a day"));
        assertThat(theme(pay, "pay-disparity")).isEqualTo(suggested(pay, "pay-disparity", "£20 a day"));
    }

    @Test
    void answeringWhatIsNoLongerASuggestionIsRefused() {
        workflow.suggestForLetter(database, letterId);
        workflow.rejectResponseType(database, pay, "denial-no-knowledge");

        assertThatThrownBy(() -> workflow.acceptResponseType(database, pay, "denial-no-knowledge"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer a suggestion");
        assertThatThrownBy(() -> workflow.acceptTheme(database, pay, "wellbeing-harm"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> workflow.reopenTheme(database, pay, "pay-disparity"))
                .as("still waiting, so nothing to reopen").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAcceptedCommitmentJoinsTheRegisterAsOpenAndCanBeReopened() {
        workflow.suggestForLetter(database, letterId);
        Commitment meet = commitment("We will meet you in June.");

        Commitment accepted = workflow.acceptCommitment(database, meet.id());
        Commitment stored = commitment("We will meet you in June.");
        Commitment reopened = workflow.reopenCommitment(database, meet.id());

        assertThat(accepted.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(stored).isEqualTo(accepted);
        assertThat(stored.evidence()).isPresent();
        assertThat(reopened).isEqualTo(meet);
        assertThat(commitment("We will meet you in June.")).isEqualTo(meet);
    }

    @Test
    void aCommitmentWhoseStatusMovedOnCannotBeReopened() {
        workflow.suggestForLetter(database, letterId);
        Commitment meet = workflow.acceptCommitment(database, commitment("We will meet you in June.").id());
        CaseAccess.update(database, r -> r.commitments().changeStatus(meet.id(),
                new org.casebook.domain.StatusChange(java.time.LocalDate.of(2026, 7, 1), CommitmentStatus.KEPT, "")));

        assertThatThrownBy(() -> workflow.reopenCommitment(database, meet.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> workflow.rejectCommitment(database, meet.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoingARunPutsBackTheSuggestionsThatWereWaiting() {
        workflow.suggestForLetter(database, letterId);
        SuggestionWorkflow.Pending before = workflow.pending(database, letterId);
        CodebookService codebook = new CodebookService();
        codebook.store(database, CodebookEdits.setThemePhrases(codebook.state(database), "pay-disparity", List.of()));
        workflow.suggestForLetter(database, letterId);

        workflow.restorePending(database, letterId, before);

        assertThat(workflow.pending(database, letterId)).isEqualTo(before);
        assertThat(before.themes()).hasSize(2);
        assertThat(before.commitments()).hasSize(2);
    }

    @Test
    void suggestionsThatPointOutsideTheLetterOrCodebookAreLeftOut() {
        SuggestionWorkflow odd = new SuggestionWorkflow((letter, rules) -> new org.casebook.analysis.Suggestions(
                List.of(new org.casebook.analysis.Suggestions.CodeSuggestion(pay + 1000, "pay-disparity", evidence()),
                        new org.casebook.analysis.Suggestions.CodeSuggestion(pay, "no-such-theme", evidence()),
                        new org.casebook.analysis.Suggestions.CodeSuggestion(pay, "accountability", evidence()),
                        new org.casebook.analysis.Suggestions.CodeSuggestion(pay, "accountability", evidence())),
                List.of(),
                List.of(new org.casebook.analysis.Suggestions.CommitmentSuggestion(CommitmentSource.INTRO,
                        Optional.of(pay), "We will.", evidence()))));

        assertThat(odd.suggestForLetter(database, letterId)).isEqualTo(new SuggestionWorkflow.Counts(1, 0, 0));
    }

    private static SuggestionEvidence evidence() {
        return new SuggestionEvidence("rule", "words");
    }

    private static ItemTag suggested(long item, String code, String phrase) {
        return new ItemTag(item, code, TagState.SUGGESTED,
                Optional.of(new SuggestionEvidence("phrase \"" + phrase + "\"", phrase)));
    }

    private ItemTag theme(long item, String code) {
        return CaseAccess.read(database, r -> r.items().themeTag(item, code)).orElseThrow();
    }

    private Commitment commitment(String text) {
        return snapshot().commitments().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    private CaseSnapshot snapshot() {
        return CaseAccess.read(database, Repositories::snapshot);
    }
}
