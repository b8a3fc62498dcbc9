package org.casebook.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookPhrases;
import org.casebook.storage.CaseFileException.Problem;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and opens cases. Opening takes a backup before anything can change (when the case changed since its newest
 * backup), then brings the schema up to date.
 * One instance serves the whole program and knows which cases it has open, so a case is never opened twice.
 */
public final class CaseStore {

    private static final Logger LOG = LoggerFactory.getLogger(CaseStore.class);

    private final Migrations migrations;
    private final Backups backups;
    private final Durability durability;
    private final Set<Path> open = ConcurrentHashMap.newKeySet();

    public CaseStore(Backups backups) {
        this(new Migrations(), backups, Durability.APP);
    }

    /** A store whose commits go only as far as {@code durability} says; for measuring and crash tests (ADR 13). */
    public CaseStore(Backups backups, Durability durability) {
        this(new Migrations(), backups, durability);
    }

    CaseStore(Migrations migrations, Backups backups) {
        this(migrations, backups, Durability.APP);
    }

    private CaseStore(Migrations migrations, Backups backups, Durability durability) {
        this.migrations = migrations;
        this.backups = backups;
        this.durability = durability;
    }

    /** Creates a new case with the given codebook; {@code .casebook} is added to the folder name when missing. */
    public CaseDatabase create(Path path, Codebook codebook) {
        return create(path, codebook, CodebookPhrases.NONE);
    }

