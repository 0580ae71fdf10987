package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Layer;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;

/** Shared by the layer and network tests: random inputs and the pass criterion of a gradient check. */
public final class GradientAssertions {
    /** Mean |backprop − numerical| per parameter must stay below this (double precision, h = 1e-4). */
    public static final double MAX_MEAN_ABS_DIFF = 1e-7;

    private GradientAssertions() {
    }

    public static void assertBackpropMatchesNumerical(GradientCheck.Report report) {
        assertFalse(report.entries().isEmpty(), "nothing was checked");
        assertTrue(report.maxMeanAbsDiff() < MAX_MEAN_ABS_DIFF, () -> "backprop disagrees:\n" + report);
    }

    /**
     * Gradient-checks {@code layer} on an N(0, 1) input of {@code inputShape} with an N(0, 1) upstream
     * gradient of {@code outputShape}, and returns the passing report.
     */
    public static GradientCheck.Report assertLayerPassesGradientCheck(Layer layer, Rng rng, int[] inputShape,
                                                                     int[] outputShape) {
        GradientCheck.Report report = GradientCheck.ofLayer(layer, gaussian(rng, inputShape), gaussian(rng, outputShape));
        assertBackpropMatchesNumerical(report);
        return report;
    }

    /** Uniform values in [low, high). */
    public static Tensor uniform(Rng rng, double low, double high, int... shape) {
        Tensor t = Tensor.zeros(shape);
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(low, high);
        }
        return t;
    }

    /** N(0, 1) values. */
    public static Tensor gaussian(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(shape);
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.gaussian();
        }
        return t;
    }

    /** Class labels 0 … classes−1, one per sample. */
    public static Tensor labels(Rng rng, int samples, int classes) {
        Tensor t = Tensor.zeros(samples);
        for (int i = 0; i < samples; i++) {
            t.data()[i] = rng.nextInt(classes);
        }
        return t;
    }
}
