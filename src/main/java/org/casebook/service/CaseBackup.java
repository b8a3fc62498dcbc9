package org.casebook.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One backup of a case's database, taken when the case was opened: what the member chooses from to restore. */
public record CaseBackup(Path file, Instant taken, long sizeBytes) {
    public CaseBackup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(taken, "taken");
    }
}
