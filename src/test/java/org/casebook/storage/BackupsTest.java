package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.casebook.domain.Body;
import org.casebook.domain.DefaultCodebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path temp;

    /** A clock that moves on a minute each time it is read, so every backup gets its own time. */
    private final Clock ticking = new Clock() {
        private Instant now = Instant.parse("2026-11-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }
    };

    private final Backups backups = new Backups(ticking);
    private final CaseStore store = new CaseStore(backups);

    @Test
    void openingTakesABackupBeforeAnyChange() {
        Path root = createCase();
        try (CaseDatabase database = store.open(root)) {
            List<Backup> taken = store.backups(database.folder());
            assertThat(taken).hasSize(1);
            assertThat(taken.get(0).file()).hasParent(root.resolve("backups"));
            assertThat(taken.get(0).sizeBytes()).isPositive();
        }
    }

    @Test
    void readingWithoutChangesTakesNoBackup() {
        Path root = createCase();
        store.openForReading(root).close();
        assertThat(store.backups(new CaseFolder(root))).isEmpty();
    }

    @Test
    void openingAnUnchangedCaseAgainCopiesNothingAndAChangeMeansABackupAtTheNextOpening() {
        Path root = createCase();
        store.open(root).close();
        store.open(root).close();
        assertThat(store.backups(new CaseFolder(root))).hasSize(1);
        assertThat(ChangeMark.isSet(new CaseFolder(root))).isFalse();

        try (CaseDatabase database = store.open(root)) {
            database.update(r -> r.bodies().addBody("Westmoor"));
            assertThat(ChangeMark.isSet(database.folder())).as("marked before the change is reported").isTrue();
        }
        store.open(root).close();

        List<Backup> taken = store.backups(new CaseFolder(root));
        assertThat(taken).hasSize(2);
        assertThat(ChangeMark.isSet(new CaseFolder(root))).isFalse();
        try (CaseDatabase newest = new CaseStore(backups).openForReading(root)) {
            List<Body> bodies = newest.read(r -> r.bodies().bodies());
            assertThat(bodies).extracting(Body::name).contains("Westmoor");
        }
    }

    @Test
    void aCaseMarkedAsChangedByASessionThatNeverClosedIsBackedUpAtTheNextOpening() throws Exception {
        Path root = createCase();
        store.open(root).close();
        // As a crash leaves it: the mark on the disk, whether or not the change was committed.
        ChangeMark.set(new CaseFolder(root));

        store.open(root).close();

        assertThat(store.backups(new CaseFolder(root))).hasSize(2);
    }

    @Test
    void aRestoredCaseIsBackedUpAtItsNextOpening() {
        Path root = createCase();
        store.open(root).close();
        Backup only = store.backups(new CaseFolder(root)).get(0);
        store.restore(new CaseFolder(root), only);
        int afterRestore = store.backups(new CaseFolder(root)).size();

        store.open(root).close();

        assertThat(store.backups(new CaseFolder(root))).hasSize(afterRestore + 1);
    }

    @Test
    void keepsOnlyTheNewestTenBackups() {
        Path root = createCase();
        for (int i = 0; i < 13; i++) {
            try (CaseDatabase database = store.open(root)) {
                int n = i;
                database.update(r -> r.bodies().addBody("Trust " + n));
            }
        }
        List<Backup> kept = store.backups(new CaseFolder(root));
        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept).isSortedAccordingTo((a, b) -> b.taken().compareTo(a.taken()));
        assertThat(kept.get(0).taken()).isAfter(kept.get(9).taken());
    }

    @Test
    void restoringABackupBringsBackTheCaseAsItWasAndCanItselfBeUndone() {
        Path root = createCase();
        try (CaseDatabase database = store.open(root)) {
            database.update(r -> r.bodies().addBody("Kept Trust"));
        }
        Backup beforeMistake;
        try (CaseDatabase database = store.open(root)) {
            beforeMistake = store.backups(database.folder()).get(0);
            database.update(r -> r.bodies().addBody("Added by mistake"));
        }

        store.restore(new CaseFolder(root), beforeMistake);

        try (CaseDatabase database = store.openForReading(root)) {
            List<Body> bodies = database.read(r -> r.bodies().bodies());
            assertThat(bodies).extracting(Body::name).containsExactly("Kept Trust");
        }
        Backup undo = store.backups(new CaseFolder(root)).get(0);
        store.restore(new CaseFolder(root), undo);
        try (CaseDatabase database = store.openForReading(root)) {
            List<Body> bodies = database.read(r -> r.bodies().bodies());
            assertThat(bodies).extracting(Body::name).containsExactlyInAnyOrder("Kept Trust", "Added by mistake");
        }
    }

    @Test
    void refusesToRestoreIntoAnOpenCase() {
        Path root = createCase();
        try (CaseDatabase database = store.open(root)) {
            Backup backup = store.backups(database.folder()).get(0);
            assertThatThrownBy(() -> store.restore(database.folder(), backup)).isInstanceOf(IllegalStateException.class);
            assertThat(database.isOpen()).isTrue();
        }
    }

    private Path createCase() {
        try (CaseDatabase database = store.create(temp.resolve("case"), DefaultCodebook.lxp())) {
            return database.folder().root();
        }
    }
}
