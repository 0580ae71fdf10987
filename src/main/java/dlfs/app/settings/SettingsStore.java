package dlfs.app.settings;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import dlfs.core.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads and writes {@link Settings} as a small properties file ({@code ~/.dlfs/settings.properties}).
 * A missing, unreadable, half-garbled or newer-version file never stops the app: every value that
 * cannot be read falls back to its default, and unknown keys are ignored. Writes are atomic
 * ({@link AtomicFile}), so a crash or a full disk mid-write leaves the previous file as it was.
 */
public final class SettingsStore {
    /** The layout of the file this code writes; a file with a higher number is read as far as it is understood. */
    public static final int VERSION = 2;
    private static final String RECENT_MODEL = "recent.model.";
    private static final String RECENT_DATASET = "recent.dataset.";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".dlfs", "settings.properties");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Settings defaults = Settings.defaults();
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("dlfs-studio: ignoring unreadable settings " + file + ": " + e.getMessage());
                return defaults;
            }
        }
        int version = read(properties, "version", Integer::parseInt, 1);
        if (version > VERSION) {
            System.err.println("dlfs-studio: " + file + " was written by a newer version (" + version
                    + "); reading the settings this version knows");
        }
        Settings.Layout layout = Settings.Layout.DEFAULT;
        return new Settings(
                read(properties, "language", Language::fromCode, defaults.language()),
                read(properties, "theme", Theme::fromId, defaults.theme()),
                read(properties, "window.width", Double::parseDouble, defaults.width()),
                read(properties, "window.height", Double::parseDouble, defaults.height()),
                properties.getProperty("page.last", defaults.lastPage()),
                read(properties, "font.size", Integer::parseInt, defaults.fontSize()),
                read(properties, "info.visible", SettingsStore::parseBoolean, defaults.infoPaneVisible()),
                new Settings.Layout(
                        read(properties, "window.x", Double::parseDouble, layout.x()),
                        read(properties, "window.y", Double::parseDouble, layout.y()),
                        read(properties, "window.maximized", SettingsStore::parseBoolean, layout.maximized()),
                        read(properties, "divider.navigator", Double::parseDouble, layout.navigatorDivider()),
                        read(properties, "divider.info", Double::parseDouble, layout.infoDivider())),
                list(properties, RECENT_MODEL),
                list(properties, RECENT_DATASET));
    }

    private static <T> T read(Properties properties, String key, Function<String, T> parse, T fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            T parsed = parse.apply(value.trim());
            return parsed instanceof Double d && !Double.isFinite(d) ? fallback : parsed;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static boolean parseBoolean(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("not a boolean: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    /** {@code prefix0, prefix1, …} up to the first gap. */
    private static List<String> list(Properties properties, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String value = properties.getProperty(prefix + i);
            if (value == null) {
                break;
            }
            values.add(value);
        }
        return values;
    }

    /**
     * Saves atomically. A failure (read-only folder, full disk) is reported on stderr and leaves the
     * previous file as it was.
     *
     * @return whether the settings were written
     */
    public boolean save(Settings settings) {
        Properties properties = new Properties();
        properties.setProperty("version", Integer.toString(VERSION));
        properties.setProperty("language", settings.language().code());
        properties.setProperty("theme", settings.theme().id());
        properties.setProperty("window.width", Double.toString(settings.width()));
        properties.setProperty("window.height", Double.toString(settings.height()));
        Settings.Layout layout = settings.layout();
        if (layout.hasPosition()) {
            properties.setProperty("window.x", Double.toString(layout.x()));
            properties.setProperty("window.y", Double.toString(layout.y()));
        }
        properties.setProperty("window.maximized", Boolean.toString(layout.maximized()));
        properties.setProperty("divider.navigator", Double.toString(layout.navigatorDivider()));
        properties.setProperty("divider.info", Double.toString(layout.infoDivider()));
        properties.setProperty("page.last", settings.lastPage());
        properties.setProperty("font.size", Integer.toString(settings.fontSize()));
        properties.setProperty("info.visible", Boolean.toString(settings.infoPaneVisible()));
        for (int i = 0; i < settings.recentModels().size(); i++) {
            properties.setProperty(RECENT_MODEL + i, settings.recentModels().get(i));
        }
        for (int i = 0; i < settings.recentDatasets().size(); i++) {
            properties.setProperty(RECENT_DATASET + i, settings.recentDatasets().get(i));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "dlfs-studio settings");
                writer.flush();
            });
            return true;
        } catch (IOException e) {
            System.err.println("dlfs-studio: could not save settings to " + file + ": " + e.getMessage());
            return false;
        }
    }
}
