package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.casebook.domain.DefaultCodebook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking reads a case and changes nothing in it; what opening does to leftovers of a crash. */
class CaseCheckTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));

    @Test
    void aCaseOfAnOlderSchemaIsReportedNotMigrated() throws Exception {
        CaseFolder folder = CaseFolder.forNewCase(temp.resolve("old"));
        Files.createDirectories(folder.originals());
        Files.createDirectories(folder.backups());
        String url = folder.jdbcUrl(false);
        Flyway.configure().dataSource(url, "", "").locations(Migrations.LOCATION).target("3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO letter (id, title, intro, closing, full_text) "
                    + "VALUES (1, 'Reply', 'Dear Tamar', 'All the best', 'Dear Tamar')");
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());

        CaseCheck.Report report = store.check(folder.root());

        assertThat(report.sound()).isTrue();
        assertThat(report.letters()).isEqualTo(1);
        assertThat(report.notes()).singleElement().asString().contains("schema 3, older than this Casebook's 7");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        assertThat(new Migrations().pending(url + ";IFEXISTS=TRUE", folder.root())).isTrue();
        try (var backups = Files.list(folder.backups())) {
            assertThat(backups).isEmpty();
        }
    }

    @Test
    void aCopyLeftByAnUnfinishedImportIsNotedAndRemovedOnTheNextOpening() throws Exception {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        Path leftover = Files.writeString(root.resolve("originals/.importing-123.part"), "half a letter");

        assertThat(store.check(root).notes()).singleElement().asString().contains("did not finish");
        assertThat(leftover).exists();

        store.open(root).close();

        assertThat(leftover).doesNotExist();
        assertThat(store.check(root).findings()).isEmpty();
    }

    @Test
    void aDatabaseH2CannotReadIsAProblem() throws Exception {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        Files.write(root.resolve("case.mv.db"), new byte[] {1, 2, 3, 4});

        CaseCheck.Report report = store.check(root);

        assertThat(report.sound()).isFalse();
        assertThat(report.problems()).singleElement().asString().startsWith("H2 cannot open the case database");
        assertThat(report.restoreFrom()).isEmpty();
    }
}
