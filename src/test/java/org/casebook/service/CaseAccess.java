package org.casebook.service;

import java.util.function.Consumer;
import java.util.function.Function;
import org.casebook.storage.CaseDatabase;
import org.casebook.storage.Repositories;

/**
 * For tests only: what a case handle keeps from screens and commands. Tests seed a case and look at what was stored
 * through the repositories, as the services do; production code outside {@code service} has no such door.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static <T> T read(CaseHandle handle, Function<Repositories, T> work) {
        return handle.read(work);
    }

    public static <T> T write(CaseHandle handle, Function<Repositories, T> work) {
        return handle.write(work);
    }

    public static void update(CaseHandle handle, Consumer<Repositories> work) {
        handle.update(work);
    }

    /** The database behind a handle, for tests that check storage itself. */
    public static CaseDatabase database(CaseHandle handle) {
        return handle.database();
    }
}
