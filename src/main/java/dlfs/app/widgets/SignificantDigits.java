package dlfs.app.widgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the panels write them: rounded to a number of significant digits, no trailing zeros. */
public final class SignificantDigits {
    private SignificantDigits() {
    }

    /** {@code value} with at most {@code digits} significant digits, without trailing zeros ("2.2", "715", "0.01821"). */
    public static String format(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text;
        if (magnitude >= 1e7 || magnitude < 1e-4) {
            text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value)
                    .replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        } else {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(magnitude)));
            text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString();
        }
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
