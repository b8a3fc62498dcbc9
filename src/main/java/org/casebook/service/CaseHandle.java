package org.casebook.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebook.storage.CaseDatabase;
import org.casebook.storage.CaseFolder;
import org.casebook.storage.Repositories;
import org.casebook.storage.StorageException;

/**
 * A case a member has open, as the screens and commands hold it: a name, a place and a way to close it. Only
 * services reach the database behind it, each change as one transaction; screens and commands pass the handle back
 * to a service and never see a connection. One handle per opening: two openings of the same case are two handles.
 */
public final class CaseHandle implements AutoCloseable {

    private final CaseDatabase database;
    private final CaseSearch search;

    CaseHandle(CaseDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.search = new CaseSearch(this);
    }

    /** The case's name as the member sees it: its folder's name without {@code .casebook}. */
    public String name() {
        return database.folder().displayName();
    }

    /** The case's folder. */
    public Path root() {
        return database.folder().root();
    }

    public boolean isOpen() {
        return database.isOpen();
    }

    /** Closes the case and lets go of its lock; closing twice does nothing. */
    @Override
    public void close() {
        if (database.isOpen()) {
            search.close();
        }
        database.close();
    }

    CaseFolder folder() {
        return database.folder();
    }

    /** For tests of the service package that look at what was stored. */
    CaseDatabase database() {
        return database;
    }

    /** Reads in one transaction, so that everything read belongs to one state of the case. */
    <T> T read(Function<Repositories, T> work) {
        return saving(() -> database.read(work));
    }

    /**
     * One user action as one transaction: all of it is stored, or none of it. The search index then takes the change
     * in (ADR 23); if it cannot, the change stays stored and the index catches up on the next open.
     */
    <T> T write(Function<Repositories, T> work) {
        T result = saving(() -> database.write(work));
        search.changed();
        return result;
    }

    /** The case's search index, kept in step with every write through this handle. */
    CaseSearch search() {
        return search;
    }

    /** {@link #write} for work that returns nothing. */
    void update(Consumer<Repositories> work) {
        write(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    private <T> T saving(Supplier<T> work) {
        try {
            return work.get();
        } catch (StorageException e) {
            throw new CaseException(CaseException.Problem.IO, root(), e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CaseHandle[" + root() + "]";
    }
}
