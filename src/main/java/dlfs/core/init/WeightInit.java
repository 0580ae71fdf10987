package dlfs.core.init;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Locale;

/**
 * Initial weights drawn from N(0, std²), with the standard deviation chosen as in the book's
 * {@code MultiLayerNet}: a fixed value (e.g. 0.01), Xavier {@code 1/√n} or He {@code √(2/n)},
 * where n is the number of inputs feeding each unit (the previous layer's node count).
 */
public final class WeightInit {
    /** How the standard deviation is chosen. */
    public enum Kind { FIXED, XAVIER, HE, ZERO }

    private final Kind kind;
    private final double fixedStd;

    private WeightInit(Kind kind, double fixedStd) {
        this.kind = kind;
        this.fixedStd = fixedStd;
    }

    public static WeightInit fixed(double std) {
        if (!(std >= 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("weight init std must be finite and ≥ 0, got " + std);
        }
        return new WeightInit(Kind.FIXED, std);
    }

    public static WeightInit xavier() {
        return new WeightInit(Kind.XAVIER, 0);
    }

    public static WeightInit he() {
        return new WeightInit(Kind.HE, 0);
    }

    /** All weights zero: shows why symmetric starts fail (every unit stays identical). */
    public static WeightInit zero() {
        return new WeightInit(Kind.ZERO, 0);
    }

    /**
     * Parses the book's spellings: "relu"/"he", "sigmoid"/"xavier", "zero", or a number such as "0.01".
     */
    public static WeightInit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "relu":
            case "he":
                return he();
            case "sigmoid":
            case "xavier":
                return xavier();
            case "zero":
                return zero();
            default:
                try {
                    return fixed(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("unknown weight init '" + text
                            + "': use he, xavier, zero or a standard deviation such as 0.01", e);
                }
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Standard deviation for units that each receive {@code fanIn} inputs. */
    public double std(int fanIn) {
        switch (kind) {
            case XAVIER: return Math.sqrt(1.0 / fanIn);
            case HE: return Math.sqrt(2.0 / fanIn);
            case ZERO: return 0;
            default: return fixedStd;
        }
    }

    /** A new tensor of the given shape filled with N(0, std(fanIn)²) draws from {@code rng}. */
    public Tensor sample(Rng rng, int fanIn, int... shape) {
        Tensor w = Tensor.zeros(shape);
        double std = std(fanIn);
        double[] d = w.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = std == 0 ? 0 : std * rng.gaussian();
        }
        return w;
    }

    /** The book's spelling, for architecture descriptions and model files. */
    @Override
    public String toString() {
        switch (kind) {
            case XAVIER: return "xavier";
            case HE: return "he";
            case ZERO: return "zero";
            default: return Double.toString(fixedStd);
        }
    }
}
