package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.casebook.domain.Body;
import org.casebook.domain.DefaultCodebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case's file does not keep growing with stale pages: closing after many changes compacts it, and loses nothing. */
class CompactOnCloseTest {

    @TempDir
    Path temp;

    private final CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));

    @Test
    void manySmallChangesLeaveAFileNoLargerThanItsDataAfterClosing() throws Exception {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("case"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        Path file = new CaseFolder(root).databaseFile();
        long grown;
        try (CaseDatabase database = store.open(root)) {
            // Each change is its own transaction, forced to the disk: each leaves a chunk of stale pages behind.
            for (int i = 0; i < 400; i++) {
                int n = i;
                database.update(r -> r.bodies().addBody("Trust number " + n + " " + "x".repeat(200)));
            }
            grown = Files.size(file);
        }

        long after = Files.size(file);
        assertThat(after).isLessThan(grown / 2);
        try (CaseDatabase reopened = store.openForReading(root)) {
            List<Body> bodies = reopened.read(r -> r.bodies().bodies());
            assertThat(bodies).hasSize(400);
        }
    }

    @Test
    void aCaseBeingCompactedIsNotOpenedAndWhatACrashLeftIsClearedAway() throws Exception {
        Path root;
        try (CaseDatabase database = store.create(temp.resolve("claimed"), DefaultCodebook.lxp())) {
            root = database.folder().root();
        }
        CaseFolder folder = new CaseFolder(root);
        assertThat(FileCompaction.claim(folder)).isTrue();
        assertThat(FileCompaction.claim(folder)).as("one claim at a time").isFalse();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.open(root))
                .isInstanceOf(CaseFileException.class).hasMessageContaining("open it again in a moment");

        // As a program killed mid-way leaves it: a claim by a process that has gone, and a half-written copy beside a
        // whole file.
        Path claim = root.resolve(FileCompaction.CLAIM_NAME);
        Process gone = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        String owner = Files.readString(claim);
        Files.writeString(claim, gone.pid() + owner.substring(owner.indexOf('@')));
        Path copy = folder.databaseFile().resolveSibling(FileCompaction.COPY_NAME + ".mv.db");
        Files.write(copy, new byte[] {1, 2, 3});

        try (CaseDatabase reopened = store.open(root)) {
            List<org.casebook.domain.Theme> themes = reopened.read(r -> r.codebook().load().themes());
            assertThat(themes).isNotEmpty();
        }
        assertThat(claim).doesNotExist();
        assertThat(copy).doesNotExist();
    }
}
