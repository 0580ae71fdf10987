package dlfs.core.network;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiLayerNetTest {
    private static MultiLayerNet small(Activation activation, WeightDecay decay, long seed) {
        return new MultiLayerNet(6, new int[] {5, 4}, 3, activation, WeightInit.he(), decay, new Rng(seed));
    }

    @Test
    void parametersFollowTheCompanionCodesNamesAndShapes() {
        MultiLayerNet net = new MultiLayerNet(784, new int[] {100, 100, 100, 100}, 10, Activation.RELU,
                WeightInit.he(), WeightDecay.NONE, new Rng(1));
        assertEquals(List.of("W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4", "W5", "b5"),
                net.params().stream().map(Param::name).toList());
        assertArrayEquals(new int[] {784, 100}, net.param("W1").value().shape());
        assertArrayEquals(new int[] {100, 100}, net.param("W4").value().shape());
        assertArrayEquals(new int[] {100, 10}, net.param("W5").value().shape());
        assertArrayEquals(new int[] {10}, net.param("b5").value().shape());
        assertEquals(9, net.layers().size());
    }

    @Test
    void initialWeightsScaleWithEachLayersFanIn() {
        MultiLayerNet he = new MultiLayerNet(784, new int[] {100, 100}, 10, Activation.RELU, WeightInit.he(),
                WeightDecay.NONE, new Rng(2));
        MultiLayerNet xavier = new MultiLayerNet(784, new int[] {100, 100}, 10, Activation.SIGMOID, WeightInit.xavier(),
                WeightDecay.NONE, new Rng(2));
        assertEquals(Math.sqrt(2.0 / 784), std(he.param("W1").value()), 0.03 * Math.sqrt(2.0 / 784));
        assertEquals(Math.sqrt(2.0 / 100), std(he.param("W2").value()), 0.03 * Math.sqrt(2.0 / 100));
        assertEquals(Math.sqrt(1.0 / 784), std(xavier.param("W1").value()), 0.03 * Math.sqrt(1.0 / 784));
        assertEquals(Math.sqrt(1.0 / 100), std(xavier.param("W2").value()), 0.03 * Math.sqrt(1.0 / 100));
    }

    @Test
    void passesTheGradientCheckWithEveryActivation() {
        for (Activation activation : Activation.values()) {
            Rng rng = new Rng(40 + activation.ordinal());
            MultiLayerNet net = small(activation, WeightDecay.NONE, 7);
            assertBackpropMatchesNumerical(GradientCheck.of(net, GradientAssertions.gaussian(rng, 4, 6),
                    GradientAssertions.labels(rng, 4, 3)));
        }
    }

    @Test
    void passesTheGradientCheckWithL2AndL1WeightDecay() {
        Rng rng = new Rng(50);
        Tensor x = GradientAssertions.gaussian(rng, 4, 6);
        Tensor t = GradientAssertions.labels(rng, 4, 3);
        for (WeightDecay decay : List.of(WeightDecay.l2(0.1), new WeightDecay(0, 0.05), new WeightDecay(0.02, 0.03))) {
            MultiLayerNet net = small(Activation.TANH, decay, 8);
            // |w| is not differentiable at 0: every weight must lie farther from 0 than h
            for (Param p : net.params()) {
                assertTrue(!p.decays() || Arrays.stream(p.value().data()).allMatch(w -> Math.abs(w) > 1e-3),
                        p.name() + " has a weight near 0");
            }
            assertBackpropMatchesNumerical(GradientCheck.of(net, x, t));
        }
    }

    /** The book's 6.4.2: the loss gains ½λΣW² over every W (not b), and each W's gradient gains λW. */
    @Test
    void weightDecayAddsHalfLambdaWSquaredAndLambdaW() {
        Rng rng = new Rng(60);
        Tensor x = GradientAssertions.gaussian(rng, 5, 6);
        Tensor t = GradientAssertions.labels(rng, 5, 3);
        double lambda = 0.1;
        MultiLayerNet plain = small(Activation.RELU, WeightDecay.NONE, 9);
        MultiLayerNet decayed = small(Activation.RELU, WeightDecay.l2(lambda), 9);
        double sumOfSquares = 0;
        for (String w : List.of("W1", "W2", "W3")) {
            for (double v : decayed.param(w).value().data()) {
                sumOfSquares += v * v;
            }
        }
        assertEquals(plain.loss(x, t, true) + 0.5 * lambda * sumOfSquares, decayed.loss(x, t, true), 1e-12);

        plain.gradient(x, t);
        decayed.gradient(x, t);
        for (Param p : decayed.params()) {
            Tensor expected = plain.param(p.name()).grad().copy();
            if (p.name().startsWith("W")) {
                expected.addScaled(lambda, p.value());
            }
            assertArrayEquals(expected.data(), p.grad().data(), 1e-12, p.name());
        }
    }

    @Test
    void architectureRebuildsTheSameNetwork() {
        MultiLayerNet net = new MultiLayerNet(8, new int[] {6, 5}, 4, Activation.SIGMOID, WeightInit.xavier(),
                new WeightDecay(0.01, 0.001), new Rng(70));
        SequentialNetwork copy = DenseNetworks.fromArchitecture(net.architecture(), new Rng(70));
        assertEquals(MultiLayerNet.class, copy.getClass());
        assertEquals(net.architecture(), copy.architecture());
        assertEquals(net.weightDecay(), copy.weightDecay());
        for (Param p : net.params()) {
            assertArrayEquals(p.value().data(), copy.param(p.name()).value().data(), 0, p.name());
        }
        assertEquals(List.of(6, 5), net.architecture().config().get("hiddenSizes"));
        assertEquals("xavier", net.architecture().config().get("weightInit"));
    }

    private static double std(Tensor w) {
        double mean = w.mean();
        return Math.sqrt(w.map(v -> (v - mean) * (v - mean)).mean());
    }
}
