package dlfs.app.settings;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.util.Locale;

/**
 * What the app remembers between runs.
 *
 * @param lastPage key of the page shown last ({@code ch03.overview}), or empty
 * @param fontSize base font size in pixels
 */
public record Settings(Language language, Theme theme, double width, double height, String lastPage, int fontSize,
                       boolean infoPaneVisible) {
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 28;
    public static final int DEFAULT_FONT_SIZE = 14;

    public Settings {
        width = Math.max(640, width);
        height = Math.max(480, height);
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
        lastPage = lastPage == null ? "" : lastPage;
    }

    /** First run: the system's language, the light theme, a window that fits a laptop screen. */
    public static Settings defaults() {
        return new Settings(Language.forLocale(Locale.getDefault()), Theme.LIGHT, 1440, 900, "", DEFAULT_FONT_SIZE,
                true);
    }

    public Settings withLanguage(Language value) {
        return new Settings(value, theme, width, height, lastPage, fontSize, infoPaneVisible);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, value, width, height, lastPage, fontSize, infoPaneVisible);
    }
}
