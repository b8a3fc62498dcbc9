package org.casebook.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Puts a file, or a folder's list of names, on the disk itself rather than in the operating system's cache, so that
 * what the case records next can rely on it after a crash or a power cut.
 */
public final class FileSync {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");

    private FileSync() {
    }

    /** Forces the file's content (and size) to the disk. */
    public static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries to the disk, so that a file just moved or created in it is found there after a crash.
     * Windows cannot open a folder this way and makes a completed move durable by itself; there this does nothing.
     */
    public static void directory(Path directory) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
