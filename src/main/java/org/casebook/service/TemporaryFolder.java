package org.casebook.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder among the system's temporary files for one piece of work (a sample letter unpacked, a document taken out
 * of a zip), removed after it whatever happened. A copy that cannot be removed is only logged: the work is done.
 */
final class TemporaryFolder {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryFolder.class);

    /** Work on files in the folder. */
    @FunctionalInterface
    interface Work<T> {
        T in(Path folder) throws IOException;
    }

    private TemporaryFolder() {
    }

    /** Runs the work in a new temporary folder; an I/O failure leaves as an {@link UncheckedIOException}. */
    static <T> T use(String prefix, Work<T> work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(prefix);
            return work.in(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } finally {
            if (folder != null) {
                try {
                    deleteTree(folder);
                } catch (UncheckedIOException e) {
                    LOG.warn("Could not remove the temporary folder {}", folder, e);
                }
            }
        }
    }

    /** Copies a resource shipped with the program into the folder, under the resource's own file name. */
    static Path unpack(Class<?> owner, String resource, Path folder) {
        Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource),
                resource + " is missing from the program")) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + resource + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Deletes a folder and all it holds, deepest first; nothing there is nothing to do. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
