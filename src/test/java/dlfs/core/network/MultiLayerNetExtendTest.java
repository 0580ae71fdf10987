package dlfs.core.network;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Affine;
import dlfs.core.layer.BatchNormalization;
import dlfs.core.layer.Dropout;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.layer.Tanh;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLayerNetExtendTest {
    private static MultiLayerNetExtend net(boolean batchNorm, boolean dropout, double ratio, WeightDecay decay, long seed) {
        return new MultiLayerNetExtend(6, new int[] {5, 4}, 3, Activation.RELU, WeightInit.he(), decay,
                batchNorm, dropout, ratio, new Rng(seed));
    }

    @Test
    void hiddenBlocksAreAffineBatchNormActivationDropout() {
        MultiLayerNetExtend net = net(true, true, 0.15, WeightDecay.NONE, 1);
        assertEquals(List.of("Affine1", "BatchNorm1", "Relu1", "Dropout1", "Affine2", "BatchNorm2", "Relu2", "Dropout2",
                "Affine3"), net.layers().stream().map(Layer::name).toList());
        assertEquals(List.of("W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"),
                net.params().stream().map(Param::name).toList());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, net.param("gamma1").value().data());
        assertArrayEquals(new double[] {0, 0, 0, 0}, net.param("beta2").value().data());
        assertFalse(net.param("gamma1").decays());
        assertEquals(0.15, ((Dropout) net.layers().get(3)).ratio());
    }

    @Test
    void withoutExtrasItIsAMultiLayerNet() {
        MultiLayerNetExtend extend = net(false, false, 0.5, WeightDecay.NONE, 2);
        MultiLayerNet plain = new MultiLayerNet(6, new int[] {5, 4}, 3, Activation.RELU, WeightInit.he(),
                WeightDecay.NONE, new Rng(2));
        assertEquals(plain.layers().stream().map(Layer::name).toList(), extend.layers().stream().map(Layer::name).toList());
        for (Param p : plain.params()) {
            assertArrayEquals(p.value().data(), extend.param(p.name()).value().data(), 0);
        }
    }

    @Test
    void passesTheGradientCheckWithBatchNormDropoutRatioZeroAndWeightDecay() {
        Rng rng = new Rng(3);
        MultiLayerNetExtend net = net(true, true, 0, WeightDecay.l2(0.1), 4);
        GradientCheck.Report report = GradientCheck.of(net, GradientAssertions.gaussian(rng, 5, 6),
                GradientAssertions.labels(rng, 5, 3));
        assertBackpropMatchesNumerical(report);
        assertEquals(10, report.entries().size());
    }

    @Test
    void gradientCheckRefusesRandomDropout() {
        Rng rng = new Rng(5);
        MultiLayerNetExtend net = net(false, true, 0.5, WeightDecay.NONE, 6);
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(net, GradientAssertions.gaussian(rng, 5, 6),
                GradientAssertions.labels(rng, 5, 3)));
    }

    /** Batch Norm after a convolution-shaped input: (N, C, H, W), one γ and β per channel. */
    @Test
    void batchNormOnImageInputPassesTheGradientCheck() {
        Rng rng = new Rng(7);
        BatchNormalization bn = new BatchNormalization("BatchNorm1",
                new Param("gamma1", Tensor.vector(0.8, 1.3), false), new Param("beta1", Tensor.vector(0.1, -0.2), false));
        Affine affine = new Affine("Affine1",
                new Param("W1", GradientAssertions.gaussian(rng, 18, 4), true), new Param("b1", Tensor.zeros(4), false));
        SequentialNetwork net = new SequentialNetwork(List.of(bn, new Tanh("Tanh1"), affine), new SoftmaxWithLoss(),
                WeightDecay.l2(0.05), new Architecture("test", Map.of()));
        assertBackpropMatchesNumerical(GradientCheck.of(net, GradientAssertions.gaussian(rng, 3, 2, 3, 3),
                GradientAssertions.labels(rng, 3, 4)));
    }

    @Test
    void inferenceUsesRunningStatistics() {
        Rng rng = new Rng(8);
        MultiLayerNetExtend net = net(true, false, 0, WeightDecay.NONE, 9);
        Tensor x = GradientAssertions.gaussian(rng, 10, 6);
        Tensor training = net.predict(x, true).copy();
        Tensor inference = net.predict(x, false);
        assertFalse(Arrays.equals(training.data(), inference.data()));
        BatchNormalization bn = (BatchNormalization) net.layers().get(1);
        assertArrayEquals(bn.runningMean().data(), bn.lastMean().data(), 0);
    }

    @Test
    void architectureRebuildsTheSameNetwork() {
        MultiLayerNetExtend net = net(true, true, 0.2, WeightDecay.l2(0.01), 10);
        SequentialNetwork copy = DenseNetworks.fromArchitecture(net.architecture(), new Rng(10));
        assertEquals(MultiLayerNetExtend.class, copy.getClass());
        assertEquals(net.architecture(), copy.architecture());
        for (Param p : net.params()) {
            assertArrayEquals(p.value().data(), copy.param(p.name()).value().data(), 0, p.name());
        }
        assertEquals(true, net.architecture().config().get("useBatchNorm"));
        assertEquals(0.2, net.architecture().config().get("dropoutRatio"));
    }
}
