package dlfs.app.ch06;

import java.math.BigDecimal;
import java.util.Locale;

/** How the chapter's panels print numbers: up to six significant digits, no trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    /** 0.95, -6.335, 0.000197 → 1.97e-4, 1.32e-05 → 1.32e-5, NaN → "—". */
    static String format(double value) {
        return format(value, 6);
    }

    static String format(double value, int significant) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e6) {
            String[] parts = String.format(Locale.ROOT, "%." + (significant - 1) + "e", value).split("e");
            return strip(parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(significant));
        return strip(rounded.toPlainString());
    }

    /** A share 0..1 as a percentage with one decimal, e.g. 0.9123 → "91.2 %". */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    private static String strip(String digits) {
        if (!digits.contains(".")) {
            return digits;
        }
        String s = digits.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
