package dlfs.cli;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import java.util.List;
import java.util.Locale;

/** The networks the command line can build by name, with the book's settings as defaults. */
final class ModelCatalog {
    static final List<String> NAMES = List.of("two-layer", "multi-layer", "simple-convnet", "deep-convnet");

    private ModelCatalog() {
    }

    /** Settings a model may use; each model reads the ones that apply to it. */
    record Settings(int[] hidden, String activation, String weightInit, double weightDecay,
                    double dropout, boolean batchNorm, int inputSize, int classes) {
    }

    static Network create(String name, Settings s, Rng rng) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "two-layer":
                return new TwoLayerNet(s.inputSize(), s.hidden() == null ? 50 : single(s.hidden()),
                        s.classes(), TwoLayerNet.DEFAULT_WEIGHT_INIT_STD,
                        Activation.parse(s.activation() == null ? "sigmoid" : s.activation()), rng);
            case "multi-layer":
                return new MultiLayerNetExtend(s.inputSize(), s.hidden() == null ? new int[] {100, 100, 100, 100} : s.hidden(),
                        s.classes(), Activation.parse(s.activation() == null ? "relu" : s.activation()),
                        WeightInit.parse(s.weightInit() == null ? "he" : s.weightInit()),
                        WeightDecay.l2(s.weightDecay()), s.batchNorm(), s.dropout() > 0, s.dropout(), rng);
            case "simple-convnet":
                return new SimpleConvNet(rng);
            case "deep-convnet":
                return new DeepConvNet(rng);
            default:
                throw new IllegalArgumentException("unknown model '" + name + "': use one of " + String.join(", ", NAMES));
        }
    }

    /** The optimizer and learning rate the book trains each model with. */
    static String defaultOptimizer(String name) {
        return name.equalsIgnoreCase("two-layer") ? "sgd" : "adam";
    }

    static double defaultLearningRate(String name) {
        return name.equalsIgnoreCase("two-layer") ? 0.1 : 0.001;
    }

    private static int single(int[] hidden) {
        if (hidden.length != 1) {
            throw new IllegalArgumentException("two-layer takes one hidden size, got " + hidden.length);
        }
        return hidden[0];
    }
}
