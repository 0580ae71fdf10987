package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.conv.ConvGradientCheck;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeepConvNetTest {
    @Test
    void bookNetworkHasTheBookParameterShapesAndCount() {
        DeepConvNet net = new DeepConvNet(new Rng(1));
        int[][] weights = {{16, 1, 3, 3}, {16, 16, 3, 3}, {32, 16, 3, 3}, {32, 32, 3, 3},
            {64, 32, 3, 3}, {64, 64, 3, 3}, {1024, 50}, {50, 10}};
        int[] biases = {16, 16, 32, 32, 64, 64, 50, 10};
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(weights[i], net.param("W" + (i + 1)).value().shape());
            assertArrayEquals(new int[] {biases[i]}, net.param("b" + (i + 1)).value().shape());
        }
        assertEquals(123_552, net.parameterCount());
    }

    @Test
    void sixThreeByThreeConvolutionsWithGrowingChannels() {
        DeepConvNet net = new DeepConvNet(new Rng(2));
        List<Convolution> convs = net.convolutions();
        assertEquals(6, convs.size());
        assertArrayEquals(new int[] {16, 16, 32, 32, 64, 64},
                convs.stream().mapToInt(c -> c.weight().value().dim(0)).toArray());
        for (Convolution c : convs) {
            assertEquals(3, c.weight().value().dim(2));
            assertEquals(3, c.weight().value().dim(3));
            assertEquals(1, c.stride());
        }
        assertArrayEquals(new int[] {1, 1, 1, 2, 1, 1}, convs.stream().mapToInt(Convolution::pad).toArray());
    }

    @Test
    void shapesThroughTheNetwork() {
        DeepConvNet net = new DeepConvNet(new Rng(3));
        Tensor out = ConvGradientCheck.gaussian(new Rng(4), 2, 1, 28, 28);
        StringBuilder trace = new StringBuilder();
        for (Layer layer : net.layers()) {
            out = layer.forward(out, false);
            if (!layer.name().startsWith("Relu") && !layer.name().startsWith("Dropout")) {
                trace.append(layer.name()).append(Arrays.toString(out.shape())).append(' ');
            }
        }
        assertEquals("Conv1[2, 16, 28, 28] Conv2[2, 16, 28, 28] Pool1[2, 16, 14, 14] "
                + "Conv3[2, 32, 14, 14] Conv4[2, 32, 16, 16] Pool2[2, 32, 8, 8] "
                + "Conv5[2, 64, 8, 8] Conv6[2, 64, 8, 8] Pool3[2, 64, 4, 4] "
                + "Affine1[2, 50] Affine2[2, 10] ", trace.toString());
    }

    @Test
    void heInitialisationScalesEachWeightBySqrtTwoOverFanIn() {
        DeepConvNet net = new DeepConvNet(new Rng(5));
        double[] scales = {0.4714, 0.1179, 0.1179, 0.0833, 0.0833, 0.0589, 0.0442, 0.2000};
        for (int i = 1; i < 8; i++) {
            Tensor w = net.param("W" + (i + 1)).value();
            double tolerance = 4 / Math.sqrt(2.0 * w.size());
            assertEquals(1.0, SimpleConvNetTest.std(w) / scales[i], tolerance, "W" + (i + 1));
        }
        assertEquals("he", net.architecture().config().get("weightInit"));
    }

    @Test
    void twoStackedThreeByThreeLayersSeeFiveByFiveWithEighteenWeights() {
        assertReceptiveField(2, 5, 18, 25);
        assertReceptiveField(3, 7, 27, 49);
    }

    /**
     * Stacks {@code depth} single-channel 3×3 convolutions and follows the gradient of one output
     * pixel back to the input: the pixels it reaches form the receptive field.
     */
    private static void assertReceptiveField(int depth, int field, int stackedWeights, int singleLayerWeights) {
        List<Convolution> stack = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            Tensor w = Tensor.zeros(1, 1, 3, 3).fill(1);
            stack.add(new Convolution("Conv" + i, new Param("W", w, true), new Param("b", Tensor.zeros(1), false), 1, 0));
        }
        int size = field + 2;
        Tensor out = Tensor.zeros(1, 1, size, size);
        for (Convolution c : stack) {
            out = c.forward(out, true);
        }
        Tensor dout = Tensor.zeros(out.shape());
        dout.set(1, 0, 0, 1, 1);
        for (int i = depth - 1; i >= 0; i--) {
            dout = stack.get(i).backward(dout);
        }
        int reached = 0;
        for (double v : dout.data()) {
            reached += v != 0 ? 1 : 0;
        }
        assertEquals(field * field, reached);
        assertEquals(stackedWeights, stack.stream().mapToInt(c -> c.weight().value().size()).sum());
        assertEquals(singleLayerWeights, Tensor.zeros(1, 1, field, field).size());
    }

    @Test
    void dropoutMakesTrainingPassesDifferWhileInferenceIsRepeatable() {
        DeepConvNet net = new DeepConvNet(new int[] {1, 12, 12}, new int[] {2, 2, 3, 3, 4, 4}, 8, 3, 0.5,
                WeightInit.he(), new Rng(6));
        Tensor x = ConvGradientCheck.gaussian(new Rng(7), 2, 1, 12, 12);
        double[] test1 = net.predict(x, false).data().clone();
        assertArrayEquals(test1, net.predict(x, false).data(), 0);
        double[] train1 = net.predict(x, true).data().clone();
        assertFalse(Arrays.equals(train1, net.predict(x, true).data()));
    }

    @Test
    void gradientMatchesCentralDifferencesWithDropoutOff() {
        Rng rng = new Rng(8);
        DeepConvNet net = new DeepConvNet(new int[] {1, 12, 12}, new int[] {2, 2, 3, 3, 4, 4}, 6, 3, 0.0,
                WeightInit.he(), rng);
        Tensor x = ConvGradientCheck.gaussian(rng, 2, 1, 12, 12);
        ConvGradientCheck.checkNetwork(net, x, Tensor.vector(2, 0));
    }

    @Test
    void inputsThatDoNotPoolExactlyAreRejected() {
        assertThrows(ShapeException.class, () -> new DeepConvNet(new int[] {1, 8, 8}, new int[] {2, 2, 3, 3, 4, 4}, 6, 3,
                0.5, WeightInit.he(), new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> new DeepConvNet(new int[] {1, 28, 28}, new int[] {16, 32}, 50, 10,
                0.5, WeightInit.he(), new Rng(1)));
    }
}
