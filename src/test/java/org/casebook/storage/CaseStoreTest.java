package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.Codebook;
import org.casebook.domain.Theme;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.Letter;
import org.casebook.storage.CaseFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)));

    @Test
    void createsCaseFolderWithDatabaseOriginalsAndBackups() {
        try (CaseDatabase database = store.create(temp.resolve("Board replies"), DefaultCodebook.lxp())) {
            Path root = database.folder().root();
            assertThat(root.getFileName()).hasToString("Board replies.casebook");
            assertThat(root.resolve("case.mv.db")).isRegularFile();
            assertThat(root.resolve("originals")).isDirectory();
            assertThat(root.resolve("backups")).isDirectory();
        }
    }

    @Test
    void newCaseStartsWithTheDefaultCodebook() {
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            Codebook codebook = database.read(r -> r.codebook().load());
            assertThat(codebook).isEqualTo(DefaultCodebook.lxp());
        }
    }

    @Test
    void reopenedCaseHoldsWhatWasWritten() {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            root = database.folder().root();
            database.update(r -> {
                Body body = r.bodies().addBody("Fictional Valley NHS Trust");
                r.letters().add(letter(body));
            });
        }
        try (CaseDatabase reopened = store.open(root)) {
            List<Letter> letters = reopened.read(r -> r.letters().all());
            assertThat(letters).singleElement()
                    .satisfies(l -> assertThat(l.title()).isEqualTo("Reply to the group"));
            List<Body> bodies = reopened.read(r -> r.bodies().bodies());
            assertThat(bodies).extracting(Body::name)
                    .containsExactly("Fictional Valley NHS Trust");
        }
    }

    @Test
    void failedActionStoresNothing() {
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            assertThatThrownBy(() -> database.update(r -> {
                r.bodies().addBody("Half-stored Trust");
                throw new IllegalStateException("the import failed part-way");
            })).hasMessageContaining("part-way");
            List<Body> bodies = database.read(r -> r.bodies().bodies());
            assertThat(bodies).isEmpty();
        }
    }

    @Test
    void refusesToCreateOverSomethingThatExists() throws IOException {
        Files.createDirectories(temp.resolve("taken.casebook"));
        Files.writeString(temp.resolve("taken.casebook/notes.txt"), "mine");
        assertThatThrownBy(() -> store.create(temp.resolve("taken"), DefaultCodebook.lxp()))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS))
                .hasMessageContaining(temp.resolve("taken.casebook").toString());
        assertThat(temp.resolve("taken.casebook/notes.txt")).hasContent("mine");
    }

    @Test
    void folderThatIsNotACaseIsRefusedByName() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("holiday photos"));
        assertThatThrownBy(() -> store.open(folder))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_CASE))
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("not a Casebook case");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void missingFolderIsRefusedByName() {
        Path missing = temp.resolve("gone.casebook");
        assertThatThrownBy(() -> store.open(missing))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_CASE))
                .hasMessageContaining(missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void caseOpenInThisProgramCannotBeOpenedTwice() {
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            assertThatThrownBy(() -> store.open(database.folder().root()))
                    .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.IN_USE));
            List<Theme> themes = database.read(r -> r.codebook().themes());
            assertThat(themes).hasSize(9);
        }
    }

    @Test
    void damagedDatabaseFileIsRefusedWithItsPathAndLeftAsItWas() throws IOException {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        Path file = root.resolve("case.mv.db");
        byte[] junk = "this is not an H2 database, just words where pages should be\n".repeat(200).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> store.open(root))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED))
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void caseWrittenByNewerSchemaIsRefusedAndNotAltered() throws IOException {
        CaseStore newer = new CaseStore(new Migrations(Migrations.LOCATION, "classpath:db/future"), new Backups(Clock.systemUTC()));
        Path root;
        try (CaseDatabase database = newer.create(temp.resolve("c"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        assertThatThrownBy(() -> store.open(root))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_NEW))
                .hasMessageContaining("newer version of Casebook")
                .hasMessageContaining("999")
                .hasMessageContaining(root.toString());
        try (CaseDatabase again = newer.open(root)) {
            long versions = again.read(r -> (long) r.codebook().themes().size());
            assertThat(versions).isEqualTo(9);
        }
        assertThat(store.isOpen(root)).isFalse();
    }

    private static Letter letter(Body body) {
        return new Letter(0, "Reply to the group", Optional.empty(), "Chief Executive", "The group",
                Optional.of(body.id()), Optional.empty(), Optional.empty(), "Dear all", "Yours sincerely", "Dear all", Optional.empty());
    }
}
