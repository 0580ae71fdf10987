package dlfs.core.precision;

import dlfs.core.tensor.Tensor;

/**
 * A floating-point format a number can be stored in (8.3.4). The core computes in double; storing a
 * value in a smaller format and reading it back, {@link #round(double)}, shows what that format
 * keeps of it. Fewer bits mean less memory and bus traffic per weight, at the cost of precision.
 */
public enum Precision {
    /** IEEE binary64, Java's {@code double}, NumPy's default: about 16 significant decimal digits. */
    FLOAT64(8) {
        @Override
        public double round(double value) {
            return value;
        }
    },
    /** IEEE binary32, Java's {@code float}: about 7 significant digits. */
    FLOAT32(4) {
        @Override
        public double round(double value) {
            return (float) value;
        }
    },
    /** IEEE binary16, NumPy's {@code float16}: about 3 significant digits, largest value 65504. */
    FLOAT16(2) {
        @Override
        public double round(double value) {
            return HalfPrecision.round(value);
        }
    };

    private final int bytes;

    Precision(int bytes) {
        this.bytes = bytes;
    }

    /** The value this format stores for {@code value} (round to nearest, ties to even). */
    public abstract double round(double value);

    /** Bytes one value takes in this format. */
    public int bytes() {
        return bytes;
    }

    /** Rounds every value of {@code t} in place and returns it. */
    public Tensor roundInPlace(Tensor t) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = round(d[i]);
        }
        return t;
    }
}
