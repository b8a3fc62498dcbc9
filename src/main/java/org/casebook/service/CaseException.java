package org.casebook.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A case could not be created, opened, read or changed. The message names the case and says what is wrong in words a
 * member can act on; {@link #problem()} lets a screen react (offer a backup, take a gone case off the recent list)
 * without reading the message.
 */
public final class CaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** There is no case there, or the folder is not a Casebook case. */
        NOT_A_CASE,
        /** Something is already where a new case was to be made. */
        ALREADY_EXISTS,
        /** The case is open in another window or program. */
        IN_USE,
        /** The case was written by a newer Casebook. */
        TOO_NEW,
        /** The case's files cannot be read as a case. */
        DAMAGED,
        /** Reading or writing the disk failed. */
        IO
    }

    private final Problem problem;
    private final transient Path path;

    public CaseException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.path = Objects.requireNonNull(path, "path");
    }

    public Problem problem() {
        return problem;
    }

    /** The case's folder. */
    public Path path() {
        return path;
    }
}
