package org.casebook.storage;

import java.nio.file.Path;
import java.util.Objects;

/** A case could not be created, opened or changed; the message names the path and says what is wrong. */
public class CaseFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so that callers can react (e.g. offer to restore a backup) without parsing messages. */
    public enum Problem {
        NOT_A_CASE,
        ALREADY_EXISTS,
        IN_USE,
        TOO_NEW,
        DAMAGED,
        IO
    }

    private final Problem problem;
    private final transient Path path;

    public CaseFileException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.path = Objects.requireNonNull(path, "path");
    }

    public CaseFileException(Problem problem, Path path, String message) {
        this(problem, path, message, null);
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
