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
        if (model.equalsIgnoreCase("deep-convnet")) {
            network = Networks.fromArchitecture(withoutDropout(network), rng);
        }
        int n = Math.min(samples, train.size());
        int[] shape = Networks.sampleShape(network);
        int[] batchShape = new int[shape.length + 1];
        batchShape[0] = n;
        System.arraycopy(shape, 0, batchShape, 1, shape.length);
        Tensor x = Tensor.zeros(batchShape);
        Tensor t = Tensor.zeros(n);
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        train.fillBatch(first, 0, n, true, x, t);
        GradientCheck.Report report = maxEntries == 0 ? GradientCheck.of(network, x, t)
                : GradientCheck.of(network, x, t, maxEntries, rng.split());
        for (GradientCheck.Entry e : report.entries()) {
            System.out.printf(Locale.ROOT, "%s:%s%n", e.name(), e.meanAbsDiff());
        }
        boolean ok = report.maxMeanAbsDiff() < TOLERANCE;
        System.out.printf(Locale.ROOT, "%s: largest mean |diff| %.3e (%s %.0e)%n", ok ? "ok" : "FAILED",
                report.maxMeanAbsDiff(), ok ? "below" : "not below", TOLERANCE);
        return ok ? 0 : 4;
    }

    private static dlfs.core.network.Architecture withoutDropout(Network network) {
        var config = new java.util.LinkedHashMap<>(network.architecture().config());
        config.put("dropoutRatio", 0.0);
        return new dlfs.core.network.Architecture(network.architecture().type(), config);
    }
}
