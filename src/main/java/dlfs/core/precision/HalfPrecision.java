package dlfs.core.precision;

/**
 * IEEE 754 binary16 ("half precision", NumPy's {@code float16}): 1 sign bit, 5 exponent bits
 * (bias 15) and 10 fraction bits. The largest finite value is 65504, the gap between 1 and the
 * next value is 2⁻¹⁰ ≈ 0.000977, and the smallest positive (subnormal) value is 2⁻²⁴.
 *
 * <p>Java 20 added {@code Float.floatToFloat16} and {@code Float.float16ToFloat}; this project runs
 * on Java 17, so the two conversions are written out here. Rounding is to the nearest value, ties
 * to the one whose last fraction bit is 0 ("round half to even"), exactly as the hardware and NumPy
 * do. A double is rounded to half directly, never through float first: rounding twice can land on
 * the other neighbour when the first rounding creates a tie.
 */
public final class HalfPrecision {
    /** The largest finite half value, 65504 = (2 − 2⁻¹⁰)·2¹⁵. */
    public static final double MAX_VALUE = 65504.0;
    /** The smallest positive normal half value, 2⁻¹⁴. */
    public static final double MIN_NORMAL = 0x1p-14;
    /** The smallest positive half value (subnormal), 2⁻²⁴. */
    public static final double MIN_VALUE = 0x1p-24;

    private static final int EXPONENT_BIAS = 15;
    private static final int FRACTION_BITS = 10;
    private static final int INFINITY_BITS = 0x7C00;
    private static final int NAN_BITS = 0x7E00;
    /** Halfway between MAX_VALUE and 2¹⁶: from here on a value rounds to infinity. */
    private static final double OVERFLOW_THRESHOLD = 65520.0;

    private HalfPrecision() {
    }

    /** The binary16 bit pattern nearest to {@code value} (ties to even); NaN becomes the quiet NaN 0x7E00. */
    public static short toHalfBits(double value) {
        int sign = value < 0 || (value == 0 && 1 / value < 0) ? 0x8000 : 0;
        double magnitude = Math.abs(value);
        if (Double.isNaN(value)) {
            return (short) NAN_BITS;
        }
        if (magnitude >= OVERFLOW_THRESHOLD) {
            return (short) (sign | INFINITY_BITS);
        }
        if (magnitude < MIN_NORMAL) {
            // subnormal: value = fraction · 2⁻²⁴; a fraction that rounds up to 1024 is exactly the smallest normal
            int fraction = (int) Math.rint(Math.scalb(magnitude, 24));
            return (short) (sign | fraction);
        }
        int exponent = Math.getExponent(magnitude);
        // significand · 2^(exponent − 10) = magnitude, with 1024 ≤ significand < 2048 before rounding
        int significand = (int) Math.rint(Math.scalb(magnitude, FRACTION_BITS - exponent));
        if (significand == 2 << FRACTION_BITS) {
            significand = 1 << FRACTION_BITS;
            exponent++;
        }
        int fraction = significand - (1 << FRACTION_BITS);
        return (short) (sign | (exponent + EXPONENT_BIAS) << FRACTION_BITS | fraction);
    }

    /** The value of a binary16 bit pattern, exactly (every half value is a double). */
    public static double toDouble(short bits) {
        int b = bits & 0xFFFF;
        double sign = (b & 0x8000) != 0 ? -1.0 : 1.0;
        int exponent = (b >>> FRACTION_BITS) & 0x1F;
        int fraction = b & 0x3FF;
        if (exponent == 0) {
            return sign * Math.scalb((double) fraction, -24);
        }
        if (exponent == 0x1F) {
            return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * Math.scalb((double) ((1 << FRACTION_BITS) | fraction), exponent - EXPONENT_BIAS - FRACTION_BITS);
    }

    /** As Java 20's {@code Float.floatToFloat16}. */
    public static short floatToFloat16(float value) {
        return toHalfBits(value);
    }

    /** As Java 20's {@code Float.float16ToFloat}. */
    public static float float16ToFloat(short bits) {
        return (float) toDouble(bits);
    }

    /** {@code value} stored as float16 and read back: NumPy's {@code np.float16(value)}. */
    public static double round(double value) {
        return toDouble(toHalfBits(value));
    }

    /** The sign, exponent and fraction fields of a bit pattern, e.g. {@code 0 01111 0000000000} for 1.0. */
    public static String fields(short bits) {
        String binary = String.format("%16s", Integer.toBinaryString(bits & 0xFFFF)).replace(' ', '0');
        return binary.charAt(0) + " " + binary.substring(1, 6) + " " + binary.substring(6);
    }
}
