package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case written before attachments (schema 4) opens with its letters attached to nothing, and can gain some. */
class SchemaFiveMigrationTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));

    @Test
    void caseOfSchemaFourKeepsItsLettersAttachedToNothing() throws Exception {
        try (CaseDatabase database = store.open(schemaFourCase())) {
            List<Letter> letters = database.read(r -> r.letters().all());
            assertThat(letters).singleElement().satisfies(l -> {
                assertThat(l.intro()).isEqualTo("Dear Tamar");
                assertThat(l.attachedTo()).isEmpty();
            });
            List<Letter> attached = database.read(r -> r.letters().attachmentsOf(letters.get(0).id()));
            assertThat(attached).isEmpty();
        }
    }

    @Test
    void aLetterNamesTheEmailItCameWithAndGoesWhenTheEmailIsDeleted() throws Exception {
        try (CaseDatabase database = store.open(schemaFourCase())) {
            long email = database.read(r -> r.letters().all()).get(0).id();
            Letter attached = database.write(r -> {
                Letter letter = r.letters().add(letter("The reply", Optional.of(email)));
                r.items().add(new Item(0, letter.id(), Optional.empty(), "1", "1", 0, "Why?", Optional.of("Because."),
                        Optional.empty(), Optional.empty(), Stance.UNDECIDED, ""));
                return letter;
            });
            database.update(r -> r.letters().add(letter("Another letter", Optional.empty())));

            Optional<Letter> read = database.read(r -> r.letters().byId(attached.id()));
            assertThat(read).hasValueSatisfying(l -> assertThat(l.attachedTo()).contains(email));
            List<Letter> attachments = database.read(r -> r.letters().attachmentsOf(email));
            assertThat(attachments).extracting(Letter::title).containsExactly("The reply");

            database.update(r -> r.letters().delete(email));

            List<Letter> left = database.read(r -> r.letters().all());
            assertThat(left).extracting(Letter::title).containsExactly("Another letter");
            long items = database.read(r -> r.items().count());
            assertThat(items).isZero();
        }
    }

    private static Letter letter(String title, Optional<Long> attachedTo) {
        return new Letter(0, title, Optional.empty(), "", "", Optional.empty(), Optional.empty(), Optional.empty(),
                "", "", "", attachedTo);
    }

    /** A case as Casebook left it before attachments: schema 4, one letter. */
    private Path schemaFourCase() throws Exception {
        CaseFolder folder = CaseFolder.forNewCase(temp.resolve("old"));
        Files.createDirectories(folder.originals());
        Files.createDirectories(folder.backups());
        String url = folder.jdbcUrl(false);
        Flyway.configure().dataSource(url, "", "").locations(Migrations.LOCATION).target("4").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO letter (title, intro, closing, full_text) "
                    + "VALUES ('Reply', 'Dear Tamar', 'All the best', 'Dear Tamar')");
        }
        return folder.root();
    }
}
