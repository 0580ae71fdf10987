package dlfs.core.network;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Param;
import dlfs.core.layer.Relu;
import dlfs.core.layer.Sigmoid;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoLayerNetTest {
    @Test
    void parametersHaveTheBooksNamesAndShapes() {
        TwoLayerNet net = TwoLayerNet.chapter4(784, 100, 10, new Rng(1));
        assertEquals(List.of("W1", "b1", "W2", "b2"), net.params().stream().map(Param::name).toList());
        assertArrayEquals(new int[] {784, 100}, net.param("W1").value().shape());
        assertArrayEquals(new int[] {100}, net.param("b1").value().shape());
        assertArrayEquals(new int[] {100, 10}, net.param("W2").value().shape());
        assertArrayEquals(new int[] {10}, net.param("b2").value().shape());
        assertEquals(0, net.param("b1").value().sum());
        assertArrayEquals(new int[] {100, 10}, net.predict(Tensor.zeros(100, 784), false).shape());
    }

    @Test
    void weightsStartWithStandardDeviationOneHundredth() {
        Tensor w1 = TwoLayerNet.chapter5(784, 100, 10, new Rng(2)).param("W1").value();
        double mean = w1.mean();
        double variance = w1.map(v -> (v - mean) * (v - mean)).mean();
        assertEquals(0.01, Math.sqrt(variance), 0.0005);
        assertEquals(0, mean, 0.0005);
    }

    @Test
    void chapterFourUsesSigmoidAndChapterFiveRelu() {
        TwoLayerNet ch4 = TwoLayerNet.chapter4(4, 3, 2, new Rng(1));
        TwoLayerNet ch5 = TwoLayerNet.chapter5(4, 3, 2, new Rng(1));
        assertInstanceOf(Affine.class, ch4.layers().get(0));
        assertInstanceOf(Sigmoid.class, ch4.layers().get(1));
        assertInstanceOf(Relu.class, ch5.layers().get(1));
        assertEquals(3, ch5.layers().size());
        assertEquals("sigmoid", ch4.architecture().config().get("activation"));
        assertEquals(TwoLayerNet.TYPE, ch5.architecture().type());
    }

    /**
     * The book's 5.7.3: TwoLayerNet(784, 50, 10) on the first 3 training images (one-hot labels).
     * Every bias and W2 weight is checked, and 5,000 of the 39,200 W1 weights, to keep the test fast.
     * The book prints W1 2.2e-13, b1 9.7e-13, W2 8.4e-13, b2 1.2e-10; this seed gives the same orders.
     */
    @Test
    void gradientCheckOnThreeMnistImages() throws IOException {
        MnistSample sample = MnistSample.firstTraining(3);
        TwoLayerNet net = TwoLayerNet.chapter5(784, 50, 10, new Rng(2017));
        // A central difference across ReLU's corner is not a derivative: nudging one W1 or b1 value moves a
        // hidden pre-activation by at most h (pixels are ≤ 1), so none may start within h of 0.
        Tensor hidden = net.layers().get(0).forward(sample.images(), false);
        double nearestToKink = Arrays.stream(hidden.data()).map(Math::abs).min().orElseThrow();
        assertTrue(nearestToKink > 1e-4, "a hidden unit sits within h of the kink: " + nearestToKink);

        GradientCheck.Report report = GradientCheck.of(net, sample.images(), sample.oneHotLabels(), 5000, new Rng(1));
        assertBackpropMatchesNumerical(report);
        assertTrue(report.maxMeanAbsDiff() < 1e-9, () -> "expected the book's orders of magnitude:\n" + report);
        assertEquals(List.of("W1", "b1", "W2", "b2"), report.entries().stream().map(GradientCheck.Entry::name).toList());
        assertEquals(5000, report.entry("W1").checked());
        assertEquals(500, report.entry("W2").checked());
        assertTrue(report.toString().startsWith("W1:"));
    }

    @Test
    void sigmoidVersionPassesTheGradientCheck() {
        Rng rng = new Rng(3);
        TwoLayerNet net = new TwoLayerNet(6, 5, 3, 0.5, dlfs.core.layer.Activation.SIGMOID, rng);
        assertBackpropMatchesNumerical(GradientCheck.of(net, GradientAssertions.gaussian(rng, 4, 6),
                GradientAssertions.labels(rng, 4, 3)));
    }

    /** The book's 3.6.3: argmax per row of a 4×3 batch, then the fraction that matches the labels. */
    @Test
    void accuracyIsTheFractionOfRowsWhoseArgmaxIsTheLabel() {
        Tensor y = Tensor.matrix(new double[] {0.1, 0.8, 0.1}, new double[] {0.3, 0.1, 0.6},
                new double[] {0.2, 0.5, 0.3}, new double[] {0.8, 0.1, 0.1});
        int[] predicted = y.argmaxRows();
        assertArrayEquals(new int[] {1, 2, 1, 0}, predicted);
        assertEquals(0.75, Network.Accuracy.fraction(predicted, Tensor.vector(1, 2, 0, 0)));
    }
}
