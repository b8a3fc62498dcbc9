package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.model.CorpusScore;
import org.casebook.analysis.model.DocumentScore;
import org.casebook.domain.LabelledDocument;
import org.casebook.domain.LabelledPair;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.junit.jupiter.api.Test;

/**
 * The splitter finds at least as many of the corpus's hand-labelled question → answer pairs as it did when the
 * corpus was made, and all of the fixture letter's: a change to the splitter may raise the figure, never lower it.
 */
class CorpusSplitFloorTest {

    /** Pairs of src/test/resources/corpus the splitter found when the corpus was made; raise this when the splitter improves. */
    static final int FOUND_AT_LEAST = 77;

    private final SplitEvaluationService evaluations =
            new SplitEvaluationService(DocumentReaders.standard(), new LetterSplitter());

    @Test
    void theSplitterFindsNoFewerCorpusPairsThanBefore() throws IOException, URISyntaxException {
        Path corpus = Path.of(CorpusSplitFloorTest.class.getResource("/corpus/expected.json").toURI()).getParent();

        CorpusScore score = evaluations.evaluate(corpus);

        assertThat(score.documents()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(score.total().found())
                .as("pairs found of %d; the misses: %s", score.total().expected(),
                        score.documents().stream().flatMap(d -> d.misses().stream().map(m -> d.file() + ": " + m))
                                .toList())
                .isGreaterThanOrEqualTo(FOUND_AT_LEAST);
    }

    @Test
    void theFixtureLetterStillSplitsIntoAllItsFourteenPairs() throws IOException {
        LabelledDocument labels = fixtureLabels();

        DocumentScore score = evaluations.evaluate(Fixtures.trustBoardReply("letter.txt"), labels);

        assertThat(score.expected()).isEqualTo(14);
        assertThat(score.misses()).isEmpty();
        assertThat(score.found()).isEqualTo(14);
    }

    /** The fixture's expected.json read as corpus labels: each item's concern and response openings. */
    private static LabelledDocument fixtureLabels() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Fixtures.trustBoardReply("expected.json").toFile());
        List<LabelledPair> pairs = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            JsonNode response = item.path("response");
            pairs.add(new LabelledPair(item.path("concern").asText(),
                    response.isTextual() ? Optional.of(response.asText()) : Optional.empty()));
        }
        return new LabelledDocument("letter.txt", "src/test/resources/fixtures/trust-board-reply-2021", "", 1, pairs);
    }
}
