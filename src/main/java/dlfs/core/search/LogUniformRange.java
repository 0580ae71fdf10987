package dlfs.core.search;

import dlfs.core.random.Rng;

/**
 * A range searched on a log scale: {@code 10^U(minExponent, maxExponent)}, as in the book's
 * {@code 10 ** np.random.uniform(-6, -2)}. Every power of ten in the range gets the same share of
 * samples, which is what matters when a good value could be 0.0001 or 0.01.
 */
public record LogUniformRange(double minExponent, double maxExponent) {
    /** The book's learning-rate range, 10⁻⁶ … 10⁻². */
    public static final LogUniformRange BOOK_LEARNING_RATE = new LogUniformRange(-6, -2);
    /** The book's weight-decay range, 10⁻⁸ … 10⁻⁴. */
    public static final LogUniformRange BOOK_WEIGHT_DECAY = new LogUniformRange(-8, -4);

    public LogUniformRange {
        if (!Double.isFinite(minExponent) || !Double.isFinite(maxExponent) || minExponent > maxExponent) {
            throw new IllegalArgumentException("log range needs finite exponents with min ≤ max, got 10^"
                    + minExponent + " … 10^" + maxExponent);
        }
    }

    /** One value 10^u with u uniform in [minExponent, maxExponent). */
    public double sample(Rng rng) {
        return Math.pow(10, rng.uniform(minExponent, maxExponent));
    }

    public double min() {
        return Math.pow(10, minExponent);
    }

    public double max() {
        return Math.pow(10, maxExponent);
    }

    public boolean contains(double value) {
        return value >= min() && value <= max();
    }
}
