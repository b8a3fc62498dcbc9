package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.casebook.app.Services;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void setUp() {
        Services services = TestServices.in(temp.resolve("home"),
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        cli = new Cli(services.backend(), "9.8.7");
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    @Test
    void sampleCreatesTheCaseAndSaysWhatIsInIt() {
        CliRun run = run("sample", "--case", temp.resolve("Try me").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("Created the sample case at " + temp.resolve("Try me.casebook")
                + ": 4 letters, 23 items, 5 commitments");
        assertThat(run.err()).isEmpty();
        assertThat(temp.resolve("Try me.casebook/case.mv.db")).isRegularFile();
    }

    @Test
    void sampleRefusesAPathThatIsTakenWithOneLineAndExitTwo() throws IOException {
        Path taken = Files.createDirectories(temp.resolve("Taken.casebook"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        CliRun run = run("sample", "--case", taken.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1).contains(taken.toString(), "already there")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(taken.resolve("notes.txt")).hasContent("mine");
        assertThat(taken.resolve("case.mv.db")).doesNotExist();
    }

    @Test
    void theExportedSampleCarriesTheMembersWork() throws IOException {
        run("sample", "--case", temp.resolve("Try me").toString());

        CliRun export = run("export", "--case", temp.resolve("Try me.casebook").toString(), "--format", "json");

        assertThat(export.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(export.out());
        assertThat(json.at("/letters/0/title").asText()).contains("Trust Board");
        List<JsonNode> items = list(json.at("/letters/0/items"));
        assertThat(items).hasSize(11);
        assertThat(items).extracting(i -> i.get("stance").asText())
                .contains("agree", "partly-agree", "dispute", "unanswered");
        assertThat(items).filteredOn(i -> i.get("path").asText().equals("1")).singleElement().satisfies(i -> {
            assertThat(list(i.get("themes"))).extracting(JsonNode::asText).containsExactly("pay-disparity");
            assertThat(list(i.get("notes"))).singleElement().satisfies(n -> assertThat(n.get("text").asText()).contains("back pay"));
        });
        List<JsonNode> commitments = list(json.at("/letters/0/commitments"));
        assertThat(commitments).hasSize(5).extracting(c -> c.get("status").asText()).contains("open", "kept", "broken");
        assertThat(commitments).filteredOn(c -> c.get("itemPath").asText().equals("9")).singleElement()
                .satisfies(c -> assertThat(c.get("due").asText()).isEqualTo("2026-10-30"));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
