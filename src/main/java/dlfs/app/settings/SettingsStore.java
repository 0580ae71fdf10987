package dlfs.app.settings;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads and writes {@link Settings} as a small properties file ({@code ~/.dlfs/settings.properties}).
 * A missing, unreadable or half-garbled file never stops the app: every value that cannot be read
 * falls back to its default. Writes go to a temporary file first and then replace the old one, so a
 * crash mid-write cannot leave a broken file.
 */
public final class SettingsStore {
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
        return new Settings(
                read(properties, "language", Language::fromCode, defaults.language()),
                read(properties, "theme", Theme::fromId, defaults.theme()),
                read(properties, "window.width", Double::parseDouble, defaults.width()),
                read(properties, "window.height", Double::parseDouble, defaults.height()),
                properties.getProperty("page.last", defaults.lastPage()),
                read(properties, "font.size", Integer::parseInt, defaults.fontSize()),
                read(properties, "info.visible", SettingsStore::parseBoolean, defaults.infoPaneVisible()));
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

    /** Saves; a failure is reported on stderr and leaves the previous file as it was. */
    public void save(Settings settings) {
        Properties properties = new Properties();
        properties.setProperty("language", settings.language().code());
        properties.setProperty("theme", settings.theme().id());
        properties.setProperty("window.width", Double.toString(settings.width()));
        properties.setProperty("window.height", Double.toString(settings.height()));
        properties.setProperty("page.last", settings.lastPage());
        properties.setProperty("font.size", Integer.toString(settings.fontSize()));
        properties.setProperty("info.visible", Boolean.toString(settings.infoPaneVisible()));
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "dlfs-studio settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("dlfs-studio: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
