package org.casebook.exchange;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not what it claims to be, or not one Casebook can read: the message names the file and the
 * problem in words a member can act on. It is an {@link IOException}, as the package's readers have always thrown,
 * so callers that catch those catch this too; the type lets a service tell "wrong file" from "disk trouble".
 */
public class ExchangeFormatException extends IOException {

    public ExchangeFormatException(Path file, String problem) {
        super(name(file) + " " + problem);
    }

    public ExchangeFormatException(Path file, String problem, Throwable cause) {
        super(name(file) + " " + problem, cause);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
