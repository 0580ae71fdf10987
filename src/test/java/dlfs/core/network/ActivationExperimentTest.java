package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.ActivationExperiment.LayerActivations;
import dlfs.core.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The book's 6.2 histograms: shapes of Figs 6-10 … 6-14 and the footnote's ReLU means. */
class ActivationExperimentTest {
    /** Footnote of Fig 6-14: mean activation per layer for ReLU with std 0.01. */
    private static final double[] FOOTNOTE = {0.0396, 0.00290, 0.000197, 1.32e-5, 9.46e-7};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void reluWithStd001MatchesTheFootnoteMeans(long seed) {
        List<LayerActivations> layers = ActivationExperiment.runBook(Activation.RELU, WeightInit.fixed(0.01), new Rng(seed));
        assertEquals(5, layers.size());
        double[] tolerance = {0.10, 0.25, 0.5, 0.5, 0.5};
        for (int i = 0; i < 5; i++) {
            double mean = layers.get(i).mean();
            assertEquals(FOOTNOTE[i], mean, FOOTNOTE[i] * tolerance[i], "layer " + (i + 1));
        }
    }

    @Test
    void sigmoidWithStd1PilesUpAtZeroAndOne() {
        LayerActivations last = ActivationExperiment.runBook(Activation.SIGMOID, WeightInit.fixed(1), new Rng(7)).get(4);
        long[] counts = last.histogram(30, 0, 1);
        long total = java.util.Arrays.stream(counts).sum();
        assertEquals(100_000, total);
        assertTrue(counts[0] + counts[29] > 0.4 * total, "ends hold " + (counts[0] + counts[29]));
    }

    @Test
    void sigmoidWithStd001CollapsesOntoOneHalf() {
        for (LayerActivations layer : ActivationExperiment.runBook(Activation.SIGMOID, WeightInit.fixed(0.01), new Rng(7))) {
            assertEquals(0.5, layer.mean(), 0.01);
            assertTrue(layer.std() < 0.03, "layer " + layer.layer() + " std " + layer.std());
            long[] counts = layer.histogram(30, 0, 1);
            // bins 13 … 16 cover 0.433 … 0.567
            assertTrue(counts[13] + counts[14] + counts[15] + counts[16] > 95_000, "layer " + layer.layer());
        }
    }

    @Test
    void heKeepsTheReluSpreadWhileXavierLetsItShrink() {
        List<LayerActivations> he = ActivationExperiment.runBook(Activation.RELU, WeightInit.he(), new Rng(11));
        List<LayerActivations> xavier = ActivationExperiment.runBook(Activation.RELU, WeightInit.xavier(), new Rng(11));
        double heRatio = he.get(4).std() / he.get(0).std();
        double xavierRatio = xavier.get(4).std() / xavier.get(0).std();
        assertTrue(heRatio > 0.6 && heRatio < 1.6, "He keeps the spread: " + heRatio);
        // the variance halves at each ReLU layer under Xavier: 4 layers give about (1/√2)⁴ = 0.25
        assertEquals(0.25, xavierRatio, 0.1);
    }

    @Test
    void xavierTanhIsCentredOnZero() {
        for (LayerActivations layer : ActivationExperiment.runBook(Activation.TANH, WeightInit.xavier(), new Rng(4))) {
            assertEquals(0, layer.mean(), 0.02);
            assertTrue(layer.std() > 0.2, "spread stays wide");
        }
    }

    @Test
    void zeroInitMakesEveryUnitTheSame() {
        for (LayerActivations layer : ActivationExperiment.run(50, 20, 3, Activation.SIGMOID, WeightInit.zero(), new Rng(1))) {
            assertTrue(layer.unitsIdentical());
            assertEquals(0.5, layer.mean(), 0);
        }
        assertFalse(ActivationExperiment.run(50, 20, 3, Activation.SIGMOID, WeightInit.xavier(), new Rng(1)).get(2)
                .unitsIdentical());
    }
}
