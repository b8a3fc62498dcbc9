package org.casebook.importing.model;

import java.util.Objects;

/** A document could not be read. The message names the file and says what is wrong, in words a member understands. */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    public ImportException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    public ImportException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    public String fileName() {
        return fileName;
    }
}
