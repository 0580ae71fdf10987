package dlfs.cli;

import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dlfs gradcheck}: the book's gradient check (ch05/gradient_check.py) on the first few training
 * images — backprop against central differences, mean |difference| per parameter.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare backprop gradients with numerical ones on a few training images.")
final class GradcheckCommand implements Callable<Integer> {
    /** Above this, a check compares backprop against numerical gradients too far apart to trust. */
    static final double TOLERANCE = 1e-7;

    /**
     * With the book's weights of std 0.01, many CNN pre-activations lie within 1e-6 of a ReLU kink, and
     * nudges of that size cross one in about every other run (measured over seeds); at 1e-7 none did,
     * while the round-off of the difference quotient (≈ ε·L/h ≈ 5e-9) stays far below the tolerance.
     */
    static final double CNN_STEP = 1e-7;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "two-layer, multi-layer, simple-convnet or deep-convnet")
    String model;

    @Option(names = "--samples", defaultValue = "3", description = "training images used (default: ${DEFAULT-VALUE}, as the book)")
    int samples;

    @Option(names = "--max-entries", defaultValue = "2000",
            description = "entries checked per parameter, picked at random (0 = every entry; slow for the CNNs) (default: ${DEFAULT-VALUE})")
    int maxEntries;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--h", paramLabel = "STEP",
            description = "step of the central difference (default: the book's 1e-4 for dense nets, 1e-7 for CNNs, whose tiny pre-activations make a larger nudge cross ReLU kinks)")
    Double step;

    @Option(names = "--no-bias-jitter",
            description = "keep the zero initial biases; ReLU units on blank background then sit exactly on the kink at 0, where a central difference is not a derivative")
    boolean noBiasJitter;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        Validation.positive("--samples", samples);
        if (maxEntries < 0) {
            throw new IllegalArgumentException("--max-entries must be 0 (all) or positive, got " + maxEntries);
        }
        TrainTest sets = data.load();
        ImageDataset train = sets.train();
        Rng rng = new Rng(seed);
        // dropout would change the loss between the two nudged evaluations, so the check runs without it
        Network network = ModelCatalog.create(model, new ModelCatalog.Settings(null, null, null, 0, 0, false,
                train.imageSize(), train.classes()), rng);
        boolean convolutional = network instanceof dlfs.core.network.ConvNetwork;
        if (convolutional) {
            network = Networks.fromArchitecture(withoutDropout(network), rng);
        }
        if (!noBiasJitter) {
            jitterBiases(network, rng);
        }
        int n = Math.min(samples, train.size());
        Tensor x = Tensor.zeros(Networks.batchShape(network, n));
        Tensor t = Tensor.zeros(n);
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        train.fillBatch(first, 0, n, true, x, t);
        double h = step != null ? step : convolutional ? CNN_STEP : dlfs.core.gradient.NumericalDerivative.DEFAULT_H;
        GradientCheck.Report report = GradientCheck.of(network, x, t, maxEntries == 0 ? Integer.MAX_VALUE : maxEntries,
                rng.split(), h);
        System.out.printf(Locale.ROOT, "central difference with h = %.0e on %d training images%n", h, n);
        for (GradientCheck.Entry e : report.entries()) {
            System.out.printf(Locale.ROOT, "%s:%s   (max relative error %.2e over %d entries)%n",
                    e.name(), e.meanAbsDiff(), e.maxRelativeError(), e.checked());
        }
        boolean ok = report.maxMeanAbsDiff() < TOLERANCE;
        System.out.printf(Locale.ROOT, "%s: largest mean |diff| %.3e (%s %.0e)%n", ok ? "ok" : "FAILED",
                report.maxMeanAbsDiff(), ok ? "below" : "not below", TOLERANCE);
        return ok ? 0 : 4;
    }

    /**
     * Gives every bias a small random value. With the book's zero biases, a ReLU unit whose input patch
     * is blank has a pre-activation of exactly 0, and nudging its bias by ±h crosses the kink: the
     * numerical "gradient" there is meaningless, while backprop is right.
     */
    private static void jitterBiases(Network network, Rng rng) {
        for (var p : network.params()) {
            if (p.name().startsWith("b")) {
                double[] b = p.value().data();
                for (int i = 0; i < b.length; i++) {
                    b[i] = 0.1 * rng.gaussian();
                }
            }
        }
        System.out.println("(biases set to 0.1·N(0, 1) so that no ReLU sits exactly on its kink; --no-bias-jitter to keep zeros)");
    }

    /** The same CNN without dropout (DeepConvNet's dropout would change the loss between nudges). */
    private static dlfs.core.network.Architecture withoutDropout(Network network) {
        var config = new java.util.LinkedHashMap<>(network.architecture().config());
        if (config.containsKey("dropoutRatio")) {
            config.put("dropoutRatio", 0.0);
        }
        return new dlfs.core.network.Architecture(network.architecture().type(), config);
    }
}
