package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
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

class CheckCommandTest {

    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())));
    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
    private Cli cli;

    private Path root;

    @BeforeEach
    void aCaseWithOneImportedLetter() throws Exception {
        cli = new Cli(TestBackends.around(cases, imports, temp.resolve("home")), "9.8.7");
        root = temp.resolve("replies.casebook");
        Path letter = temp.resolve("northvale-reply.txt");
        Files.copy(Path.of("src/test/resources/sample/northvale-reply.txt"), letter);
        assertThat(run("new", "--case", temp.resolve("replies").toString()).code()).isZero();
        assertThat(run("import", "--case", root.toString(), letter.toString()).code()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.of(cli, args);
    }

    private CliRun check() {
        return run("check", "--case", root.toString());
    }

    @Test
    void aSoundCaseIsSaidToBeSoundAndLeftAsItWas() throws Exception {
        List<String> before = listing(root);
        byte[] database = Files.readAllBytes(root.resolve("case.mv.db"));

        CliRun run = check();

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)The case replies is sound: 1 letter, \\d+ items, 1 original checked\\.\\s*");
        assertThat(listing(root)).isEqualTo(before);
        assertThat(Files.readAllBytes(root.resolve("case.mv.db"))).isEqualTo(database);
    }

    @Test
    void aMissingOriginalIsFoundAndTheBackupNamed() throws Exception {
        Files.delete(onlyOriginal());

        CliRun run = check();

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("problem: The original of letter 1").contains("is missing");
        assertThat(run.err()).contains("Put back the originals named above");
        assertNamesTheBackup(run);
    }

    @Test
    void anOriginalWhoseBytesChangedIsFound() throws Exception {
        Path original = onlyOriginal();
        Files.writeString(original, Files.readString(original).replace("Trust", "Trist"));

        CliRun run = check();

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("has changed since it was imported");
        assertNamesTheBackup(run);
    }

    @Test
    void aLetterDeletedBehindItsItemsBackIsFound() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + root.resolve("case") + ";IFEXISTS=TRUE");
             Statement statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            statement.executeUpdate("DELETE FROM letter");
        }

        CliRun run = check();

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).containsPattern("problem: \\d+ items point at letter 1, which is not in the case\\.")
                .contains("note: originals/");
        assertNamesTheBackup(run);
    }

    @Test
    void aFolderThatIsNoCaseIsRefused() {
        CliRun run = run("check", "--case", temp.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("There is no case at");
    }

    private void assertNamesTheBackup(CliRun run) throws Exception {
        String backup;
        try (Stream<Path> files = Files.list(root.resolve("backups"))) {
            backup = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
        }
        assertThat(run.err()).containsIgnoringCase("restore the newest sound backup, " + backup + " (taken ")
                .containsPattern("taken \\d{1,2} \\w+ \\d{4} at \\d\\d:\\d\\d UTC")
                .contains("File > Restore a backup");
    }

    private Path onlyOriginal() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("originals"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("northvale-reply.txt")).findFirst().orElseThrow();
        }
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.map(p -> folder.relativize(p) + " " + (Files.isRegularFile(p) ? sizeOf(p) : "dir")).sorted().toList();
        }
    }

    private static String sizeOf(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
