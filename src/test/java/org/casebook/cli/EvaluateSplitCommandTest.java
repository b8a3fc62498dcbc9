package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseService;
import org.casebook.service.LetterImportService;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSplitCommandTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void wire() {
        CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())));
        LetterImportService imports =
                new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
        cli = new Cli(TestBackends.around(cases, imports, temp.resolve("home")), "1.0");
    }

    private Path corpus() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(dir.resolve("1-letter.txt"), """
                Dear Ms Smith

                1. Why was the funding for the peer trainer refused?

                The funding was offered for twelve months only and could not be matched.

                2. Will lived experience staff be paid the same as other trainers?

                We are reviewing how we pay people with lived experience.

                Yours sincerely

                A. Officer
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("expected.json"), """
                {"documents": [{"file": "1-letter.txt", "source": "https://example.org", "retrieved": "2026-12-02",
                  "shape": 1, "pairs": [
                    {"question": "Why was the funding", "answer": "The funding was offered"},
                    {"question": "Will lived experience staff", "answer": "Something else entirely"}]}]}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void printsFoundOverExpectedPerDocumentShapeAndTotal() throws IOException {
        CliRun run = CliRun.of(cli, "evaluate-split", "--corpus", corpus().toString());

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).containsPattern("1-letter\\.txt\\s+shape 1\\s+1 / 2")
                .containsPattern("shape 1\\s+1 / 2\\s+50\\.0%")
                .containsPattern("total\\s+1 / 2\\s+50\\.0%")
                .doesNotContain("missed:");
    }

    @Test
    void detailsListEveryMissWithWhatTheSplitGave() throws IOException {
        CliRun run = CliRun.of(cli, "evaluate-split", "--corpus", corpus().toString(), "--details");

        assertThat(run.out()).contains("missed: «Will lived experience staff» → «Something else entirely»: "
                + "the item with that question has response «We are reviewing how we pay people");
    }

    @Test
    void aMissingCorpusFolderFailsWithOneLine() {
        CliRun run = CliRun.of(cli, "evaluate-split", "--corpus", temp.resolve("nowhere").toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).startsWith("casebook: The corpus folder").endsWith("does not exist.")
                .doesNotContain("\n");
    }

    @Test
    void anEmptyCorpusFolderFailsWithOneLine() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CliRun run = CliRun.of(cli, "evaluate-split", "--corpus", empty.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).isEqualTo("casebook: The corpus folder " + empty + " has no expected.json "
                + "labelling its documents.");
    }
}
