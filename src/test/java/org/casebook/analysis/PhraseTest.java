package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.analysis.Phrase.Match;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTest {

    private static List<Match> find(String phrase, String text) {
        return Phrase.parse(phrase).orElseThrow().find(Tokens.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "paid … a day|They were paid £20 a day.",
            "paid ... a day|Volunteers get paid only twenty pounds a day",
            "funding … refused|Funding was refused.",
            "refused|The Board refuses every request.",
            "peer worker|Our Peer Workers' contracts",
            "we do not agree|We don't agree.",
            "we do not agree|We don’t agree.",
            "can not pledge|We cannot pledge support.",
            "we will|We'll see.",
            "decision-making|decision making forums"})
    void matchesOnStemsAcrossCaseContractionsAndShortGaps(String phrase, String text) {
        assertThat(find(phrase, text)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "paid … a day|paid for one whole long working a day",
            "we will|will we",
            "no knowledge of|knowledge of",
            "peer worker|peer review of the worker"})
    void doesNotMatchBeyondTheGapOrOutOfOrder(String phrase, String text) {
        assertThat(find(phrase, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"£ …", "…", "--", "’"})
    void aPhraseWithoutWordsIsLeftOut(String phrase) {
        assertThat(Phrase.parse(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "we will|We will not extend it.",
            "we will|We will never do that.",
            "commit to|We cannot commit to it.",
            "commit to|We are unable to commit to it.",
            "plan to|There are no plans to change.",
            "we will|We will no longer fund it."})
    void negatedMatchesAreRecognised(String phrase, String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        assertThat(Phrase.parse(phrase).orElseThrow().find(tokens))
                .isNotEmpty().allSatisfy(m -> assertThat(CodeRules.negated(tokens, m)).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "we will|We will review it.",
            "commit to|We commit to this going forward.",
            "not aware of|We are not aware of any complaint."})
    void plainMatchesAreNotNegated(String phrase, String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        assertThat(Phrase.parse(phrase).orElseThrow().find(tokens))
                .isNotEmpty().allSatisfy(m -> assertThat(CodeRules.negated(tokens, m)).isFalse());
    }
}
