package dlfs.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    private static Settings full() {
        return new Settings(Language.JAPANESE, Theme.DARK, 1200, 800, "ch05.overview", 18, false,
                new Settings.Layout(40, 60, true, 0.15, 0.7), List.of("/m/a.npz", "/m/b.npz"), List.of("/d/mnist"));
    }

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(folder.resolve("sub/settings.properties"));
        assertTrue(store.save(full()));
        assertEquals(full(), store.load());
        Settings plain = new Settings(Language.ENGLISH, Theme.LIGHT, 1000, 700, "", 14, true);
        assertTrue(store.save(plain));
        assertEquals(plain, store.load(), "no position saved: the system places the window");
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(Settings.defaults(), new SettingsStore(folder.resolve("none.properties")).load());
    }

    @Test
    void garbledValuesFallBackOneByOne() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "language=xx\ntheme=dark\nwindow.width=NaN\nwindow.height=abc\nfont.size=999\n"
                + "info.visible=maybe\npage.last=ch03.overview\nwindow.x=Infinity\nwindow.y=12\n"
                + "window.maximized=yes\ndivider.navigator=0.9\ndivider.info=0.5\n");
        Settings loaded = new SettingsStore(file).load();
        Settings defaults = Settings.defaults();
        assertEquals(defaults.language(), loaded.language());
        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(defaults.width(), loaded.width());
        assertEquals(defaults.height(), loaded.height());
        assertEquals(Settings.MAX_FONT_SIZE, loaded.fontSize(), "clamped");
        assertEquals(defaults.infoPaneVisible(), loaded.infoPaneVisible());
        assertEquals("ch03.overview", loaded.lastPage());
        assertFalse(loaded.layout().hasPosition(), "an infinite x drops the position");
        assertFalse(loaded.layout().maximized());
        assertEquals(Settings.Layout.DEFAULT.navigatorDivider(), loaded.layout().navigatorDivider(), "crossed dividers");
        assertEquals(Settings.Layout.DEFAULT.infoDivider(), loaded.layout().infoDivider());
    }

    @Test
    void unreadableFileGivesDefaults() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1', 'z', 0, (byte) 0xff, (byte) 0xfe});
        assertEquals(Settings.defaults(), new SettingsStore(file).load());
    }

    private Settings loadText(String text) throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, text);
        return new SettingsStore(file).load();
    }

    @Test
    void aPartialFileKeepsWhatItHas() throws IOException {
        Settings loaded = loadText("version=2\ntheme=dark\nrecent.model.0=/a.npz\nrecent.model.2=/c.npz\nwindow.wid");
        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(Settings.defaults().width(), loaded.width(), "cut off: default");
        assertEquals(List.of("/a.npz"), loaded.recentModels(), "read up to the first gap");
    }

    @Test
    void aNewerVersionIsReadAsFarAsItIsUnderstood() throws IOException {
        Settings loaded = loadText("version=99\ntheme=high-contrast\nlanguage=ja\nsomething.new=42\nrecent.model.0=/x.npz\n");
        assertEquals(Theme.HIGH_CONTRAST, loaded.theme());
        assertEquals(Language.JAPANESE, loaded.language());
        assertEquals(List.of("/x.npz"), loaded.recentModels());
        assertEquals(Theme.DARK, loadText("version=two\ntheme=dark\n").theme());
    }

    @Test
    void recentListsPutTheNewestFirstWithoutDuplicatesAndStayShort() {
        List<String> list = List.of();
        for (int i = 0; i < 12; i++) {
            list = Settings.withRecent(list, "/f" + i);
        }
        list = Settings.withRecent(list, "/f5");
        assertEquals(Settings.MAX_RECENT, list.size());
        assertEquals(List.of("/f5", "/f11", "/f10", "/f9", "/f8", "/f7", "/f6", "/f4"), list);
        List<String> many = IntStream.range(0, 20).mapToObj(i -> "/g" + i).toList();
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1000, 700, "", 14, true,
                Settings.Layout.DEFAULT, many, many);
        assertEquals(Settings.MAX_RECENT, settings.recentDatasets().size());
    }

    @Test
    void aFailedSaveReportsAndLeavesThePreviousFile() throws IOException {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        assertFalse(new SettingsStore(blocker.resolve("settings.properties")).save(full()));

        SettingsStore store = new SettingsStore(folder.resolve("settings.properties"));
        store.save(full());
        byte[] before = Files.readAllBytes(store.file());
        Path dir = folder.resolve("dir-in-the-way");
        Files.createDirectories(dir.resolve("child"));
        assertFalse(new SettingsStore(dir).save(full()), "a non-empty folder cannot be replaced");
        assertTrue(Files.isDirectory(dir.resolve("child")));
        assertEquals(List.of("dir-in-the-way", "not-a-folder", "settings.properties"),
                Files.list(folder).map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        assertEquals(new String(before), Files.readString(store.file()));
    }
}
