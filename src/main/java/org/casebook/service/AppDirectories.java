package org.casebook.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Casebook keeps its own files (settings, recent cases, logs): the platform's per-user data folder,
 * or the folder named by the {@code casebook.home} system property (tests and portable installs).
 * Nothing is created here until something is written.
 */
public record AppDirectories(Path home) {

    public static final String HOME_PROPERTY = "casebook.home";

    public static AppDirectories forCurrentUser() {
        return new AppDirectories(Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(AppDirectories::platformDefault));
    }

    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** Where the sample case a newcomer can open from the welcome screen is made. */
    public Path samples() {
        return home.resolve("samples");
    }

    public Path logFile() {
        return logs().resolve("casebook.log");
    }

    private static Path platformDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? userHome.resolve("AppData/Roaming") : Path.of(appData)).resolve("Casebook");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Casebook");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? userHome.resolve(".local/share") : Path.of(xdg)).resolve("casebook");
    }
}
