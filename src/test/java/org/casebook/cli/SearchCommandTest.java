package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.importing.Fixtures;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook search} on the fixture letter imported by the command line, and on the sample case. */
class SearchCommandTest {

    @TempDir
    Path temp;

    private Cli cli;
    private Path letterCase;

    @BeforeEach
    void importTheFixtureLetter() {
        Services services = TestServices.in(temp.resolve("home"));
        cli = new Cli(services.backend(), "1.0");
        letterCase = temp.resolve("Letter.casebook");
        assertThat(CliRun.of(cli, "new", "--case", letterCase.toString()).code()).isZero();
        assertThat(CliRun.of(cli, "import", "--case", letterCase.toString(),
                Fixtures.trustBoardReply("letter.docx").toString()).code()).isZero();
    }

    @Test
    void printsTheTotalAndEachHitWithItsKindLetterItemPathScoreAndSnippet() throws IOException {
        JsonNode result = json("search", "--case", letterCase.toString(), "\"time credits\"", "--format", "json");

        assertThat(fieldNames(result)).containsExactly("total", "hits", "suggestions");
        assertThat(result.get("total").asLong()).isEqualTo(result.get("hits").size()).isPositive();
        JsonNode item = hitOfKind(result, "item");
        assertThat(fieldNames(item)).startsWith("kind", "letterId", "itemId", "path", "score", "snippet");
        assertThat(item.get("itemId").isNumber()).isTrue();
        assertThat(item.get("path").asText()).isNotBlank();
        assertThat(item.get("score").asDouble()).isPositive();
        assertThat(item.get("snippet").asText()).containsIgnoringCase("time credits");
        JsonNode letter = hitOfKind(result, "letter");
        assertThat(letter.get("itemId").isNull()).isTrue();
        assertThat(letter.get("letterId").asLong()).isEqualTo(item.get("letterId").asLong());
    }

    @Test
    void aStemmedWordAndAKindFilterFindTheRefusedFunding() throws IOException {
        JsonNode result = json("search", "--case", letterCase.toString(), "refusing", "--kind", "item",
                "--format", "json");

        assertThat(result.get("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("item"));
        JsonNode hit = result.get("hits").get(0);
        int[] mark = {hit.get("marks").get(0).get(0).asInt(), hit.get("marks").get(0).get(1).asInt()};
        assertThat(hit.get("snippet").asText().substring(mark[0], mark[1])).isEqualToIgnoringCase("refused");
    }

    @Test
    void aNamedFieldLimitsTheWordsToThatPartOfAnItem() throws IOException {
        JsonNode anywhere = json("search", "--case", letterCase.toString(), "CCG", "--format", "json");
        JsonNode inConcerns = json("search", "--case", letterCase.toString(), "concern:CCG", "--format", "json");

        assertThat(anywhere.get("total").asLong()).isGreaterThan(inConcerns.get("total").asLong());
        assertThat(inConcerns.get("hits")).allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("item"));
    }

    @Test
    void anUnreadableQueryIsExitTwoWithWhereTheProblemIs() {
        CliRun run = CliRun.of(cli, "search", "--case", letterCase.toString(), "band AND", "--format", "json");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("ends too soon").contains("  band AND\n  " + " ".repeat(8) + "^");
    }

    @Test
    void aBodyOrThemeTheCaseDoesNotHaveIsRefusedByName() {
        CliRun body = CliRun.of(cli, "search", "--case", letterCase.toString(), "pay", "--body", "Nowhere Trust",
                "--format", "json");
        CliRun theme = CliRun.of(cli, "search", "--case", letterCase.toString(), "pay", "--theme", "no-such-theme",
                "--format", "json");

        assertThat(body.code()).isEqualTo(Cli.FAILED);
        assertThat(body.err()).contains("No body of the case is called Nowhere Trust");
        assertThat(theme.code()).isEqualTo(Cli.FAILED);
        assertThat(theme.err()).contains("There is no theme no-such-theme").contains("pay-disparity");
    }

    @Test
    void onTheSampleCaseABodyAndAStanceFilterAndANoteAreFound() throws IOException {
        Path sample = temp.resolve("Sample.casebook");
        assertThat(CliRun.of(cli, "sample", "--case", sample.toString()).code()).isZero();

        JsonNode westmoor = json("search", "--case", sample.toString(), "band", "--body", "Westmoor", "--format", "json");
        JsonNode note = json("search", "--case", sample.toString(), "note:\"back pay\"", "--format", "json");
        JsonNode disputed = json("search", "--case", sample.toString(), "--stance", "dispute", "--limit", "3",
                "--format", "json");

        assertThat(westmoor.get("hits")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("body").asText()).contains("Westmoor"));
        assertThat(note.get("hits")).singleElement().satisfies(h -> assertThat(h.get("kind").asText()).isEqualTo("note"));
        assertThat(disputed.get("hits")).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(h -> assertThat(h.get("stance").asText()).isEqualTo("dispute"));
        assertThat(disputed.get("total").asLong()).isGreaterThanOrEqualTo(disputed.get("hits").size());
    }

    private JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(cli, args);
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode hitOfKind(JsonNode result, String kind) {
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("kind").asText().equals(kind)) {
                return hit;
            }
        }
        throw new AssertionError("No " + kind + " hit in " + result);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
