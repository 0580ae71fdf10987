package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.ConvGradientCheck;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleConvNetTest {
    @Test
    void bookNetworkHasTheBookShapesAndParameterCount() {
        SimpleConvNet net = new SimpleConvNet(new Rng(1));
        assertArrayEquals(new int[] {30, 1, 5, 5}, net.param("W1").value().shape());
        assertArrayEquals(new int[] {30}, net.param("b1").value().shape());
        assertArrayEquals(new int[] {4320, 100}, net.param("W2").value().shape());
        assertArrayEquals(new int[] {100}, net.param("b2").value().shape());
        assertArrayEquals(new int[] {100, 10}, net.param("W3").value().shape());
        assertArrayEquals(new int[] {10}, net.param("b3").value().shape());
        assertEquals(433_890, net.parameterCount());
        assertEquals(List.of("Conv1", "Relu1", "Pool1", "Affine1", "Relu2", "Affine2"),
                net.layers().stream().map(Layer::name).toList());
        assertArrayEquals(new int[] {30, 1, 5, 5}, net.convolution().weight().value().shape());
    }

    @Test
    void convolutionOutputIs24AndPoolingLeaves4320Values() {
        assertEquals(24, ConvGeometry.of(1, 28, 28, 5, 5, 1, 0).outH());
        ConvGeometry pool = ConvGeometry.of(30, 24, 24, 2, 2, 2, 0);
        assertEquals(4320, 30 * pool.positions());
        assertArrayEquals(new int[] {14400, 120}, pool.columnShape(100));
    }

    @Test
    void shapesThroughTheNetworkForABatchOf100() {
        SimpleConvNet net = new SimpleConvNet(new Rng(2));
        Tensor x = ConvGradientCheck.gaussian(new Rng(3), 100, 1, 28, 28);
        int[][] expected = {{100, 30, 24, 24}, {100, 30, 24, 24}, {100, 30, 12, 12}, {100, 100}, {100, 100}, {100, 10}};
        Tensor out = x;
        for (int i = 0; i < expected.length; i++) {
            out = net.layers().get(i).forward(out, false);
            assertArrayEquals(expected[i], out.shape(), net.layers().get(i).name());
        }
        assertArrayEquals(new int[] {57600, 25}, net.convolution().lastColumns().shape());
    }

    @Test
    void weightsStartAtTheGivenStandardDeviationAndBiasesAtZero() {
        SimpleConvNet net = new SimpleConvNet(new Rng(4));
        assertEquals(0.01, std(net.param("W2").value()), 0.0001);
        for (String bias : List.of("b1", "b2", "b3")) {
            assertEquals(0.0, net.param(bias).value().map(Math::abs).max());
        }
        for (Param p : net.params()) {
            assertEquals(p.name().startsWith("W"), p.decays(), p.name());
        }
    }

    @Test
    void flatRowsAreReadAsImages() {
        SimpleConvNet net = tiny(WeightInit.fixed(0.1), new Rng(5));
        Tensor images = ConvGradientCheck.gaussian(new Rng(6), 3, 1, 10, 10);
        double[] fromImages = net.predict(images, false).data().clone();
        assertArrayEquals(fromImages, net.predict(images.reshape(3, 100), false).data(), 0);
        ShapeException e = assertThrows(ShapeException.class, () -> net.predict(Tensor.zeros(3, 99), false));
        assertTrue(e.getMessage().contains("(N, 1, 10, 10)") && e.getMessage().contains("(N, 100)"), e.getMessage());
    }

    /**
     * The book's gradient_check.py setting with larger weights: at std 0.01 the ReLU inputs are so
     * small that the h = 1e-4 steps cross the kink at 0, which blurs the numerical gradient.
     */
    @Test
    void gradientMatchesCentralDifferencesOnATinyNetwork() {
        Rng rng = new Rng(7);
        SimpleConvNet net = tiny(WeightInit.fixed(0.3), rng);
        Tensor x = ConvGradientCheck.gaussian(rng, 2, 1, 10, 10);
        ConvGradientCheck.checkNetwork(net, x, Tensor.vector(1, 7));
    }

    @Test
    void inexactSizesAreRejectedWhenTheNetworkIsBuilt() {
        ShapeException conv = assertThrows(ShapeException.class,
                () -> new SimpleConvNet(new int[] {1, 28, 28}, 4, 5, 0, 2, 10, 10, WeightInit.fixed(0.01), new Rng(1)));
        assertTrue(conv.getMessage().startsWith("Conv1:"), conv.getMessage());
        ShapeException pool = assertThrows(ShapeException.class,
                () -> new SimpleConvNet(new int[] {1, 27, 27}, 4, 5, 0, 1, 10, 10, WeightInit.fixed(0.01), new Rng(1)));
        assertTrue(pool.getMessage().startsWith("Pool1:"), pool.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SimpleConvNet(new int[] {28, 28}, 4, 5, 0, 1, 10, 10, WeightInit.fixed(0.01), new Rng(1)));
    }

    @Test
    void architectureDescribesTheSettings() {
        SimpleConvNet net = new SimpleConvNet(new Rng(9));
        Architecture a = net.architecture();
        assertEquals("SimpleConvNet", a.type());
        assertEquals(List.of(1, 28, 28), a.config().get("inputDim"));
        assertEquals(30, a.config().get("filterNum"));
        assertEquals(5, a.config().get("filterSize"));
        assertEquals(100, a.config().get("hiddenSize"));
        assertEquals("0.01", a.config().get("weightInit"));
        Convolution conv = net.convolutions().get(0);
        assertSame(net.convolution(), conv);
    }

    /** The setting of the book's gradient_check.py: (1, 10, 10), 10 filters 3×3, hidden 10, output 10. */
    static SimpleConvNet tiny(WeightInit init, Rng rng) {
        return new SimpleConvNet(new int[] {1, 10, 10}, 10, 3, 0, 1, 10, 10, init, rng);
    }

    static double std(Tensor t) {
        double mean = t.mean();
        double sum = 0;
        for (int i = 0; i < t.size(); i++) {
            sum += (t.at(i) - mean) * (t.at(i) - mean);
        }
        return Math.sqrt(sum / t.size());
    }
}
