package org.casebook.ui.preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import org.casebook.service.UserSettings;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.Theme;

/**
 * Font size and light/dark theme: remembered in {@link UserSettings} and applied to the window's scene. The font
 * size is set on the scene's root, and every size in the stylesheet is in em, so the whole window scales with it.
 */
public final class Appearance {

    /** AtlantaFX's Primer themes are drawn for 14px text; 100 % keeps that. */
    static final double BASE_FONT_PX = 14;

    private final UserSettings settings;
    private final ReadOnlyObjectWrapper<FontScale> fontScale;
    private final ReadOnlyObjectWrapper<Theme> theme;

    public Appearance(UserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fontScale = new ReadOnlyObjectWrapper<>(settings.fontScale());
        this.theme = new ReadOnlyObjectWrapper<>(settings.theme());
    }

    public ReadOnlyObjectProperty<FontScale> fontScaleProperty() {
        return fontScale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setFontScale(FontScale scale) {
        settings.setFontScale(scale);
        fontScale.set(scale);
    }

    public void setTheme(Theme newTheme) {
        settings.setTheme(newTheme);
        theme.set(newTheme);
    }

    /** The root style for a font scale, e.g. {@code -fx-font-size: 17.5px;} at 125 %. */
    public static String rootStyle(FontScale scale) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale.percent() / 100.0);
    }

    /** Applies the current choices to {@code scene} now and whenever they change. */
    public void applyTo(Scene scene) {
        scene.getRoot().setStyle(rootStyle(fontScale.get()));
        fontScale.addListener((obs, old, scale) -> scene.getRoot().setStyle(rootStyle(scale)));
        applyTheme(theme.get());
        theme.addListener((obs, old, newTheme) -> applyTheme(newTheme));
    }

    private static void applyTheme(Theme theme) {
        // The user-agent stylesheet is global to the app; Casebook has one main window, so that is what we want.
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
