package dlfs.core.network;

import dlfs.core.init.Symmetry;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's activation-distribution experiment (6.2.2, {@code weight_init_activation_histogram.py}):
 * 1,000 samples of 100 standard-normal features go through 5 layers of 100 units, each
 * {@code a = activation(x·W)} with W drawn by the chosen initial weights (biases are 0), and the
 * outputs of every layer are kept for histograms. Too small a scale squeezes the activations
 * together, too large a scale pushes a sigmoid to 0 and 1; Xavier and He keep them spread.
 */
public final class ActivationExperiment {
    /** The book's setting. */
    public static final int BOOK_SAMPLES = 1000;
    public static final int BOOK_NODES = 100;
    public static final int BOOK_LAYERS = 5;
    /** The book's histograms use 30 bins. */
    public static final int BOOK_BINS = 30;

    /** One layer's activations (samples × units) with their summary. */
    public record LayerActivations(int layer, Tensor activations, double mean, double std, double unitSpread) {
        /** All values, row by row. */
        public double[] values() {
            return activations.data().clone();
        }

        /**
         * Counts over {@code bins} equal bins spanning [from, to], like {@code np.histogram(a, bins, range)}:
         * values outside are left out, {@code to} itself goes into the last bin.
         */
        public long[] histogram(int bins, double from, double to) {
            if (bins < 1 || !(to > from)) {
                throw new IllegalArgumentException("histogram needs bins ≥ 1 and to > from, got " + bins + " bins over ["
                        + from + ", " + to + "]");
            }
            long[] counts = new long[bins];
            double width = (to - from) / bins;
            for (double v : activations.data()) {
                if (v >= from && v <= to) {
                    counts[Math.min(bins - 1, (int) ((v - from) / width))]++;
                }
            }
            return counts;
        }

        /** True when every unit of the layer gave the same output for every sample (symmetric weights). */
        public boolean unitsIdentical() {
            return unitSpread == 0;
        }
    }

    private ActivationExperiment() {
    }

    /**
     * Runs the experiment.
     *
     * @param rng draws the input first, then the weights layer by layer
     */
    public static List<LayerActivations> run(int samples, int nodes, int layers, Activation activation, WeightInit init,
                                             Rng rng) {
        if (samples < 1 || nodes < 1 || layers < 1) {
            throw new IllegalArgumentException("the experiment needs at least 1 sample, node and layer, got " + samples
                    + " samples, " + nodes + " nodes, " + layers + " layers");
        }
        Tensor x = Tensor.zeros(samples, nodes);
        double[] input = x.data();
        for (int i = 0; i < input.length; i++) {
            input[i] = rng.gaussian();
        }
        NetworkBuilder builder = new NetworkBuilder(nodes, rng).weightInit(init);
        for (int i = 0; i < layers; i++) {
            builder.affine(nodes).activation(activation);
        }
        List<ForwardTrace.Step> steps = ForwardTrace.run(builder.softmaxWithLoss(), x, false);
        List<LayerActivations> result = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            result.add(summarise(i + 1, steps.get(2 * i + 1).output()));
        }
        return List.copyOf(result);
    }

    /** The book's setting: 1,000 × 100 input, 5 layers of 100 units. */
    public static List<LayerActivations> runBook(Activation activation, WeightInit init, Rng rng) {
        return run(BOOK_SAMPLES, BOOK_NODES, BOOK_LAYERS, activation, init, rng);
    }

    private static LayerActivations summarise(int layer, Tensor a) {
        double[] d = a.data();
        double mean = a.mean();
        double squares = 0;
        for (double v : d) {
            squares += (v - mean) * (v - mean);
        }
        return new LayerActivations(layer, a, mean, Math.sqrt(squares / d.length), Symmetry.unitSpread(a));
    }
}
