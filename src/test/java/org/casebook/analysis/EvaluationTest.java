package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.analysis.model.EvaluationReport;
import org.casebook.analysis.model.Score;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.Expected;
import org.casebook.domain.Expected.ExpectedCommitment;
import org.casebook.domain.Expected.ExpectedItem;
import org.casebook.domain.SuggestionEvidence;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final SuggestionEvidence WHY = new SuggestionEvidence("rule", "words");
    private static final LetterText LETTER = new LetterText(List.of(
            new ItemText(10, "1", "c", Optional.of("r")), new ItemText(11, "1/a", "c", Optional.of("r"))), "", "");

    @Test
    void codesAreComparedAsSetsPerItemAndCountedOverAllItems() {
        Expected expected = new Expected(List.of(
                new ExpectedItem("1", Set.of("pay-disparity", "peer-roles"), Set.of("rebuttal")),
                new ExpectedItem("1/a", Set.of("accountability"), Set.of())), List.of());
        Suggestions suggestions = new Suggestions(List.of(
                new CodeSuggestion(10, "pay-disparity", WHY),
                new CodeSuggestion(11, "accountability", WHY),
                new CodeSuggestion(11, "undermining", WHY)),
                List.of(new CodeSuggestion(10, "rebuttal", WHY)), List.of());

        EvaluationReport report = Evaluation.score(expected, LETTER, suggestions);

        assertThat(report.themes()).isEqualTo(new Score(2, 3, 3));
        assertThat(report.themes().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.responseTypes()).isEqualTo(new Score(1, 1, 1));
        assertThat(report.missed()).containsExactly("1 theme peer-roles");
        assertThat(report.extra()).containsExactly("1/a theme undermining");
    }

    @Test
    void aCommitmentIsFoundByPlaceAndHowItsSentenceStartsEachCountedOnce() {
        Expected expected = new Expected(List.of(), List.of(
                new ExpectedCommitment("1/a", "we   will \u2018review\u2019"),
                new ExpectedCommitment("1/a", "We will review"),
                new ExpectedCommitment("closing", "the Board will")));
        Suggestions suggestions = new Suggestions(List.of(), List.of(), List.of(
                new CommitmentSuggestion(CommitmentSource.ITEM, Optional.of(11L), "So we will 'review' it.", WHY),
                new CommitmentSuggestion(CommitmentSource.ITEM, Optional.of(10L), "We will review it.", WHY),
                new CommitmentSuggestion(CommitmentSource.CLOSING, Optional.empty(), "As ever the Board will act.", WHY)));

        EvaluationReport report = Evaluation.score(expected, LETTER, suggestions);

        assertThat(report.commitments()).isEqualTo(new Score(2, 3, 3));
        assertThat(report.missed()).containsExactly("1/a commitment \"We will review\"");
        assertThat(report.extra()).containsExactly("1 commitment \"We will review it.\"");
    }

    @Test
    void scoresWithNothingToFindOrNothingSuggested() {
        assertThat(new Score(0, 0, 0).f1()).isEqualTo(1.0);
        assertThat(new Score(0, 4, 0).precision()).isZero();
        assertThat(new Score(0, 4, 0).f1()).isZero();
        assertThat(new Score(3, 4, 6).precision()).isEqualTo(0.5);
        assertThat(new Score(3, 4, 6).recall()).isEqualTo(0.75);
    }
}
