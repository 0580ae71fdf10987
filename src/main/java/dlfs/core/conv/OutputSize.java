package dlfs.core.conv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formula (7.1) along one axis: {@code OH = (H + 2P − FH)/S + 1}, kept as a calculator that never
 * throws on a bad fit, so the padding &amp; stride panel can show every intermediate value.
 *
 * <p>The book asks for sizes that divide exactly. When they do not, some frameworks quietly round
 * down; {@link #floor()} tells what such a framework would produce, while {@link #exact(String)}
 * refuses the fit with the formula spelled out.
 *
 * @param input  H (or W), the unpadded input size
 * @param filter FH (or FW), the filter or pooling window size
 * @param stride S, the step between window positions
 * @param pad    P, the zero border added on each side
 */
public record OutputSize(int input, int filter, int stride, int pad) {
    public OutputSize {
        if (input < 1 || filter < 1 || stride < 1 || pad < 0) {
            throw new IllegalArgumentException("need input ≥ 1, filter ≥ 1, stride ≥ 1 and pad ≥ 0; got input "
                    + input + ", filter " + filter + ", stride " + stride + ", pad " + pad);
        }
    }

    /** H + 2P: the input size once the zero border is added. */
    public int padded() {
        return input + 2 * pad;
    }

    /** H + 2P − FH: how far the window can travel inside the padded input. */
    public int travel() {
        return padded() - filter;
    }

    /** The formula's value before any rounding, e.g. 4.5. */
    public double value() {
        return (double) travel() / stride + 1;
    }

    /** True when the window fits and its travel is a whole number of strides. */
    public boolean isExact() {
        return travel() >= 0 && travel() % stride == 0;
    }

    /** What a framework that rounds down would give (0 or less when the filter does not fit at all). */
    public int floor() {
        return Math.floorDiv(travel(), stride) + 1;
    }

    /**
     * The formula with the numbers filled in, e.g. {@code (8 + 2·1 − 3)/2 + 1 = 4.5}; a value that needs
     * more than three decimals is shown rounded after "≈".
     */
    public String formula() {
        return "(" + input + " + 2·" + pad + " − " + filter + ")/" + stride + " + 1 " + valueText();
    }

    /**
     * The output size, or an {@link IllegalArgumentException} whose message shows the formula and
     * the floored value when the size is not a positive whole number.
     *
     * @param axis a word for the message, such as "height" or "width"
     */
    public int exact(String axis) {
        if (travel() < 0) {
            throw new IllegalArgumentException(axis + ": the " + filter + "-wide window does not fit in the padded input of "
                    + padded() + " (" + input + " + 2·" + pad + ")");
        }
        if (!isExact()) {
            throw new IllegalArgumentException("output " + axis + " " + formula() + " is not a whole number;"
                    + " a framework that rounds down would give " + floor());
        }
        return floor();
    }

    private String valueText() {
        BigDecimal exactValue = BigDecimal.valueOf(travel()).add(BigDecimal.valueOf((long) stride))
                .divide(BigDecimal.valueOf(stride), 3, RoundingMode.HALF_EVEN);
        boolean shownExactly = exactValue.multiply(BigDecimal.valueOf(stride))
                .compareTo(BigDecimal.valueOf((long) travel() + stride)) == 0;
        return (shownExactly ? "= " : "≈ ") + exactValue.stripTrailingZeros().toPlainString();
    }
}
