package dlfs.core.metrics;

/**
 * Smooths a noisy curve such as the mini-batch loss, like the companion code's {@code smooth_curve}:
 * a weighted moving average over 11 neighbours with Kaiser-window weights (β = 2), the ends
 * extended by mirroring the curve, so the result has as many points as the input.
 */
public final class CurveSmoothing {
    /** The companion code's window length. */
    public static final int BOOK_WINDOW = 11;
    /** The companion code's Kaiser shape parameter β. */
    public static final double BOOK_BETA = 2;

    private CurveSmoothing() {
    }

    /** The book's smoothing: 11 points, β = 2. */
    public static double[] smooth(double[] values) {
        return smooth(values, kaiserWindow(BOOK_WINDOW, BOOK_BETA));
    }

    /**
     * Weighted average of each point's neighbourhood (the window is centred on it and normalised to
     * sum 1). Like {@code np.r_[x[w-1:0:-1], x, x[-1:-w:-1]]}, positions before the start mirror
     * around the first point and positions after the end mirror including the last one; a curve
     * shorter than the window clamps at its ends.
     */
    public static double[] smooth(double[] values, double[] window) {
        if (window.length % 2 == 0) {
            throw new IllegalArgumentException("smoothing window needs an odd length, got " + window.length);
        }
        int n = values.length;
        int half = window.length / 2;
        double total = 0;
        for (double w : window) {
            total += w;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = -half; k <= half; k++) {
                sum += window[k + half] * values[reflect(i + k, n)];
            }
            out[i] = sum / total;
        }
        return out;
    }

    private static int reflect(int j, int n) {
        int mirrored = j < 0 ? -j : j >= n ? 2 * n - 1 - j : j;
        return Math.max(0, Math.min(n - 1, mirrored));
    }

    /**
     * NumPy's {@code kaiser(length, beta)}: w[n] = I₀(β·√(1 − ((n − α)/α)²)) / I₀(β) with α = (length − 1)/2,
     * a bell that is 1 in the middle; larger β makes it narrower.
     */
    public static double[] kaiserWindow(int length, double beta) {
        if (length < 1) {
            throw new IllegalArgumentException("window length must be at least 1, got " + length);
        }
        double[] w = new double[length];
        if (length == 1) {
            w[0] = 1;
            return w;
        }
        double alpha = (length - 1) / 2.0;
        for (int n = 0; n < length; n++) {
            double r = (n - alpha) / alpha;
            w[n] = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta);
        }
        return w;
    }

    /** The modified Bessel function of the first kind, order 0: Σₖ ((x/2)ᵏ / k!)². */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
