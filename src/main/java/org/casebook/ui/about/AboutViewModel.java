package org.casebook.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.casebook.service.AppDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the About dialog shows: the version, the Java and JavaFX it runs on, and where the log files are. */
public final class AboutViewModel {

    static final String VERSION_RESOURCE = "/org/casebook/app/version.properties";
    static final String UNKNOWN_VERSION = "dev";
    private static final Logger LOG = LoggerFactory.getLogger(AboutViewModel.class);

    private final String version;
    private final AppDirectories directories;

    public AboutViewModel(AppDirectories directories) {
        this(directories, () -> Optional.ofNullable(AboutViewModel.class.getResourceAsStream(VERSION_RESOURCE)));
    }

    AboutViewModel(AppDirectories directories, Supplier<Optional<InputStream>> versionFile) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.version = readVersion(versionFile);
    }

    /**
     * The build's version; "dev" when run from an IDE or a build that did not filter the resource, so About never
     * fails or shows a raw {@code ${project.version}}.
     */
    private static String readVersion(Supplier<Optional<InputStream>> versionFile) {
        Optional<InputStream> stream = versionFile.get();
        if (stream.isEmpty()) {
            return UNKNOWN_VERSION;
        }
        try (InputStream in = stream.get()) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).map(String::trim)
                    .filter(v -> !v.isEmpty() && !v.contains("${")).orElse(UNKNOWN_VERSION);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}", VERSION_RESOURCE, e);
            return UNKNOWN_VERSION;
        }
    }

    public String version() {
        return version;
    }

    public String javaVersion() {
        return System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")";
    }

    public String javafxVersion() {
        return System.getProperty("javafx.runtime.version", "?");
    }

    public String logFolder() {
        return directories.logs().toString();
    }
}
