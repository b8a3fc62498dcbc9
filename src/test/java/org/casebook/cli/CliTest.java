package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.Suggestions;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseService;
import org.casebook.service.LetterImportService;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())));
    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
    private Cli cli;

    @BeforeEach
    void wire() {
        cli = new Cli(TestBackends.around(cases, imports, temp.resolve("home")), "9.8.7");
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    @Test
    void versionPrintsNameAndVersion() {
        CliRun run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("casebook 9.8.7");
    }

    @Test
    void newCreatesACaseFolder() {
        CliRun run = run("new", "--case", temp.resolve("replies").toString());
        assertThat(run.code()).isZero();
        assertThat(temp.resolve("replies.casebook/case.mv.db")).isRegularFile();
        assertThat(run.out()).contains("replies.casebook");
    }

    @Test
    void exportWritesTheCaseAsJsonToStandardOutput() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        CliRun run = run("export", "--case", temp.resolve("replies.casebook").toString(), "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/codebook/themes/1/id").asText()).isEqualTo("pay-disparity");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exportWritesToAFileWithOut() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        Path out = temp.resolve("case.json");
        CliRun run = run("export", "--case", temp.resolve("replies.casebook").toString(), "--format", "json", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(out.toFile()).at("/codebook/responseTypes")).hasSize(10);
        try (var files = Files.list(temp)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(".casebook-export"))).isEmpty();
        }
    }

    @Test
    void failuresExitWithTwoAndOneClearLine() {
        CliRun missing = run("export", "--case", temp.resolve("nowhere.casebook").toString(), "--format", "json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).hasLineCount(1).contains("nowhere.casebook").doesNotContain("Exception");
        assertThat(missing.out()).isEmpty();

        CliRun badFormat = run("export", "--case", temp.toString(), "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err().strip()).hasLineCount(1).contains("xml");

        CliRun unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).hasLineCount(1);
    }

    @Test
    void importPrintsOneLinePerFileAndStoresEach() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        Path txt = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        Path pdf = Files.copy(Fixtures.trustBoardReply("letter.pdf"), temp.resolve("letter.pdf"));

        CliRun run = run("import", "--case", temp.resolve("replies.casebook").toString(), txt.toString(), pdf.toString(),
                "--body", "Fictional Valley NHS Trust", "--meeting", "Trust Board", "--meeting-date", "2021-05-26");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "letter.txt: 14 items, 13 responses, no suggestions, no warnings",
                "letter.pdf: 14 items, 13 responses, no suggestions, no warnings");
        JsonNode json = export("replies.casebook");
        assertThat(json.get("letters")).hasSize(2);
        assertThat(json.at("/meetings/0/name").asText()).isEqualTo("Trust Board");
        assertThat(json.at("/meetings/0/date").asText()).isEqualTo("2021-05-26");
        assertThat(json.at("/bodies/0/name").asText()).isEqualTo("Fictional Valley NHS Trust");
        assertThat(json.at("/letters/1/items/11/response").isNull()).as("item 6 has no response").isTrue();
    }

    @Test
    void importSaysHowManySuggestionsWaitForReview() throws IOException {
        CaseService withPhrases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())),
                new RuleSet(Map.of("pay-disparity", List.of("£20 a day")), Map.of()));
        LetterImportService suggesting = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(),
                new MetadataFinder(), new SuggestionWorkflow((letter, rules) -> new Suggestions(
                        List.of(new Suggestions.CodeSuggestion(letter.items().get(0).itemId(), "pay-disparity",
                                new SuggestionEvidence("phrase", "£20 a day"))),
                        List.of(), List.of(new Suggestions.CommitmentSuggestion(CommitmentSource.CLOSING,
                        Optional.empty(), "We will seek assurance.", new SuggestionEvidence("promise", "we will"))))));
        Cli suggestingCli = new Cli(TestBackends.around(withPhrases, suggesting, temp.resolve("home")), "9.8.7");
        withPhrases.create(temp.resolve("replies")).close();
        Path txt = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = suggestingCli.run(new String[] {"import", "--case", temp.resolve("replies.casebook").toString(),
                txt.toString()}, out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("letter.txt: 14 items, 13 responses, "
                + "2 suggestions to review (1 theme, 0 response types, 1 commitment), no warnings");
    }

    @Test
    void importOfABadFileFailsThatFileAloneAndExitsWithTwo() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        Path good = Files.copy(Fixtures.trustBoardReply("letter.docx"), temp.resolve("letter.docx"));
        Path junk = Files.write(temp.resolve("scan.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3});

        CliRun run = run("import", "--case", temp.resolve("replies.casebook").toString(), junk.toString(), good.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1).startsWith("casebook: scan.pdf: ");
        assertThat(run.out().strip()).isEqualTo("letter.docx: 14 items, 13 responses, no suggestions, no warnings");
        assertThat(export("replies.casebook").get("letters")).hasSize(1);
        try (var originals = Files.list(temp.resolve("replies.casebook/originals"))) {
            assertThat(originals.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-letter.docx");
        }
    }

    @Test
    void importingTheSameFileTwiceSaysItIsAlreadyThere() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        Path txt = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        run("import", "--case", temp.resolve("replies.casebook").toString(), txt.toString());

        CliRun again = run("import", "--case", temp.resolve("replies.casebook").toString(), txt.toString());

        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("letter.txt: was imported before").contains("originals");
        assertThat(export("replies.casebook").get("letters")).hasSize(1);
    }

    private JsonNode export(String caseFolder) throws IOException {
        CliRun run = run("export", "--case", temp.resolve(caseFolder).toString(), "--format", "json");
        assertThat(run.code()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void creatingOverAnExistingCaseFails() {
        run("new", "--case", temp.resolve("replies").toString());
        CliRun again = run("new", "--case", temp.resolve("replies").toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already there");
    }
}
