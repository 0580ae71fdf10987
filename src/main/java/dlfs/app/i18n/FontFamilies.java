package dlfs.app.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Picks installed font families by preference. JavaFX on Linux does not fall back to a CJK font
 * for Japanese text, so the app names one explicitly, or Japanese shows as empty boxes.
 */
public final class FontFamilies {
    /**
     * Japanese-capable families, best first (the IPA fonts are a Debian package). The proportional
     * IPA P Gothic reads better in running text than the fixed-width IPA Gothic.
     */
    public static final List<String> JAPANESE = List.of(
            "IPAPGothic", "IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Yu Gothic", "Meiryo", "Hiragino Sans");

    /**
     * Fixed-width families for source code. IPAGothic comes first because its Latin letters are
     * fixed-width too and it also draws the Japanese in comments.
     */
    public static final List<String> MONOSPACE = List.of(
            "IPAGothic", "Noto Sans Mono CJK JP", "DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo");

    private FontFamilies() {
    }

    /** The first preferred family that is installed. */
    public static Optional<String> firstAvailable(List<String> preferred, Collection<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst();
    }
}
