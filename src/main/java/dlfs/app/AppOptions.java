package dlfs.app;

import dlfs.app.bench.BenchOptions;
import dlfs.app.i18n.Language;
import dlfs.app.shell.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app's command-line options: {@code --lang ja|en}, {@code --theme light|dark|high-contrast},
 * {@code --snapshot-all DIR} (write a PNG of every page into DIR, then exit), {@code --bench-ui OUT.json}
 * with {@code --bench-seconds N} and {@code --bench-heap-every S} (measure the UI's responsiveness, then exit;
 * see {@link BenchOptions}).
 */
public record AppOptions(Optional<Language> language, Optional<Theme> theme, Optional<Path> snapshotDir,
                         Optional<BenchOptions> bench) {
    private static final List<String> WITH_VALUE = List.of("--lang", "--theme", "--snapshot-all", "--bench-ui",
            "--bench-seconds", "--bench-heap-every");

    /** @throws IllegalArgumentException with a one-line message for an unknown or incomplete option */
    public static AppOptions parse(List<String> args) {
        Optional<Language> language = Optional.empty();
        Optional<Theme> theme = Optional.empty();
        Optional<Path> snapshotDir = Optional.empty();
        Optional<Path> benchOut = Optional.empty();
        int benchSeconds = BenchOptions.DEFAULT_SECONDS;
        int heapEvery = 0;
        boolean benchTuned = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String[] split = option.split("=", 2);
            String name = split[0];
            String value;
            if (split.length == 2) {
                value = split[1];
            } else if (i + 1 < args.size() && WITH_VALUE.contains(name)) {
                value = args.get(++i);
            } else {
                value = null;
            }
            switch (name) {
                case "--lang" -> language = Optional.of(Language.fromCode(required(name, value)));
                case "--theme" -> theme = Optional.of(Theme.fromId(required(name, value)));
                case "--snapshot-all" -> snapshotDir = Optional.of(Path.of(required(name, value)));
                case "--bench-ui" -> benchOut = Optional.of(Path.of(required(name, value)));
                case "--bench-seconds" -> {
                    benchSeconds = positive(name, required(name, value));
                    benchTuned = true;
                }
                case "--bench-heap-every" -> {
                    heapEvery = positive(name, required(name, value));
                    benchTuned = true;
                }
                default -> throw new IllegalArgumentException("unknown option '" + option
                        + "' (app options: --lang ja|en, --theme light|dark|high-contrast, --snapshot-all DIR,"
                        + " --bench-ui OUT.json [--bench-seconds N] [--bench-heap-every S])");
            }
        }
        if (benchTuned && benchOut.isEmpty()) {
            throw new IllegalArgumentException("--bench-seconds and --bench-heap-every need --bench-ui OUT.json");
        }
        int seconds = benchSeconds;
        int every = heapEvery;
        return new AppOptions(language, theme, snapshotDir, benchOut.map(out -> new BenchOptions(out, seconds, every)));
    }

    private static int positive(String name, String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // the message below names the problem
        }
        throw new IllegalArgumentException(name + " needs a whole number of seconds above 0, got '" + value + "'");
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
