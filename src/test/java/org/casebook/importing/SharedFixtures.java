package org.casebook.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared fixtures. The repo may sit anywhere (a worktree here, /work/main in CI) with shared/ beside it
 * or above it, so look upwards from the working directory for {@code shared/fixtures} or {@code ../shared/fixtures}.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Path dir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path here = dir;
            Optional<Path> found = candidate(here.resolve("shared/fixtures")).or(() -> candidate(here.resolveSibling("shared/fixtures")));
            if (found.isPresent()) {
                return found.get();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/fixtures not found above " + Path.of("").toAbsolutePath());
    }

    public static Path trustBoardReply(String file) {
        return dir().resolve("trust-board-reply-2021").resolve(file);
    }

    private static Optional<Path> candidate(Path path) {
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }
}
