package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.LetterText.ItemText;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.domain.Codebook;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.ResponseType;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.Theme;
import org.junit.jupiter.api.Test;

class SuggesterTest {

    private final Suggester suggester = new Suggester(DefaultRules.lxp());

    @Test
    void evidenceNamesTheRuleAndQuotesTheWordsAsTheLetterHasThem() {
        LetterText letter = new LetterText(List.of(new ItemText(4, "2/b",
                "Co-trainers are PAID\n£25 a   day for a full session.", Optional.empty())), "", "");

        CodeSuggestion pay = suggester.suggest(letter).themes().stream()
                .filter(s -> s.codeId().equals("pay-disparity")).findFirst().orElseThrow();

        assertThat(pay.itemId()).isEqualTo(4);
        assertThat(pay.evidence()).isEqualTo(new SuggestionEvidence("theme \"Pay disparity\": phrase \"paid … a day\"",
                "PAID £25 a day"));
    }

    @Test
    void themesComeFromTheConcernAndTypesFromTheResponse() {
        LetterText letter = new LetterText(List.of(new ItemText(1, "1", "We have no knowledge of the budget.",
                Optional.of("Peer workers are paid the same as other staff."))), "", "");

        Suggestions suggestions = suggester.suggest(letter);

        assertThat(suggestions.themes()).extracting(CodeSuggestion::codeId).doesNotContain("peer-roles");
        assertThat(suggestions.responseTypes()).extracting(CodeSuggestion::codeId).doesNotContain("denial-no-knowledge");
    }

    @Test
    void aThemeIsSuggestedOncePerItemWithItsFirstPhraseAsEvidence() {
        LetterText letter = new LetterText(List.of(new ItemText(1, "1",
                "Our wellbeing suffered. The stress and harm to our wellbeing continue.", Optional.empty())), "", "");

        List<CodeSuggestion> themes = suggester.suggest(letter).themes();

        assertThat(themes).singleElement().satisfies(s -> {
            assertThat(s.codeId()).isEqualTo("wellbeing-harm");
            assertThat(s.evidence().matched()).isEqualTo("wellbeing");
        });
    }

    @Test
    void phrasesDoNotRunAcrossSentences() {
        LetterText letter = new LetterText(List.of(new ItemText(1, "1", "A concern.",
                Optional.of("That was our position. We will review it. It is not. The case is closed."))), "", "");

        assertThat(suggester.suggest(letter).responseTypes()).extracting(CodeSuggestion::codeId)
                .containsExactly("commitment");
    }

    @Test
    void commitmentsInTheIntroAndClosingHaveNoItem() {
        LetterText letter = new LetterText(List.of(),
                "Dear colleagues,\n\nThank you for your letter. We will reply to each point in turn.",
                "The Board will seek assurance that\nthe actions are completed. With best wishes.");

        List<CommitmentSuggestion> commitments = suggester.suggest(letter).commitments();

        assertThat(commitments).extracting(CommitmentSuggestion::source)
                .containsExactly(CommitmentSource.INTRO, CommitmentSource.CLOSING);
        assertThat(commitments).allSatisfy(c -> assertThat(c.itemId()).isEmpty());
        assertThat(commitments.get(1).sentence()).isEqualTo("The Board will seek assurance that the actions are completed.");
        assertThat(commitments.get(1).evidence())
                .isEqualTo(new SuggestionEvidence("commitment: phrase \"will seek assurance\"", "will seek assurance"));
    }

    @Test
    void aResponseMayCarrySeveralTypesInCodebookOrder() {
        LetterText letter = new LetterText(List.of(new ItemText(9, "5", "A concern.", Optional.of(
                "This is not the case. We apologise for the confusion and will review the guidance."))), "", "");

        assertThat(suggester.suggest(letter).responseTypes()).extracting(CodeSuggestion::codeId)
                .containsExactly("apology", "commitment", "rebuttal");
    }

    @Test
    void rulesForAnotherCodebookUseItsNamesAndSkipPhrasesWithoutWords() {
        Codebook codebook = new Codebook(List.of(new Theme("travel", "Travel costs", "", "#123456", Optional.empty())),
                List.of(new ResponseType("silence", "Silence", "")));
        RuleSet rules = new RuleSet(Map.of("travel", List.of("bus fares", "£ …"), "unknown-id", List.of("train")),
                Map.of());

        Suggestions suggestions = new Suggester(rules, codebook).suggest(new LetterText(List.of(
                new ItemText(1, "1", "Bus fares and train tickets are not refunded.", Optional.empty())), "", ""));

        assertThat(suggestions.themes()).extracting(s -> s.evidence().rule())
                .containsExactly("theme \"Travel costs\": phrase \"bus fares\"", "theme \"unknown-id\": phrase \"train\"");
    }
}
