package dlfs.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.bench.BenchOptions;
import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
    @Test
    void readsSeparateAndJoinedValues() {
        AppOptions options = AppOptions.parse(List.of("--snapshot-all", "out", "--lang=ja", "--theme", "high-contrast"));
        assertEquals(Path.of("out"), options.snapshotDir().orElseThrow());
        assertEquals(Language.JAPANESE, options.language().orElseThrow());
        assertEquals(Theme.HIGH_CONTRAST, options.theme().orElseThrow());
        assertTrue(AppOptions.parse(List.of()).snapshotDir().isEmpty());
    }

    @Test
    void readsTheBenchmarkModeWithItsDefaults() {
        AppOptions options = AppOptions.parse(List.of("--bench-ui", "ui.json", "--bench-seconds=1800",
                "--bench-heap-every", "10"));
        assertEquals(new BenchOptions(Path.of("ui.json"), 1800, 10), options.bench().orElseThrow());
        assertEquals(new BenchOptions(Path.of("ui.json"), BenchOptions.DEFAULT_SECONDS, 0),
                AppOptions.parse(List.of("--bench-ui=ui.json")).bench().orElseThrow());
        assertTrue(AppOptions.parse(List.of()).bench().isEmpty());
    }

    @Test
    void rejectsBenchmarkSettingsWithoutTheModeOrOutOfRange() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--bench-seconds", "5")))
                .getMessage().contains("need --bench-ui"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--bench-ui", "o.json", "--bench-seconds", "0")))
                .getMessage().contains("above 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--bench-ui", "o.json", "--bench-heap-every", "ten")))
                .getMessage().contains("'ten'"));
    }

    @Test
    void rejectsUnknownOptionsAndValuesWithAClearMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--lang", "de")))
                .getMessage().contains("ja or en"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--colour")))
                .getMessage().contains("unknown option"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--snapshot-all")))
                .getMessage().contains("needs a value"));
    }
}
