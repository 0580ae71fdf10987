package dlfs.app.settings;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the app remembers between runs.
 *
 * @param lastPage       key of the page shown last ({@code ch03.overview}), or empty
 * @param fontSize       base font size in pixels
 * @param layout         where the window was and how its panes were divided
 * @param recentModels   model files opened or saved, newest first
 * @param recentDatasets data set folders opened, newest first
 */
public record Settings(Language language, Theme theme, double width, double height, String lastPage, int fontSize,
                       boolean infoPaneVisible, Layout layout, List<String> recentModels, List<String> recentDatasets) {
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 28;
    public static final int DEFAULT_FONT_SIZE = 14;
    /** How many recent files each list keeps. */
    public static final int MAX_RECENT = 8;

    /**
     * The window's place and the split between navigator, page and side panel.
     *
     * @param x                left edge on the screen, NaN to let the system place the window
     * @param y                top edge on the screen, NaN likewise
     * @param navigatorDivider the divider right of the navigator, as a fraction of the width
     * @param infoDivider      the divider left of the side panel, as a fraction of the width
     */
    public record Layout(double x, double y, boolean maximized, double navigatorDivider, double infoDivider) {
        public static final Layout DEFAULT = new Layout(Double.NaN, Double.NaN, false, 0.2, 0.63);

        /** Positions off any screen stay possible (the app moves the window back); nonsense dividers become the default. */
        public Layout {
            x = Double.isFinite(x) ? x : Double.NaN;
            y = Double.isFinite(y) ? y : Double.NaN;
            if (!(0.02 <= navigatorDivider && navigatorDivider < infoDivider && infoDivider <= 0.98)) {
                navigatorDivider = 0.2;
                infoDivider = 0.63;
            }
        }

        public boolean hasPosition() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    public Settings {
        width = Double.isFinite(width) ? Math.max(640, width) : 1440;
        height = Double.isFinite(height) ? Math.max(480, height) : 900;
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
        lastPage = lastPage == null ? "" : lastPage;
        layout = layout == null ? Layout.DEFAULT : layout;
        recentModels = recent(recentModels);
        recentDatasets = recent(recentDatasets);
    }

    /** Settings without layout and recent files (the window's defaults). */
    public Settings(Language language, Theme theme, double width, double height, String lastPage, int fontSize,
                    boolean infoPaneVisible) {
        this(language, theme, width, height, lastPage, fontSize, infoPaneVisible, Layout.DEFAULT, List.of(), List.of());
    }

    /** First run: the system's language, the light theme, a window that fits a laptop screen. */
    public static Settings defaults() {
        return new Settings(Language.forLocale(Locale.getDefault()), Theme.LIGHT, 1440, 900, "", DEFAULT_FONT_SIZE,
                true);
    }

    public Settings withLanguage(Language value) {
        return new Settings(value, theme, width, height, lastPage, fontSize, infoPaneVisible, layout, recentModels,
                recentDatasets);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, value, width, height, lastPage, fontSize, infoPaneVisible, layout, recentModels,
                recentDatasets);
    }

    /** {@code list} with {@code entry} moved to the front, without duplicates, at most {@link #MAX_RECENT} long. */
    public static List<String> withRecent(List<String> list, String entry) {
        List<String> updated = new ArrayList<>();
        updated.add(entry);
        list.stream().filter(e -> !e.equals(entry)).forEach(updated::add);
        return recent(updated);
    }

    private static List<String> recent(List<String> list) {
        if (list == null) {
            return List.of();
        }
        return list.stream().filter(e -> e != null && !e.isBlank()).distinct().limit(MAX_RECENT).toList();
    }
}
