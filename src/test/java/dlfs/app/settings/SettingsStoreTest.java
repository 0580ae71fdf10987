package dlfs.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(folder.resolve("sub/settings.properties"));
        Settings settings = new Settings(Language.JAPANESE, Theme.DARK, 1200, 800, "ch05.overview", 18, false);
        store.save(settings);
        assertEquals(settings, store.load());
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(Settings.defaults(), new SettingsStore(folder.resolve("none.properties")).load());
    }

    @Test
    void garbledValuesFallBackOneByOne() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "language=xx\ntheme=dark\nwindow.width=NaN\nwindow.height=abc\nfont.size=999\n"
                + "info.visible=maybe\npage.last=ch03.overview\n");
        Settings loaded = new SettingsStore(file).load();
        Settings defaults = Settings.defaults();
        assertEquals(defaults.language(), loaded.language());
        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(defaults.width(), loaded.width());
        assertEquals(defaults.height(), loaded.height());
        assertEquals(Settings.MAX_FONT_SIZE, loaded.fontSize(), "clamped");
        assertEquals(defaults.infoPaneVisible(), loaded.infoPaneVisible());
        assertEquals("ch03.overview", loaded.lastPage());
    }

    @Test
    void unreadableFileGivesDefaults() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1', 'z', 0, (byte) 0xff, (byte) 0xfe});
        assertEquals(Settings.defaults(), new SettingsStore(file).load());
    }
}
