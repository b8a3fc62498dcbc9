package org.casebook.importing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/**
 * Finds the fixtures in {@code src/test/resources/fixtures} (see its README.md) through the test classpath, so a
 * test reads nothing outside the repository whatever the working directory.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixtures folder as the tests see it (a copy of src/test/resources/fixtures in target/test-classes). */
    public static Path dir() {
        return resource("README.md").getParent();
    }

    public static Path trustBoardReply(String file) {
        return resource("trust-board-reply-2021/" + file);
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalStateException("fixtures/" + name + " is not on the test classpath (src/test/resources/fixtures)");
        }
        try {
            // Tests copy and open fixtures as files, so they must be plain files (target/test-classes), not jar entries.
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IllegalStateException("fixtures/" + name + " is not a file on the test classpath: " + url, e);
        }
    }
}
