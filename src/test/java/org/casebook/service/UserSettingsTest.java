package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.service.UserSettings.Theme;
import org.casebook.service.UserSettings.WindowPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class UserSettingsTest {

    @TempDir
    Path temp;

    private Path file;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void setUp() {
        file = temp.resolve("home/settings.properties");
        log.start();
        ((Logger) LoggerFactory.getLogger(UserSettings.class)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(UserSettings.class)).detachAppender(log);
    }

    @Test
    void everySettingSurvivesARestart() throws Exception {
        Path ward = Files.createDirectories(temp.resolve("Ward 7.casebook"));
        UserSettings settings = UserSettings.load(file);
        settings.addRecentCase(temp.resolve("Gone.casebook"));
        settings.addRecentCase(ward);
        settings.setFontScale(FontScale.PERCENT_150);
        settings.setTheme(Theme.DARK);
        settings.setWindowPlacement(new WindowPlacement(40, 60.5, 1000, 700, true));

        UserSettings reloaded = UserSettings.load(file);

        assertThat(reloaded.recentCases()).containsExactly(new RecentCase(ward, false),
                new RecentCase(temp.resolve("Gone.casebook"), true));
        assertThat(reloaded.fontScale()).isEqualTo(FontScale.PERCENT_150);
        assertThat(reloaded.theme()).isEqualTo(Theme.DARK);
        assertThat(reloaded.windowPlacement()).contains(new WindowPlacement(40, 60.5, 1000, 700, true));
    }

    @Test
    void theWayPacksWereLastMadeSurvivesARestartAndAnUnreadableValueFallsBackToOff() throws Exception {
        UserSettings settings = UserSettings.load(file);
        assertThat(settings.packPreferences()).isEqualTo(UserSettings.PackPreferences.DEFAULT);
        settings.setPackPreferences(new UserSettings.PackPreferences(true, true, false));

        assertThat(UserSettings.load(file).packPreferences())
                .isEqualTo(new UserSettings.PackPreferences(true, true, false));

        Files.writeString(file, Files.readString(file).replace("pack.redact=true", "pack.redact=yes please"));
        assertThat(UserSettings.load(file).packPreferences())
                .isEqualTo(new UserSettings.PackPreferences(true, false, false));
    }

    @Test
    void nothingIsWrittenUntilASettingChanges() {
        UserSettings settings = UserSettings.load(file);
        settings.recentCases();
        settings.setFontScale(FontScale.PERCENT_100);
        settings.setTheme(Theme.LIGHT);
        settings.removeRecentCase(temp.resolve("Never added.casebook"));

        assertThat(file.getParent()).doesNotExist();

        settings.setTheme(Theme.DARK);

        assertThat(file).isRegularFile();
        assertThat(file.getParent()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theRecentListIsNewestFirstWithoutDuplicatesAndHoldsTen() {
        UserSettings settings = UserSettings.load(file);
        IntStream.rangeClosed(1, 12).forEach(i -> settings.addRecentCase(temp.resolve("case" + i + ".casebook")));
        settings.addRecentCase(temp.resolve("case5.casebook"));

        assertThat(settings.recentCases()).hasSize(UserSettings.MAX_RECENT).extracting(r -> r.path().getFileName().toString())
                .containsExactly("case5.casebook", "case12.casebook", "case11.casebook", "case10.casebook",
                        "case9.casebook", "case8.casebook", "case7.casebook", "case6.casebook", "case4.casebook",
                        "case3.casebook");
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaultsAndIsReportedInTheLog() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "theme=dark\nrecent.0=/a\\uZZZZ\n", StandardCharsets.ISO_8859_1);

        UserSettings settings = UserSettings.load(file);

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.fontScale()).isEqualTo(FontScale.PERCENT_100);
        assertThat(settings.recentCases()).isEmpty();
        assertThat(settings.windowPlacement()).isEmpty();
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(file.toString()).contains("default");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"font.scale=300", "font.scale=big", "theme=purple", "window.width=wide"})
    void anUnreadableValueFallsBackToItsDefaultAndKeepsTheRest(String line) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + "\nrecent.0=" + temp.resolve("a.casebook") + "\n");

        UserSettings settings = UserSettings.load(file);

        assertThat(settings.fontScale()).isEqualTo(FontScale.PERCENT_100);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.windowPlacement()).isEmpty();
        assertThat(settings.recentCases()).extracting(RecentCase::path).containsExactly(temp.resolve("a.casebook"));
        assertThat(log.list).anySatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
    }
}
