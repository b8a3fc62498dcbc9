package org.casebook.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One zip backup of a case database, taken when the case was opened. */
public record Backup(Path file, Instant taken, long sizeBytes) {
    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(taken, "taken");
    }
}