    /** Creates a new case with the given codebook and the phrases its suggestions start from. */
    public CaseDatabase create(Path path, Codebook codebook, CodebookPhrases phrases) {
        CaseFolder folder = CaseFolder.forNewCase(path);
        if (Files.exists(folder.root()) && !isEmptyDirectory(folder.root())) {
            throw new CaseFileException(Problem.ALREADY_EXISTS, folder.root(),
                    "Cannot create a case at " + folder.root() + ": something is already there.");
        }
        try {
            Files.createDirectories(folder.originals());
            Files.createDirectories(folder.backups());
        } catch (IOException e) {
            throw new CaseFileException(Problem.IO, folder.root(),
                    "Cannot create a case at " + folder.root() + ": " + e.getMessage(), e);
        }
        CaseDatabase database = connect(folder, false);
        try {
            migrations.migrate(folder.jdbcUrl(true, durability), folder.root());
            database.update(repositories -> repositories.codebook().seed(codebook, phrases));
            LOG.info("Created case {}", folder.root());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens an existing case, taking a backup first. */
    public CaseDatabase open(Path path) {
        return open(path, true);
    }

    /**
     * Opens a case to read it (an export, say). No backup is taken unless the schema must be brought up to date,
     * which is the only change such an opening makes.
     */
    public CaseDatabase openForReading(Path path) {
        return open(path, false);
    }

    private CaseDatabase open(Path path, boolean forChanges) {
        CaseFolder folder = new CaseFolder(path);
        if (!Files.isDirectory(folder.root())) {
            throw new CaseFileException(Problem.NOT_A_CASE, folder.root(), "There is no case at " + folder.root() + ".");
        }
        if (!folder.looksLikeCase()) {
            throw new CaseFileException(Problem.NOT_A_CASE, folder.root(),
                    "The folder " + folder.root() + " is not a Casebook case (it has no " + CaseFolder.DATABASE_FILE + ").");
        }
        FileCompaction.waitForNone(folder);
        CaseDatabase database = connect(folder, true);
        try {
            boolean current = migrations.isCurrent(database.connection());
            boolean migrating = !current && migrations.pending(folder.jdbcUrl(true, durability), folder.root());
            if (migrating || forChanges && backups.needed(folder)) {
                backups.take(database);
            }
            if (forChanges) {
                removeUnfinishedImports(folder);
            }
            if (!current) {
                if (migrating) {
                    // The migrated schema is not in the backup just taken: the next opening backs it up.
                    ChangeMark.set(folder);
                }
                migrations.migrate(folder.jdbcUrl(true, durability), folder.root());
            }
            LOG.info("Opened case {}", folder.root());
            return database;
        } catch (org.flywaydb.core.api.FlywayException e) {
            database.close();
            throw new CaseFileException(Problem.DAMAGED, folder.root(),
                    "The case " + folder.root() + " could not be brought up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Checks a case without changing it: the database is opened read-only, no backup is taken and nothing is
     * migrated. Refuses folders that are not cases and cases open elsewhere, as opening does.
     */
    public CaseCheck.Report check(Path path) {
        CaseFolder folder = new CaseFolder(path);
        if (!Files.isDirectory(folder.root()) || !folder.looksLikeCase()) {
            throw new CaseFileException(Problem.NOT_A_CASE, folder.root(), "There is no case at " + folder.root() + ".");
        }
        if (!open.add(folder.root())) {
            throw new CaseFileException(Problem.IN_USE, folder.root(),
                    "The case " + folder.root() + " is open in this window; close it to check it.");
        }
        try {
            return new CaseCheck(migrations, backups).check(folder, () -> {
                try {
                    return DriverManager.getConnection(folder.readOnlyUrl(), "", "");
                } catch (SQLException e) {
                    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                        throw translate(folder, e);
                    }
                    throw e;
                }
            });
        } finally {
            open.remove(folder.root());
        }
    }

    /**
     * An import copies its original aside before the transaction that stores the letter; a crash in between leaves
     * that copy, which no letter names. Nothing else writes these names, and the case is open here alone.
     */
    private static void removeUnfinishedImports(CaseFolder folder) {
        if (!Files.isDirectory(folder.originals())) {
            return;
        }
        try (var files = Files.list(folder.originals())) {
            for (Path file : files.filter(CaseFolder::isUnfinishedImport).toList()) {
                Files.deleteIfExists(file);
                LOG.info("Removed {}, left by an import that did not finish", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy {}", folder.originals(), e);
        }
    }

    /** The backups of a case, newest first. */
    public List<Backup> backups(CaseFolder folder) {
        return backups.list(folder);
    }

    /**
     * Replaces a closed case's database with a backup. The current database is first backed up itself,
     * so a restore can be undone by restoring again.
     */
    public void restore(CaseFolder folder, Backup backup) {
        if (open.contains(folder.root())) {
            throw new IllegalStateException("Close the case " + folder.root() + " before restoring a backup");
        }
        try (CaseDatabase current = connect(folder, true)) {
            backups.take(current);
        }
        backups.restore(folder, backup);
        LOG.info("Restored case {} from {}", folder.root(), backup.file());
    }

    public boolean isOpen(Path path) {
        return open.contains(new CaseFolder(path).root());
    }

    private CaseDatabase connect(CaseFolder folder, boolean mustExist) {
        if (!open.add(folder.root())) {
            throw new CaseFileException(Problem.IN_USE, folder.root(),
                    "The case " + folder.root() + " is already open in this window.");
        }
        try {
            Connection connection = DriverManager.getConnection(folder.jdbcUrl(mustExist, durability), "", "");
            return new CaseDatabase(folder, connection, () -> open.remove(folder.root()), durability);
        } catch (SQLException e) {
            open.remove(folder.root());
            throw translate(folder, e);
        }
    }

    private static CaseFileException translate(CaseFolder folder, SQLException e) {
        Path root = folder.root();
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new CaseFileException(Problem.IN_USE, root,
                    "The case " + root + " is open in another window or program. Close it there first.", e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> new CaseFileException(
                    Problem.NOT_A_CASE, root, "The folder " + root + " is not a Casebook case.", e);
            // Corrupted files, unknown file versions and anything else H2 cannot read as a case.
            default -> damaged(root, folder, e);
        };
    }

    private static CaseFileException damaged(Path root, CaseFolder folder, SQLException e) {
        return new CaseFileException(Problem.DAMAGED, root,
                "The case database " + folder.databaseFile() + " is damaged or not a Casebook database and was not "
                        + "changed. You can restore a backup from " + folder.backups() + ". (" + firstLine(e) + ")", e);
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static boolean isEmptyDirectory(Path path) {
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
