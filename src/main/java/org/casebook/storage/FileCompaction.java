package org.casebook.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a closed case's database with only its live pages, crash-safely: H2 copies every map into a new file beside
 * the old one, the copy is opened and read to prove it whole, forced to the disk, and only then moved over the old
 * file in one step. A crash at any moment leaves the old file, or the new one, never half of either. (H2's own
 * {@code SHUTDOWN COMPACT}, which rewrites in place, left a case that no longer opened in the crash test.)
 */
final class FileCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);
    static final String COPY_NAME = CaseFolder.DATABASE_NAME + "-compacting";
    /** Present while a compaction runs: another program must not open the file that is about to be replaced. */
    static final String CLAIM_NAME = ".compacting";
    /**
     * A claim from another computer older than this was left by a program that stopped mid-way (one from this
     * computer is stale as soon as its program has gone); the case's file is whole either way.
     */
    static final java.time.Duration STALE_CLAIM = java.time.Duration.ofMinutes(10);

    private FileCompaction() {
    }

    /**
     * Claims the case for a compaction, before its connection closes and H2's own lock with it: true when claimed.
     * Only one claim can be made at a time.
     */
    static boolean claim(CaseFolder folder) {
        try {
            Path claim = Files.createFile(folder.root().resolve(CLAIM_NAME));
            // Who claims it, so that a claim left by a program that was killed is known for what it is.
            Files.writeString(claim, ProcessHandle.current().pid() + "@" + host());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** Whether the claim's program is still at work: on this computer, whether it runs; elsewhere, by its age. */
    private static boolean alive(Path claim) throws IOException {
        String owner = Files.readString(claim).strip();
        int at = owner.indexOf('@');
        if (at > 0 && owner.substring(at + 1).equals(host())) {
            try {
                long pid = Long.parseLong(owner.substring(0, at));
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Files.getLastModifiedTime(claim).toInstant().isAfter(java.time.Instant.now().minus(STALE_CLAIM));
    }

    static void release(CaseFolder folder) {
        try {
            Files.deleteIfExists(folder.root().resolve(CLAIM_NAME));
        } catch (IOException e) {
            LOG.warn("Could not remove {}", folder.root().resolve(CLAIM_NAME), e);
        }
    }

    /**
     * Before a case is opened: refuses while another program compacts it, and clears what a compaction cut short by a
     * crash left behind (a stale claim and a half-written copy; the case's own file is whole).
     */
    static void waitForNone(CaseFolder folder) {
        Path claim = folder.root().resolve(CLAIM_NAME);
        try {
            if (Files.exists(claim)) {
                if (alive(claim)) {
                    throw new CaseFileException(CaseFileException.Problem.IO, folder.root(), "Casebook is tidying the "
                            + "case " + folder.root() + " after closing it; open it again in a moment.");
                }
                Files.deleteIfExists(claim);
            }
            Files.deleteIfExists(folder.databaseFile().resolveSibling(COPY_NAME + ".mv.db"));
        } catch (IOException e) {
            throw new CaseFileException(CaseFileException.Problem.IO, folder.root(),
                    "Could not read " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    static void compact(CaseFolder folder) {
        Path database = folder.databaseFile();
        Path copy = database.resolveSibling(COPY_NAME + ".mv.db");
        long start = System.nanoTime();
        try {
            Files.deleteIfExists(copy);
            long before = Files.size(database);
            MVStoreTool.compact(database.toString(), copy.toString(), false);
            proveWhole(copy);
            FileSync.file(copy);
            Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileSync.directory(folder.root());
            LOG.info("Compacted {} from {} to {} bytes in {} ms", folder.root(), before, Files.size(database),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            // Nothing is lost: the case's file is as it was, only larger than it need be.
            LOG.warn("Could not compact {}; it is left as it was", folder.root(), e);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                LOG.debug("Could not remove {}", copy, ignored);
            }
        }
    }

    /** Opens the copy read-only and reads every table's row count: a copy that cannot be read is never swapped in. */
    private static void proveWhole(Path copy) throws SQLException {
        String name = copy.toString().substring(0, copy.toString().length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0", "", "");
             Statement statement = connection.createStatement();
             java.sql.ResultSet tables = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            try (Statement count = connection.createStatement()) {
                for (String table : names) {
                    count.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"").close();
                }
            }
        }
    }
}
