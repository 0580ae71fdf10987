package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.tensor.Tensor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Matrices and vectors as people type them, and as NumPy prints them. Rows are separated by new
 * lines or ";", values by commas or spaces; NumPy's brackets are accepted too: {@code [1, 2]} is a
 * vector of shape (2,), {@code [[1, 2]]} a 1×2 matrix. Printing follows NumPy's default of eight
 * decimals without trailing zeros: {@code [0.31682708 0.69627909]}.
 */
public final class MatrixText {
    /** A parsed value or why the text is not one. */
    public record Parsed(Tensor value, Message error) {
        public boolean ok() {
            return error == null;
        }
    }

    private MatrixText() {
    }

    /**
     * Reads a matrix or vector. A single row without double brackets is a vector unless
     * {@code alwaysMatrix} asks for a 1×n matrix (weights are always matrices).
     */
    public static Parsed parse(String text, boolean alwaysMatrix) {
        String trimmed = text == null ? "" : text.trim();
        boolean doubleBrackets = trimmed.startsWith("[[") || trimmed.startsWith("[ [");
        String normal = trimmed.replaceAll("\\]\\s*,?\\s*\\[", ";").replace("[", "").replace("]", "");
        List<double[]> rows = new ArrayList<>();
        for (String line : normal.split("[;\\n]")) {
            if (line.isBlank()) {
                continue;
            }
            String[] tokens = line.trim().split("[,\\s]+");
            double[] row = new double[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                OptionalDouble value = NumberSlider.parse(tokens[i]);
                if (value.isEmpty()) {
                    return new Parsed(null, Message.of("ch03.matrix.number", tokens[i]));
                }
                row[i] = value.getAsDouble();
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                return new Parsed(null, Message.of("ch03.matrix.ragged", rows.size() + 1, row.length,
                        rows.get(0).length));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return new Parsed(null, Message.of("ch03.matrix.empty"));
        }
        if (rows.size() == 1 && !doubleBrackets && !alwaysMatrix) {
            return new Parsed(Tensor.vector(rows.get(0)), null);
        }
        return new Parsed(Tensor.matrix(rows.toArray(double[][]::new)), null);
    }

    /**
     * NumPy's print: eight decimals, trailing zeros dropped, rows on their own lines; when any value
     * is below 1e-4 or at least 1e8 in size, every value is written in scientific notation.
     */
    public static String format(Tensor t) {
        boolean scientific = needsScientific(t.data());
        if (t.rank() == 0) {
            return number(t.data()[0], scientific);
        }
        if (t.rank() == 1) {
            return row(t.data(), 0, t.size(), scientific);
        }
        StringBuilder out = new StringBuilder("[");
        int cols = t.cols();
        for (int r = 0; r < t.rows(); r++) {
            out.append(r == 0 ? "" : "\n ").append(row(t.data(), r * cols, cols, scientific));
        }
        return out.append(']').toString();
    }

    /** NumPy's rule: scientific notation for all values when one of them is below 1e-4 or at least 1e8 in size. */
    public static boolean needsScientific(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v) && v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e8)) {
                return true;
            }
        }
        return false;
    }

    /** The text a matrix or vector is typed as: rows on lines, values separated by ", ". */
    public static String editable(Tensor t) {
        StringBuilder out = new StringBuilder();
        int cols = t.rank() <= 1 ? t.size() : t.cols();
        for (int i = 0; i < t.size(); i++) {
            out.append(i == 0 ? "" : i % cols == 0 ? "\n" : ", ").append(NumberSlider.text(t.data()[i]));
        }
        return out.toString();
    }

    private static String row(double[] values, int from, int count, boolean scientific) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(number(values[from + i], scientific));
        }
        return out.append(']').toString();
    }

    /** One value as NumPy writes it inside an array: 0.3, 0.57444252, 19., nan, inf, 2.06106005e-09. */
    public static String number(double v, boolean scientific) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (scientific) {
            return String.format(Locale.ROOT, "%.8e", v);
        }
        String fixed = new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return fixed.contains(".") ? fixed : fixed + ".";
    }
}
