package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.casebook.storage.FileSync;

/**
 * Writes a file the member asked for so that it appears whole or not at all: the content goes to a temporary file
 * beside it, which then replaces the target in one move. A failure part-way leaves the old file, if any, untouched.
 */
final class WholeFile {

    /** Writes the content to an open stream; may fail with an I/O error. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    static void write(Path file, String tempPrefix, String tempSuffix, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), tempPrefix, tempSuffix);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            // On the disk before it is reported written, so a crash right after never leaves an empty file.
            FileSync.file(temp);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileSync.directory(absolute.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
