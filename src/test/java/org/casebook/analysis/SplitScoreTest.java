package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.casebook.analysis.model.CorpusScore;
import org.casebook.analysis.model.DocumentScore;
import org.casebook.analysis.model.SplitPair;
import org.casebook.domain.LabelledDocument;
import org.casebook.domain.LabelledPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitScoreTest {

    private static LabelledPair pair(String question, String answer) {
        return new LabelledPair(question, Optional.ofNullable(answer));
    }

    private static SplitPair item(String concern, String response) {
        return new SplitPair(concern, Optional.ofNullable(response));
    }

    private static LabelledDocument labels(int shape, LabelledPair... pairs) {
        return new LabelledDocument("doc.txt", "https://example.org", "2026-12-02", shape, List.of(pairs));
    }

    @Test
    void findsAPairWhoseConcernAndResponseStartAsLabelled() {
        DocumentScore score = SplitScore.score(labels(1, pair("How many peer support", "We have no PSWs")),
                List.of(item("How many  peer\nsupport workers are employed?", "We have no PSWs employed.")));

        assertThat(score.found()).isEqualTo(1);
        assertThat(score.expected()).isEqualTo(1);
        assertThat(score.misses()).isEmpty();
    }

    @Test
    void missesAPairWhoseAnswerWasLeftInTheQuestion() {
        DocumentScore score = SplitScore.score(labels(3, pair("How many peer support", "We have no PSWs")),
                List.of(item("How many peer support workers? Our response: We have no PSWs.", null)));

        assertThat(score.found()).isZero();
        assertThat(score.misses()).singleElement().asString()
                .contains("«How many peer support» → «We have no PSWs»")
                .contains("no response");
    }

    @Test
    void anUnansweredRequestIsFoundOnlyWhenTheItemHasNoResponse() {
        LabelledDocument unanswered = labels(8, pair("Please provide the number", null));

        assertThat(SplitScore.score(unanswered, List.of(item("Please provide the number of posts.", " "))).found())
                .isEqualTo(1);
        assertThat(SplitScore.score(unanswered, List.of(item("Please provide the number of posts.", "Yours"))).found())
                .isZero();
    }

    @Test
    void aMissNamesTheNearestConcernWhenNoItemStartsWithTheQuestion() {
        DocumentScore score = SplitScore.score(labels(5, pair("Will the Council restore", "The Leader said")),
                List.of(item("Public questions. Will the Council restore funding?", "The Leader said so."),
                        item("Another matter", "Reply")));

        assertThat(score.misses()).singleElement().asString()
                .contains("nearest: «Public questions. Will the Council restore funding?»");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. How many posts|how many posts",
            "Question 2: How many posts|how many posts",
            "You asked: 3. How many posts|how many posts",
            "Our response: None are employed|none are employed",
            "(a) Number of posts|number of posts",
            "85.1    In respect of question 2|in respect of question 2",
            "Verbal Response – the Leader said|the leader said",
            "Response:  Yes|yes"})
    void comparesTextWithoutALeadingLabel(String text, String normal) {
        assertThat(SplitScore.normal(text)).isEqualTo(normal);
    }

    @Test
    void addsFiguresUpByShapeAndInTotal() {
        CorpusScore corpus = new CorpusScore(List.of(
                new DocumentScore("a", 1, 2, 3, List.of()),
                new DocumentScore("b", 4, 0, 2, List.of()),
                new DocumentScore("c", 1, 1, 1, List.of())));

        assertThat(corpus.byShape()).containsOnlyKeys(1, 4);
        assertThat(corpus.byShape().get(1)).isEqualTo(new CorpusScore.Tally(3, 4));
        assertThat(corpus.total()).isEqualTo(new CorpusScore.Tally(3, 6));
        assertThat(corpus.total().percent()).isEqualTo(50.0);
    }
}
