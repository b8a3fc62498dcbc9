package org.casebook.app;

import java.time.Clock;
import java.util.Objects;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseService;
import org.casebook.service.UserSettings;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;

/**
 * The one place where every service is built and wired. The GUI and the CLI each build one; tests build one over a
 * temporary {@link AppDirectories} and a fixed {@link Clock}. Nothing here touches the disk until a service is used.
 */
public final class Services {

    private final AppDirectories directories;
    private final Clock clock;
    private final CaseService caseService;
    private final UserSettings settings;

    public Services(AppDirectories directories, Clock clock) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.caseService = new CaseService(new CaseStore(new Backups(clock)));
        this.settings = UserSettings.load(directories.settingsFile());
    }

    /** Services for the person running the program: their data folder and the system clock. */
    public static Services forCurrentUser() {
        return new Services(AppDirectories.forCurrentUser(), Clock.systemDefaultZone());
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public CaseService caseService() {
        return caseService;
    }

    public UserSettings settings() {
        return settings;
    }
}
