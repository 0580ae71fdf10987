package dlfs.app.ch04;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the chapter-4 panels write numbers: short where a person reads, exact where the book is compared. */
final class NumberText {
    private NumberText() {
    }

    /** "name = value": notation, written the same in every language. */
    static String equation(String name, String value) {
        return name + " = " + value;
    }

    /** The shortest text that reads back as the same double, without a needless ".0": 100, 0.1, 1e-10. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace(".0E", "E").replace("E", "e");
    }

    /** At most {@code digits} significant digits, trailing zeros removed: 0.0975, 2.302584093, 4.47e+08. */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < Math.pow(10, digits)) {
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits));
            return rounded.stripTrailingZeros().toPlainString();
        }
        String mantissaAndExponent = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        int e = mantissaAndExponent.indexOf('e');
        String mantissa = mantissaAndExponent.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + mantissaAndExponent.substring(e);
    }

    /**
     * A vector the way NumPy prints it (8 digits after the point; scientific notation for all elements
     * when one needs it): [-6.11110793e-10, 8.14814391e-10], [-2.99999994, 3.99999992].
     */
    static String numpy(double... values) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : values) {
            double m = Math.abs(v);
            largest = Math.max(largest, m);
            if (m > 0) {
                smallest = Math.min(smallest, m);
            }
        }
        boolean scientific = largest >= 1e8 || smallest < 1e-4 || smallest < Double.POSITIVE_INFINITY
                && largest / smallest > 1e3;
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            String text;
            if (!Double.isFinite(v)) {
                text = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            } else if (scientific) {
                text = String.format(Locale.ROOT, "%.8e", v);
            } else {
                text = String.format(Locale.ROOT, "%.8f", v).replaceAll("0+$", "");
            }
            out.append(i == 0 ? "" : ", ").append(text);
        }
        return out.append(']').toString();
    }
}
