package org.casebook.ui.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.casebook.service.AppDirectories;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the sample case once per test class (it takes seconds) and opens a fresh copy of it for each test, closed and
 * removed afterwards. Register it as a static field with {@code @RegisterExtension}.
 */
final class SampleCaseExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private Path folder;
    private Path sample;
    private SampleWorkspace current;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        folder = Files.createTempDirectory(base, "sample");
        sample = SampleWorkspace.makeSample(folder.resolve("made"));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        current = new SampleWorkspace(sample, Files.createTempDirectory(folder, "copy"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        current.close();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The copy opened for the running test. */
    SampleWorkspace workspace() {
        return current;
    }
}
