package org.casebook.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open case: one H2 connection held for as long as the case is open, so the database file stays locked
 * against other programs. Each {@link #write} is one transaction: all of it is stored, or none of it.
 */
public final class CaseDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseDatabase.class);

    private final CaseFolder folder;
    private final Connection connection;
    private final Runnable onClose;
    private final boolean syncEachWrite;
    private boolean closed;
    /** True once this session has marked the case as changed since its newest backup (see {@link ChangeMark}). */
    private boolean marked;
    /** True once this session has changed the case: closing then compacts the file if it is mostly stale pages. */
    private boolean wrote;

    /**
     * Below this share of live data in the file's chunks, closing compacts it. With every change forced to the disk
     * (ADR 13) H2's background writer never runs to reclaim old chunks, so a case's file grew to five times its data.
     */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;

    CaseDatabase(CaseFolder folder, Connection connection, Runnable onClose) throws SQLException {
        this(folder, connection, onClose, Durability.APP);
    }

    CaseDatabase(CaseFolder folder, Connection connection, Runnable onClose, Durability durability)
            throws SQLException {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.syncEachWrite = durability == Durability.SYNCED;
        connection.setAutoCommit(false);
    }

    public CaseFolder folder() {
        return folder;
    }

    /** Reads in a transaction of its own, so that everything read belongs to one state of the case. */
    public synchronized <T> T read(Function<Repositories, T> work) {
        return inTransaction(work, false);
    }

    /**
     * Runs one user action as one transaction: committed when {@code work} returns, rolled back when it throws. When
     * this returns, the change is on the disk (ADR 13): neither a crash of the program nor a power cut loses it.
     */
    public synchronized <T> T write(Function<Repositories, T> work) {
        ensureOpen();
        markChanged();
        wrote = true;
        return inTransaction(work, syncEachWrite);
    }

    /** Before the first change of a session: the mark that the next opening must take a backup. */
    private void markChanged() {
        if (marked) {
            return;
        }
        ChangeMark.set(folder);
        marked = true;
    }

    /** A backup now holds everything stored: the next change marks the case again. */
    synchronized void backedUp() {
        marked = false;
    }

    /** {@link #write} for work that returns nothing. */
    public void update(Consumer<Repositories> work) {
        write(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    private <T> T inTransaction(Function<Repositories, T> work, boolean sync) {
        ensureOpen();
        try {
            T result = work.apply(new Repositories(connection));
            connection.commit();
            if (sync) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } catch (SQLException e) {
            rollback(e);
            throw new StorageException("Could not save to " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The case " + folder.root() + " is closed");
        }
    }

    public synchronized boolean isOpen() {
        return !closed;
    }

    /** The share of the file's chunks that hold live data, in percent; 100 when H2 does not say. */
    private int chunksFillPercent() {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return row.next() ? Integer.parseInt(row.getString(1).trim()) : 100;
        } catch (SQLException | NumberFormatException e) {
            return 100;
        }
    }

    /** Package-private door for backups, which H2 takes through SQL on the open connection. */
    Connection connection() {
        ensureOpen();
        return connection;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Claimed before the connection, and H2's lock on the file with it, goes: no other program opens the file
        // that the compaction is about to replace.
        boolean compacting = wrote && chunksFillPercent() < COMPACT_BELOW_FILL_PERCENT && FileCompaction.claim(folder);
        try {
            connection.close();
            if (compacting) {
                FileCompaction.compact(folder);
            }
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", folder.root(), e);
        } finally {
            if (compacting) {
                FileCompaction.release(folder);
            }
            onClose.run();
        }
    }
}
