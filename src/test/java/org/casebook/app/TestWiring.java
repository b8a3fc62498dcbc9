package org.casebook.app;

import java.time.Clock;
import org.casebook.service.FoiServices;
import org.casebook.service.LetterImportService;
import org.casebook.service.PackService;
import org.casebook.service.PackSettingsService;

/** Lets tests outside {@code app} wire services exactly as {@link Services} does. */
public final class TestWiring {

    private TestWiring() {
    }

    public static FoiServices foiServices(LetterImportService imports, Clock clock) {
        return Services.foiServices(imports, clock);
    }

    public static PackService packService(PackSettingsService settings, FoiServices foi, Clock clock) {
        return Services.packService(settings, foi, clock);
    }
}
