package dlfs.app;

import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's command-line options: {@code --lang ja|en}, {@code --theme light|dark|high-contrast},
 * {@code --snapshot-all DIR} (write a PNG of every page into DIR, then exit).
 */
public record AppOptions(Optional<Language> language, Optional<Theme> theme, Optional<Path> snapshotDir) {

    /** @throws IllegalArgumentException with a one-line message for an unknown or incomplete option */
    public static AppOptions parse(List<String> args) {
        Optional<Language> language = Optional.empty();
        Optional<Theme> theme = Optional.empty();
        Optional<Path> snapshotDir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String[] split = option.split("=", 2);
            String name = split[0];
            String value;
            if (split.length == 2) {
                value = split[1];
            } else if (i + 1 < args.size() && List.of("--lang", "--theme", "--snapshot-all").contains(name)) {
                value = args.get(++i);
            } else {
                value = null;
            }
            switch (name) {
                case "--lang" -> language = Optional.of(Language.fromCode(required(name, value)));
                case "--theme" -> theme = Optional.of(Theme.fromId(required(name, value)));
                case "--snapshot-all" -> snapshotDir = Optional.of(Path.of(required(name, value)));
                default -> throw new IllegalArgumentException("unknown option '" + option
                        + "' (app options: --lang ja|en, --theme light|dark|high-contrast, --snapshot-all DIR)");
            }
        }
        return new AppOptions(language, theme, snapshotDir);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
