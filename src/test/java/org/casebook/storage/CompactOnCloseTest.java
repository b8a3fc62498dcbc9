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
}
