package dlfs.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.page.Chapter;
import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import dlfs.app.page.PageRegistry;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.app.shell.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ja and en bundles are complete, every key is used, and no control gets a literal text. */
class BundleTest {
    private static final Path APP_SOURCES = Path.of("src/main/java/dlfs/app");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");
    /** Suffixes the code appends to a literal stem ({@code key + ".tooltip"}). */
    private static final List<String> SUFFIXES = List.of(".tooltip", ".keys", ".action");
    private static final Pattern LITERAL_ON_CONTROL = Pattern.compile(
            "(\\.(setText|setTitle|setPromptText|setHeaderText|setContentText|setAccessibleText)\\(\\s*\""
                    + "|new (Label|Button|MenuItem|Menu|Tab|Tooltip|CheckMenuItem|RadioMenuItem|ToggleButton"
                    + "|CheckBox|RadioButton|Hyperlink|TitledPane|Text)\\(\\s*\""
                    + "|textProperty\\(\\)\\.set\\(\\s*\")");

    private static Properties load(String name) throws IOException {
        try (InputStream in = BundleTest.class.getResourceAsStream("/dlfs/app/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static List<Path> appSources() throws IOException {
        try (Stream<Path> files = Files.walk(APP_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameNonEmptyKeys() throws IOException {
        Properties ja = load("messages_ja.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()),
                "keys of messages_ja and messages_en");
        for (String key : en.stringPropertyNames()) {
            assertFalse(en.getProperty(key).isBlank(), "empty English text: " + key);
            assertFalse(ja.getProperty(key).isBlank(), "empty Japanese text: " + key);
        }
    }

    @Test
    void defaultBundleIsTheEnglishOne() throws IOException {
        assertEquals(load("messages_en.properties"), load("messages.properties"));
    }

    @Test
    void japaneseBundleIsWrittenInJapanese() throws IOException {
        Properties ja = load("messages_ja.properties");
        long withKana = ja.stringPropertyNames().stream()
                .filter(k -> ja.getProperty(k).codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF
                        || c >= 0x4E00 && c <= 0x9FFF)).count();
        assertTrue(withKana > ja.size() * 0.7, "Japanese texts: " + withKana + " of " + ja.size());
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Properties en = load("messages_en.properties");
        Set<String> bundleKeys = en.stringPropertyNames();
        Set<String> used = new TreeSet<>();
        List<String> stems = new ArrayList<>();
        for (Path source : appSources()) {
            Matcher m = LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                stems.add(m.group(1));
            }
        }
        for (String stem : stems) {
            if (bundleKeys.contains(stem)) {
                used.add(stem);
            }
            SUFFIXES.stream().map(s -> stem + s).filter(bundleKeys::contains).forEach(used::add);
        }
        TrainingService service = new TrainingService(Runnable::run);
        List<Page> pages = PageRegistry.createPages(new PageContext(new I18n(Language.ENGLISH), service, t -> { }));
        List<String> computed = new ArrayList<>();
        pages.forEach(p -> computed.addAll(p.textKeys()));
        Stream.of(Chapter.values()).map(Chapter::titleKey).forEach(computed::add);
        Stream.of(Language.values()).map(Language::nameKey).forEach(computed::add);
        Stream.of(Theme.values()).map(Theme::textKey).forEach(computed::add);
        Stream.of(JobState.values()).map(JobState::textKey).forEach(computed::add);
        for (String key : computed) {
            assertTrue(bundleKeys.contains(key), "missing in the bundles: " + key);
        }
        used.addAll(computed);

        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "keys no code uses: " + unused);
    }

    @Test
    void noControlTextIsAStringLiteral() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : appSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_ON_CONTROL.matcher(lines.get(i)).find()) {
                    offenders.add(source + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "texts must come from the bundles:\n" + String.join("\n", offenders));
    }

    @Test
    void missingKeyShowsMarkedKeyAndArgumentsAreFormatted() {
        I18n i18n = new I18n(Language.ENGLISH);
        assertEquals("‹no.such.key›", i18n.text("no.such.key"));
        assertEquals("3 / 9", i18n.text("page.position", 3, 9));
        i18n.setLanguage(Language.JAPANESE);
        assertEquals("残り 1:05", i18n.text("status.eta", "1:05"));
    }

    @Test
    void bindingFollowsTheLanguage() {
        I18n i18n = new I18n(Language.ENGLISH);
        var title = i18n.binding("menu.file");
        assertEquals("File", title.get());
        i18n.setLanguage(Language.JAPANESE);
        assertEquals("ファイル", title.get());
    }

    @Test
    void systemLocaleChoosesTheLanguage() {
        assertEquals(Language.JAPANESE, Language.forLocale(java.util.Locale.JAPAN));
        assertEquals(Language.ENGLISH, Language.forLocale(java.util.Locale.GERMANY));
    }

    @Test
    void preferredFontIsTheFirstInstalledOne() {
        assertEquals("IPAGothic", FontFamilies.firstAvailable(FontFamilies.JAPANESE,
                List.of("DejaVu Sans", "IPAGothic", "Noto Sans CJK JP")).orElseThrow());
        assertTrue(FontFamilies.firstAvailable(FontFamilies.JAPANESE, List.of("DejaVu Sans")).isEmpty());
    }
}
