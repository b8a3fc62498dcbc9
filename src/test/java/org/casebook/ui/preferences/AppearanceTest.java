package org.casebook.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casebook.service.UserSettings;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppearanceTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"PERCENT_100, -fx-font-size: 14.0px;", "PERCENT_125, -fx-font-size: 17.5px;",
            "PERCENT_150, -fx-font-size: 21.0px;"})
    void scalesTheRootFontFromThePrimerBaseSize(FontScale scale, String style) {
        assertThat(Appearance.rootStyle(scale)).isEqualTo(style);
    }

    @Test
    void choicesAreRememberedForTheNextStart() {
        Path file = temp.resolve("settings.properties");
        Appearance appearance = new Appearance(UserSettings.load(file));

        appearance.setFontScale(FontScale.PERCENT_125);
        appearance.setTheme(Theme.DARK);

        Appearance next = new Appearance(UserSettings.load(file));
        assertThat(next.fontScaleProperty().get()).isEqualTo(FontScale.PERCENT_125);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
    }
}
