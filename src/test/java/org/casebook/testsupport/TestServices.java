package org.casebook.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.casebook.app.Services;
import org.casebook.service.AppDirectories;

/**
 * The app's own wired {@link Services} for a test, over an app folder the test owns (a {@code @TempDir} or a folder
 * under {@code target/test-home}): with the system clock, or with a fixed one where the test depends on the date.
 */
public final class TestServices {

    private TestServices() {
    }

    /** Services whose app folder (settings, logs, samples) is {@code home}, on the system clock in UTC. */
    public static Services in(Path home) {
        return in(home, Clock.systemUTC());
    }

    /** Services whose app folder is {@code home}, on {@code clock}: {@code Clock.fixed(…)} for a test about dates. */
    public static Services in(Path home, Clock clock) {
        return new Services(new AppDirectories(home), clock);
    }

    /**
     * The sample case as it was before it held a second letter and an FOI campaign: the Trust's first reply,
     * annotated. Tests of the items screen and of threads work on that one letter (and add their own second one).
     */
    public static org.casebook.service.SampleCaseService firstLetterSample(Services services) {
        return new org.casebook.service.SampleCaseService(services.caseService(),
                new org.casebook.service.LetterImportService(org.casebook.importing.reading.DocumentReaders.standard(),
                        new org.casebook.importing.split.LetterSplitter(), new org.casebook.importing.split.MetadataFinder()),
                services.annotationService());
    }
}
