package dlfs.core.network;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.Sigmoid;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {
    @Test
    void namesLayersAndParametersLikeTheBook() {
        SequentialNetwork net = new NetworkBuilder(4, new Rng(1)).weightInit(WeightInit.he())
                .affine(5).batchNorm().relu().dropout(0.1).affine(3).softmaxWithLoss();
        assertEquals(List.of("Affine1", "BatchNorm1", "Relu1", "Dropout1", "Affine2"),
                net.layers().stream().map(Layer::name).toList());
        assertEquals(List.of("W1", "b1", "gamma1", "beta1", "W2", "b2"), net.params().stream().map(Param::name).toList());
        assertEquals(List.of("affine 5", "batchnorm", "relu", "dropout 0.1", "affine 3"),
                net.architecture().config().get("layers"));
        assertEquals(NetworkBuilder.TYPE, net.architecture().type());
    }

    @Test
    void tracksTheWidthThroughMaxoutAndAffineLayers() {
        NetworkBuilder builder = new NetworkBuilder(7, new Rng(2)).maxout(4, 3);
        assertEquals(4, builder.width());
        SequentialNetwork net = builder.tanh().affine(2).softmaxWithLoss();
        assertArrayEquals(new int[] {7, 12}, net.param("W1").value().shape());
        assertArrayEquals(new int[] {4, 2}, net.param("W2").value().shape());
        assertArrayEquals(new int[] {5, 2}, net.predict(Tensor.zeros(5, 7), false).shape());
    }

    @Test
    void parsesEveryRecordedStep() {
        NetworkBuilder builder = new NetworkBuilder(3, new Rng(3));
        for (String step : List.of("affine 4", "sigmoid", "maxout 3 2", "leaky_relu", "affine 5", "hard_tanh",
                "batchnorm", "tanh", "dropout 0.25", "affine 2", "relu")) {
            builder.add(step);
        }
        SequentialNetwork net = builder.softmaxWithLoss();
        assertInstanceOf(Sigmoid.class, net.layers().get(1));
        assertEquals(11, net.layers().size());
        assertThrows(IllegalArgumentException.class, () -> builder.add("affine"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("affine many"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("convolution 3"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("relu 3"));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkBuilder(0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> new NetworkBuilder(3, new Rng(1)).affine(0));
        assertThrows(IllegalArgumentException.class, () -> new NetworkBuilder(3, new Rng(1)).dropout(1.0));
        assertThrows(IllegalStateException.class, () -> new NetworkBuilder(3, new Rng(1)).affine(2).weightInit(WeightInit.he()));
    }

    @Test
    void maxoutLeakyReluAndHardTanhNetworksPassTheGradientCheck() {
        Rng rng = new Rng(4);
        SequentialNetwork net = new NetworkBuilder(5, new Rng(5)).weightInit(WeightInit.xavier())
                .maxout(4, 2).affine(4).activation(Activation.LEAKY_RELU).affine(4).batchNorm()
                .activation(Activation.HARD_TANH).affine(3).softmaxWithLoss();
        assertBackpropMatchesNumerical(GradientCheck.of(net, GradientAssertions.gaussian(rng, 6, 5),
                GradientAssertions.labels(rng, 6, 3)));
    }

    @Test
    void everyDenseArchitectureRebuildsWithTheSameWeights() {
        List<SequentialNetwork> nets = List.of(
                TwoLayerNet.chapter4(6, 4, 3, new Rng(9)),
                new MultiLayerNet(6, new int[] {4}, 3, Activation.TANH, WeightInit.parse("0.05"), WeightDecay.NONE, new Rng(9)),
                new NetworkBuilder(6, new Rng(9)).weightDecay(new WeightDecay(0.1, 0.2)).maxout(4, 2).batchNorm()
                        .dropout(0.3).affine(3).softmaxWithLoss());
        for (SequentialNetwork net : nets) {
            SequentialNetwork copy = DenseNetworks.fromArchitecture(net.architecture(), new Rng(9));
            assertEquals(net.getClass(), copy.getClass());
            assertEquals(net.architecture(), copy.architecture());
            assertEquals(net.weightDecay(), copy.weightDecay());
            for (Param p : net.params()) {
                assertArrayEquals(p.value().data(), copy.param(p.name()).value().data(), 0, p.name());
            }
        }
    }

    /** A model file may give numbers back as Long or Double and lists as any List. */
    @Test
    void rebuildsFromLooselyTypedSettings() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputSize", 6L);
        config.put("hiddenSizes", List.of(5.0, 4L));
        config.put("outputSize", 3.0);
        config.put("activation", "ReLU");
        config.put("weightInit", "he");
        config.put("weightDecayL2", 0);
        config.put("weightDecayL1", 0.0);
        SequentialNetwork net = DenseNetworks.fromArchitecture(new Architecture(MultiLayerNet.TYPE, config), new Rng(1));
        assertArrayEquals(new int[] {5, 4}, net.param("W2").value().shape());
    }

    @Test
    void rejectsUnknownOrIncompleteArchitectures() {
        assertThrows(IllegalArgumentException.class,
                () -> DenseNetworks.fromArchitecture(new Architecture("SimpleConvNet", Map.of()), new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> DenseNetworks.fromArchitecture(new Architecture(TwoLayerNet.TYPE, Map.of("inputSize", 3)), new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> DenseNetworks.fromArchitecture(
                new Architecture(TwoLayerNet.TYPE, Map.of("inputSize", "three")), new Rng(1)));
    }

    @Test
    void forwardTraceKeepsEveryLayersOutput() {
        Rng rng = new Rng(11);
        SequentialNetwork net = new MultiLayerNet(6, new int[] {5, 4}, 3, Activation.SIGMOID, WeightInit.xavier(),
                WeightDecay.NONE, new Rng(12));
        Tensor x = GradientAssertions.gaussian(rng, 2, 6);
        List<ForwardTrace.Step> trace = ForwardTrace.run(net, x, false);
        assertEquals(List.of("Affine1", "Sigmoid1", "Affine2", "Sigmoid2", "Affine3"),
                trace.stream().map(ForwardTrace.Step::layerName).toList());
        assertArrayEquals(new int[] {2, 5}, trace.get(1).output().shape());
        assertArrayEquals(((Sigmoid) net.layers().get(3)).lastOutput().data(), trace.get(3).output().data(), 0);
        assertArrayEquals(net.predict(x, false).data(), trace.get(4).output().data(), 0);
    }
}
