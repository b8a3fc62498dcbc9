package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.casebook.importing.Fixtures;
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

class EvaluateCommandTest {

    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())));
    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
    private Cli cli;

    @BeforeEach
    void wire() {
        cli = new Cli(TestBackends.around(cases, imports, temp.resolve("home")), "1.0");
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    @Test
    void printsATableOfFoundExpectedAndSuggestedPerKind() throws IOException {
        run("new", "--case", temp.resolve("replies").toString());
        Path txt = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        run("import", "--case", temp.resolve("replies.casebook").toString(), txt.toString(), "--body", "A Trust");

        CliRun run = run("evaluate", "--case", temp.resolve("replies.casebook").toString(),
                "--expected", Fixtures.trustBoardReply("expected.json").toString(), "--details");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSizeGreaterThan(4).satisfies(lines -> {
            assertThat(lines.get(1)).contains("found", "expected", "suggested", "precision", "recall", "F1");
            assertThat(lines.get(2)).startsWith("themes").contains(" 22 ");
            assertThat(lines.get(3)).startsWith("response types").contains(" 18 ");
            assertThat(lines.get(4)).matches("commitments\\s+5\\s+5\\s+\\d+\\s+[01]\\.\\d\\d\\s+1\\.00\\s+[01]\\.\\d\\d");
        });
        assertThat(run.out()).contains("extra:");
    }

    @Test
    void aCaseWithoutLettersFailsWithOneClearLine() {
        run("new", "--case", temp.resolve("empty").toString());

        CliRun run = run("evaluate", "--case", temp.resolve("empty.casebook").toString(),
                "--expected", Fixtures.trustBoardReply("expected.json").toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).hasLineCount(1).contains("no letters");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingExpectedFileIsNamed() {
        run("new", "--case", temp.resolve("c").toString());

        CliRun run = run("evaluate", "--case", temp.resolve("c.casebook").toString(),
                "--expected", temp.resolve("nope.json").toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).hasLineCount(1).contains("nope.json");
    }
}
