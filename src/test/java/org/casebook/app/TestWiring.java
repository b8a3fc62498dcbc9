package org.casebook.app;

import java.time.Clock;
import org.casebook.service.FoiServices;
import org.casebook.service.LetterImportService;

/** Lets tests outside {@code app} wire services exactly as {@link Services} does. */
public final class TestWiring {

    private TestWiring() {
    }

    public static FoiServices foiServices(LetterImportService imports, Clock clock) {
        return Services.foiServices(imports, clock);
    }
}
