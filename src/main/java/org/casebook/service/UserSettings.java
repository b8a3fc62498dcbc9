package org.casebook.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member's own preferences: recent cases, window placement, font size and theme. Kept in a small properties
 * file at {@link AppDirectories#settingsFile()}, which is written only when a setting actually changes (a first run
 * leaves no trace) and always whole, through a temporary file, so a crash never leaves half a file behind.
 * Settings are a convenience: a file that cannot be read or written is logged and never stops the app.
 */
public final class UserSettings {

    public static final int MAX_RECENT = 10;

    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final String RECENT = "recent.";
    private static final String FONT_SCALE = "font.scale";
    private static final String THEME = "theme";
    private static final String PACK = "pack.";
    private static final String WINDOW = "window.";

    /** The font sizes offered; bigger text is an accessibility need for many members, so the steps are generous. */
    public enum FontScale {
        PERCENT_100(100), PERCENT_125(125), PERCENT_150(150);

        private final int percent;

        FontScale(int percent) {
            this.percent = percent;
        }

        public int percent() {
            return percent;
        }

        public static Optional<FontScale> ofPercent(int percent) {
            return Arrays.stream(values()).filter(s -> s.percent == percent).findFirst();
        }
    }

    public enum Theme { LIGHT, DARK }

    /** Where the main window was and how big, in screen coordinates. */
    public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {
        public WindowPlacement {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("A window needs a positive size, not " + width + "×" + height);
            }
        }
    }

    /** A case from the recent list; {@code missing} when its folder is gone (moved, deleted, on an unplugged drive). */
    /**
     * How the member last made a briefing pack: a reader who needs large print, or a group that always hides names,
     * should not have to tick it again each time.
     */
    public record PackPreferences(boolean largePrint, boolean redact, boolean includeNotes) {
        public static final PackPreferences DEFAULT = new PackPreferences(false, false, false);
    }

    public record RecentCase(Path path, boolean missing) {
        public RecentCase {
            Objects.requireNonNull(path, "path");
        }
    }

    private final Path file;
    private final List<Path> recent = new ArrayList<>();
    private FontScale fontScale = FontScale.PERCENT_100;
    private Theme theme = Theme.LIGHT;
    private Optional<WindowPlacement> placement = Optional.empty();
    private PackPreferences pack = PackPreferences.DEFAULT;

    private UserSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings file when there is one; a missing or unreadable file gives the defaults. */
    public static UserSettings load(Path file) {
        UserSettings settings = new UserSettings(Objects.requireNonNull(file, "file"));
        if (Files.exists(file)) {
            settings.read();
        }
        return settings;
    }

    public Path file() {
        return file;
    }

    /** Recent cases, newest first; folders that no longer exist stay on the list, marked, so the member decides. */
    public synchronized List<RecentCase> recentCases() {
        return recent.stream().map(p -> new RecentCase(p, !Files.isDirectory(p))).toList();
    }

    /** Puts a case at the top of the recent list, keeping at most {@link #MAX_RECENT}. */
    public synchronized void addRecentCase(Path caseRoot) {
        Path path = caseRoot.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(recent);
        updated.remove(path);
        updated.add(0, path);
        replaceRecent(updated.subList(0, Math.min(MAX_RECENT, updated.size())));
    }

    public synchronized void removeRecentCase(Path caseRoot) {
        List<Path> updated = new ArrayList<>(recent);
        updated.remove(caseRoot.toAbsolutePath().normalize());
        replaceRecent(updated);
    }

    private void replaceRecent(List<Path> updated) {
        if (!updated.equals(recent)) {
            List<Path> copy = List.copyOf(updated);
            recent.clear();
            recent.addAll(copy);
            save();
        }
    }

    public synchronized FontScale fontScale() {
        return fontScale;
    }

    public synchronized void setFontScale(FontScale scale) {
        if (Objects.requireNonNull(scale, "scale") != fontScale) {
            fontScale = scale;
            save();
        }
    }

    public synchronized Theme theme() {
        return theme;
    }

    public synchronized PackPreferences packPreferences() {
        return pack;
    }

    public synchronized void setPackPreferences(PackPreferences preferences) {
        if (!Objects.requireNonNull(preferences, "preferences").equals(pack)) {
            pack = preferences;
            save();
        }
    }

    public synchronized void setTheme(Theme newTheme) {
        if (Objects.requireNonNull(newTheme, "theme") != theme) {
            theme = newTheme;
            save();
        }
    }

    public synchronized Optional<WindowPlacement> windowPlacement() {
        return placement;
    }

    public synchronized void setWindowPlacement(WindowPlacement newPlacement) {
        Optional<WindowPlacement> updated = Optional.of(newPlacement);
        if (!updated.equals(placement)) {
            placement = updated;
            save();
        }
    }

    private void read() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException is how Properties reports a malformed \\u escape, i.e. a damaged file.
            LOG.warn("Could not read the settings file {}; using the default settings. ({})", file, e.toString());
            return;
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            Optional.ofNullable(properties.getProperty(RECENT + i)).filter(s -> !s.isBlank())
                    .flatMap(this::parsePath).filter(p -> !recent.contains(p)).ifPresent(recent::add);
        }
        fontScale = Optional.ofNullable(properties.getProperty(FONT_SCALE))
                .flatMap(v -> parseInt(v).flatMap(FontScale::ofPercent).or(() -> invalid(FONT_SCALE, v)))
                .orElse(FontScale.PERCENT_100);
        theme = Optional.ofNullable(properties.getProperty(THEME))
                .flatMap(v -> parseTheme(v).or(() -> invalid(THEME, v)))
                .orElse(Theme.LIGHT);
        placement = readPlacement(properties);
        pack = new PackPreferences(readFlag(properties, PACK + "large-print"), readFlag(properties, PACK + "redact"),
                readFlag(properties, PACK + "notes"));
    }

    private boolean readFlag(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::trim)
                .flatMap(v -> v.equals("true") || v.equals("false") ? Optional.of(Boolean.parseBoolean(v))
                        : invalid(key, v))
                .orElse(false);
    }

    private Optional<WindowPlacement> readPlacement(Properties p) {
        if (p.getProperty(WINDOW + "width") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowPlacement(Double.parseDouble(p.getProperty(WINDOW + "x", "0")),
                    Double.parseDouble(p.getProperty(WINDOW + "y", "0")),
                    Double.parseDouble(p.getProperty(WINDOW + "width")),
                    Double.parseDouble(p.getProperty(WINDOW + "height", "")),
                    Boolean.parseBoolean(p.getProperty(WINDOW + "maximised", "false"))));
        } catch (IllegalArgumentException e) {
            return invalid("window", e.getMessage());
        }
    }

    private Optional<Path> parsePath(String value) {
        try {
            return Optional.of(Path.of(value).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return invalid("recent case", value);
        }
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Theme> parseTheme(String value) {
        return Arrays.stream(Theme.values()).filter(t -> t.name().equalsIgnoreCase(value.trim())).findFirst();
    }

    private <T> Optional<T> invalid(String key, String value) {
        LOG.warn("Ignoring the unreadable setting {}={} in {}; using its default.", key, value, file);
        return Optional.empty();
    }

    private void save() {
        Properties properties = new Properties();
        for (int i = 0; i < recent.size(); i++) {
            properties.setProperty(RECENT + i, recent.get(i).toString());
        }
        properties.setProperty(FONT_SCALE, Integer.toString(fontScale.percent()));
        properties.setProperty(THEME, theme.name().toLowerCase(Locale.ROOT));
        properties.setProperty(PACK + "large-print", Boolean.toString(pack.largePrint()));
        properties.setProperty(PACK + "redact", Boolean.toString(pack.redact()));
        properties.setProperty(PACK + "notes", Boolean.toString(pack.includeNotes()));
        placement.ifPresent(w -> {
            properties.setProperty(WINDOW + "x", Double.toString(w.x()));
            properties.setProperty(WINDOW + "y", Double.toString(w.y()));
            properties.setProperty(WINDOW + "width", Double.toString(w.width()));
            properties.setProperty(WINDOW + "height", Double.toString(w.height()));
            properties.setProperty(WINDOW + "maximised", Boolean.toString(w.maximised()));
        });
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "settings", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    properties.store(writer, "Casebook settings");
                }
                moveIntoPlace(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("Could not save the settings to {}; they will last until Casebook closes.", file, e);
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
