package dlfs.core.train;

import dlfs.core.data.ImageDataset;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.Relu;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.network.Architecture;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small data and networks for training tests: learnable in a few hundred iterations. */
public final class TrainingFixtures {
    /** Images are 1×4×4; class k lights up row k. */
    public static final int SIDE = 4;
    public static final int PIXELS = SIDE * SIDE;

    private TrainingFixtures() {
    }

    /**
     * {@code n} noisy images of {@code classes} (≤ 4) classes, labels cycling 0, 1, 2, …: class k has a
     * bright row k on a dark, noisy background, so the classes are linearly separable.
     */
    public static ImageDataset stripes(String name, int n, int classes, Rng rng) {
        byte[] pixels = new byte[n * PIXELS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
            for (int p = 0; p < PIXELS; p++) {
                boolean lit = p / SIDE == labels[i];
                double v = (lit ? 190 : 40) + 35 * rng.gaussian();
                pixels[i * PIXELS + p] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return new ImageDataset(name, pixels, labels, 1, SIDE, SIDE, classes);
    }

    /** Affine → ReLU → Affine → Softmax-with-loss, weights N(0, std²) from {@code rng}. */
    public static SequentialNetwork twoLayerNet(int inputs, int hidden, int classes, Rng rng, WeightDecay decay, Layer... extra) {
        WeightInit init = WeightInit.fixed(0.1);
        Param w1 = new Param("W1", init.sample(rng, inputs, inputs, hidden), true);
        Param b1 = new Param("b1", Tensor.zeros(hidden), false);
        Param w2 = new Param("W2", init.sample(rng, hidden, hidden, classes), true);
        Param b2 = new Param("b2", Tensor.zeros(classes), false);
        List<Layer> layers = new ArrayList<>(List.of(new Affine("Affine1", w1, b1), new Relu("Relu1")));
        layers.addAll(List.of(extra));
        layers.add(new Affine("Affine2", w2, b2));
        Architecture architecture = new Architecture("TestTwoLayerNet", Map.of("hidden", hidden));
        return new SequentialNetwork(layers, new SoftmaxWithLoss(), decay, architecture);
    }

    /** Copies of every parameter's values, to compare later. */
    public static List<double[]> snapshot(List<Param> params) {
        List<double[]> out = new ArrayList<>();
        for (Param p : params) {
            out.add(p.value().data().clone());
        }
        return out;
    }
}
