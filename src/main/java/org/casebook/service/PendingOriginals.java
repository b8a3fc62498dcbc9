package org.casebook.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.casebook.importing.model.ImportException;
import org.casebook.storage.CaseFolder;
import org.casebook.storage.FileSync;

/**
 * The originals of one import on their way into the case's {@code originals/} (ADR 13): each is first copied aside
 * under a temporary name and synced, then moved to its place just before the transaction that stores its letter
 * commits. If that transaction fails, the originals already moved in are removed again; the copies aside are always
 * removed on {@link #close}. One import with attachments stores several originals, all or none.
 */
final class PendingOriginals implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PendingOriginals.class);

    private record Pending(Path temp, Path target, String name) {
    }

    private final CaseHandle handle;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Path> placed = new ArrayList<>();

    PendingOriginals(CaseHandle handle) {
        this.handle = handle;
    }

    /** Copies the file {@code name} aside, to be kept as the original with these bytes. */
    void copy(Path file, String sha256, String name) {
        stage(sha256, name, temp -> Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Writes {@code content} aside (an attachment's bytes, say), to be kept as the original {@code name}. */
    void write(byte[] content, String sha256, String name) {
        stage(sha256, name, temp -> Files.write(temp, content));
    }

    /**
     * Moves every original to its place and syncs the folder. Called last inside the transaction: the letters' rows
     * are committed right after, so their originals must be on the disk first — a crash then never leaves a letter
     * whose original is missing (an original without its letter is harmless).
     */
    void moveInPlace() {
        if (pending.isEmpty()) {
            return;
        }
        for (Pending p : pending) {
            try {
                Files.move(p.temp(), p.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new ImportException(p.name(), "could not be stored in the case's originals folder: "
                        + e.getMessage(), e);
            }
            placed.add(p.target());
        }
        try {
            FileSync.directory(handle.folder().originals());
        } catch (IOException e) {
            throw new ImportException(pending.get(0).name(), "could not be stored in the case's originals folder: "
                    + e.getMessage(), e);
        }
    }

    /** The transaction was rolled back: originals moved in just before the commit failed must go too. */
    void removePlaced() {
        placed.forEach(PendingOriginals::deleteQuietly);
        placed.clear();
    }

    /** Removes what is still aside; what was moved in stays with its letters. */
    @Override
    public void close() {
        pending.forEach(p -> deleteQuietly(p.temp()));
    }

    @FunctionalInterface
    private interface Filling {
        void fill(Path temp) throws IOException;
    }

    private void stage(String sha256, String name, Filling filling) {
        try {
            Files.createDirectories(handle.folder().originals());
            Path temp = Files.createTempFile(handle.folder().originals(), CaseFolder.IMPORTING_PREFIX, ".part");
            pending.add(new Pending(temp, LetterImportService.originalPath(handle, sha256, name), name));
            filling.fill(temp);
            FileSync.file(temp);
        } catch (IOException e) {
            throw new ImportException(name, "could not be copied into the case's originals folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
