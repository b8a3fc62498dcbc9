package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.ItemTag;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case written by the first Casebook (schema 1) opens in this one, keeps everything, and can hold suggestions. */
class SchemaTwoMigrationTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));

    @Test
    void caseOfSchemaOneKeepsItsTagsAndCommitmentsAndGainsRoomForSuggestions() throws Exception {
        Path root = schemaOneCase();

        try (CaseDatabase database = store.open(root)) {
            CaseSnapshot snapshot = database.read(Repositories::snapshot);
            assertThat(snapshot.itemThemes()).containsExactly(new ItemTag(1, "pay", TagState.CONFIRMED));
            assertThat(snapshot.commitments()).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(CommitmentStatus.OPEN);
                assertThat(c.evidence()).isEmpty();
            });
            CodebookPhrases none = database.read(r -> r.codebook().phrases());
            assertThat(none).isEqualTo(CodebookPhrases.NONE);

            SuggestionEvidence why = new SuggestionEvidence("phrase \"we will\"", "we will");
            database.update(r -> {
                r.items().setTheme(new ItemTag(1, "voice", TagState.SUGGESTED, Optional.of(why)));
                r.commitments().add(new Commitment(0, 1, CommitmentSource.CLOSING, Optional.empty(), "We will meet.", "",
                        Optional.empty(), CommitmentStatus.SUGGESTED, List.of(), Optional.of(why)));
                r.codebook().setPhrases(CodebookPhrases.NONE.withTheme("voice", List.of("not heard")));
            });
            CaseSnapshot after = database.read(Repositories::snapshot);
            assertThat(after.itemThemes()).contains(new ItemTag(1, "voice", TagState.SUGGESTED, Optional.of(why)));
            assertThat(after.commitments()).filteredOn(c -> c.status() == CommitmentStatus.SUGGESTED).singleElement()
                    .extracting(Commitment::evidence).isEqualTo(Optional.of(why));
            CodebookPhrases phrases = database.read(r -> r.codebook().phrases());
            assertThat(phrases.ofTheme("voice")).containsExactly("not heard");
        }
    }

    @Test
    void aStatusNoCasebookKnowsIsRefusedByTheSchema() throws Exception {
        Path root = schemaOneCase();
        store.open(root).close();
        try (Connection connection = DriverManager.getConnection(new CaseFolder(root).jdbcUrl(true), "", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO commitment (letter_id, source, text, status) "
                    + "VALUES (1, 'intro', 'We will', 'rejected')");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO commitment (letter_id, source, text, status) VALUES (1, 'intro', 'x', 'maybe')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("COMMITMENT_STATUS_KNOWN");
        }
    }

    /** A case as the first Casebook left it: schema 1 only, one letter, one tagged item and one commitment. */
    private Path schemaOneCase() throws Exception {
        CaseFolder folder = CaseFolder.forNewCase(temp.resolve("old"));
        Files.createDirectories(folder.originals());
        Files.createDirectories(folder.backups());
        String url = folder.jdbcUrl(false);
        Flyway.configure().dataSource(url, "", "").locations(Migrations.LOCATION).target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "INSERT INTO theme (id, name, description, colour, sort_order) VALUES ('pay', 'Pay', '', '#000000', 0)",
                    "INSERT INTO theme (id, name, description, colour, sort_order) VALUES ('voice', 'Voice', '', '#000000', 1)",
                    "INSERT INTO letter (id, title, intro, closing, full_text) VALUES (1, 'Reply', 'Dear', 'Yours', 'Dear')",
                    "INSERT INTO item (id, letter_id, label, path, sort_order, concern) VALUES (1, 1, '1', '1', 0, 'Pay')",
                    "INSERT INTO item_theme (item_id, theme_id, state) VALUES (1, 'pay', 'confirmed')",
                    "INSERT INTO commitment (letter_id, source, item_id, text, status) VALUES (1, 'item', 1, 'Review', 'open')")) {
                statement.executeUpdate(sql);
            }
        }
        return folder.root();
    }
}
