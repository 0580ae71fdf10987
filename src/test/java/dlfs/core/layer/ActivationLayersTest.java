package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static dlfs.core.gradient.GradientAssertions.assertLayerPassesGradientCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.function.Functions;
import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationLayersTest {
    @Test
    void reluMaskMarksNonPositiveInputs() {
        Relu relu = new Relu("Relu1");
        Tensor y = relu.forward(Tensor.matrix(new double[] {1.0, -0.5}, new double[] {-2.0, 3.0}), true);
        assertArrayEquals(new boolean[] {false, true, true, false}, relu.mask());
        assertArrayEquals(new double[] {1, 0, 0, 3}, y.data());
        assertArrayEquals(new double[] {5, 0, 0, 8}, relu.backward(Tensor.vector(5, 6, 7, 8).reshape(2, 2)).data());
    }

    @Test
    void sigmoidBackwardIsDoutTimesYTimesOneMinusY() {
        Sigmoid sigmoid = new Sigmoid("Sigmoid1");
        Tensor x = Tensor.vector(-2, -0.5, 0, 0.7, 3);
        Tensor dout = Tensor.vector(0.3, -1.2, 2, 0.5, -0.1);
        Tensor y = sigmoid.forward(x, true).copy();
        Tensor dx = sigmoid.backward(dout);
        for (int i = 0; i < x.size(); i++) {
            double viaGraph = dout.at(i) * y.at(i) * y.at(i) * Math.exp(-x.at(i));
            assertEquals(dout.at(i) * y.at(i) * (1 - y.at(i)), dx.at(i), 1e-15);
            assertEquals(viaGraph, dx.at(i), 1e-15);
        }
    }

    @Test
    void activationLayersComputeTheirFunctions() {
        Tensor x = Tensor.vector(-2, -0.5, 0.25, 1.5);
        assertArrayEquals(Functions.sigmoid(x).data(), new Sigmoid("s").forward(x, false).data());
        assertArrayEquals(Functions.tanh(x).data(), new Tanh("t").forward(x, false).data());
        assertArrayEquals(Functions.leakyRelu(x, 0.2).data(), new LeakyRelu("l", 0.2).forward(x, false).data());
        assertArrayEquals(Functions.hardTanh(x).data(), new HardTanh("h").forward(x, false).data());
        assertEquals(Functions.LEAKY_RELU_ALPHA, new LeakyRelu("l").alpha());
    }

    @Test
    void activationLayersKeepAndReuseTheirLastOutput() {
        Tanh tanh = new Tanh("Tanh1");
        Tensor first = tanh.forward(Tensor.vector(0.1, 0.2), true);
        assertSame(first, tanh.lastOutput());
        Tensor second = tanh.forward(Tensor.vector(0.3, 0.4), true);
        assertSame(first, second);
        assertEquals(Math.tanh(0.3), tanh.lastOutput().at(0), 0);
    }

    @Test
    void backwardBeforeForwardIsRejected() {
        assertThrows(IllegalStateException.class, () -> new Sigmoid("s").backward(Tensor.vector(1)));
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu("l", -0.1));
    }

    @Test
    void everyActivationLayerPassesTheGradientCheck() {
        Rng rng = new Rng(11);
        // |x| in [0.05, 0.9] or [1.1, 1.95], of both signs: away from the kinks at 0 (ReLU, leaky ReLU)
        // and ±1 (hard tanh), where no derivative exists
        Tensor x = GradientAssertions.uniform(rng, 0.05, 0.9, 4, 5);
        double[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (i % 2 == 0 ? 1 : -1) * (i % 3 == 0 ? d[i] + 1.05 : d[i]);
        }
        Tensor upstream = GradientAssertions.gaussian(rng, 4, 5);
        for (Layer layer : List.of(new Sigmoid("Sigmoid1"), new Tanh("Tanh1"), new Relu("Relu1"),
                new LeakyRelu("LeakyRelu1", 0.1), new HardTanh("HardTanh1"))) {
            GradientCheck.Report report = GradientCheck.ofLayer(layer, x, upstream);
            assertBackpropMatchesNumerical(report);
            assertEquals(List.of("x"), report.entries().stream().map(GradientCheck.Entry::name).toList());
        }
    }

    @Test
    void activationLayersWorkOnFourDimensionalInput() {
        Rng rng = new Rng(5);
        Tensor x = GradientAssertions.gaussian(rng, 2, 3, 2, 2);
        Tensor upstream = GradientAssertions.gaussian(rng, 2, 3, 2, 2);
        Sigmoid sigmoid = new Sigmoid("Sigmoid1");
        assertArrayEquals(new int[] {2, 3, 2, 2}, sigmoid.forward(x, true).shape());
        assertArrayEquals(new int[] {2, 3, 2, 2}, sigmoid.backward(upstream).shape());
        assertLayerPassesGradientCheck(new Tanh("Tanh1"), rng, new int[] {2, 3, 2, 2}, new int[] {2, 3, 2, 2});
    }
}
