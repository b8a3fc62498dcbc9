package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.casebook.domain.Letter;
import org.casebook.storage.PackSettingsRepository.NameRow;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case written before briefing packs (schema 3) opens, keeps its letters, and gains empty pack settings. */
class SchemaFourMigrationTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));

    @Test
    void caseOfSchemaThreeKeepsItsLettersAndStartsWithNoPackSettings() throws Exception {
        try (CaseDatabase database = store.open(schemaThreeCase())) {
            List<Letter> letters = database.read(r -> r.letters().all());
            assertThat(letters).extracting(Letter::intro).containsExactly("Dear Tamar");
            assertThat(groupName(database)).isEmpty();
            assertThat(names(database)).isEmpty();

            database.update(r -> {
                r.packSettings().setGroupName("Forum");
                r.packSettings().replaceNames(List.of(new NameRow("Tamar", "Addressee")));
            });
            database.update(r -> r.packSettings().setGroupName(" LXP Network "));

            assertThat(groupName(database)).isEqualTo("LXP Network");
            assertThat(names(database)).containsExactly(new NameRow("Tamar", "Addressee"));
        }
    }

    @Test
    void theSchemaListsANameOnceWhateverItsCase() throws Exception {
        try (CaseDatabase database = store.open(schemaThreeCase())) {
            assertThatThrownBy(() -> database.update(r -> r.packSettings().replaceNames(List.of(
                    new NameRow("Danielle", "Chair"), new NameRow("DANIELLE", "Trust officer")))))
                    .isInstanceOf(StorageException.class).hasMessageContaining("REDACTION_NAME_UNIQUE");
            assertThat(names(database)).isEmpty();
        }
    }

    private static String groupName(CaseDatabase database) {
        return database.read(r -> r.packSettings().groupName());
    }

    private static List<NameRow> names(CaseDatabase database) {
        return database.read(r -> r.packSettings().names());
    }

    /** A case as Casebook left it before briefing packs: schema 3, one letter. */
    private Path schemaThreeCase() throws Exception {
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
        return folder.root();
    }
}
