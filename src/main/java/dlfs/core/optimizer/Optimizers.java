package dlfs.core.optimizer;

import java.util.List;
import java.util.Locale;

/** Creates optimizers from the names the companion code's {@code Trainer} accepts ("sgd", "adam", …). */
public final class Optimizers {
    /** Every name {@link #create} understands, in the book's order. */
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");

    private Optimizers() {
    }

    /** The optimizer called {@code name} (any case) with learning rate {@code lr} and default coefficients. */
    public static Optimizer create(String name, double lr) {
        switch (normalize(name)) {
            case "sgd": return new Sgd(lr);
            case "momentum": return new Momentum(lr);
            case "nesterov": return new Nesterov(lr);
            case "adagrad": return new AdaGrad(lr);
            case "rmsprop": return new RmsProp(lr);
            case "adam": return new Adam(lr);
            default: throw unknown(name);
        }
    }

    /** The optimizer called {@code name} with the book's default learning rate. */
    public static Optimizer create(String name) {
        return create(name, defaultLearningRate(name));
    }

    /** The companion code's default learning rate: 0.001 for Adam, 0.01 for the others. */
    public static double defaultLearningRate(String name) {
        String n = normalize(name);
        if (!NAMES.contains(n)) {
            throw unknown(name);
        }
        return n.equals("adam") ? Adam.DEFAULT_LEARNING_RATE : Sgd.DEFAULT_LEARNING_RATE;
    }

    private static String normalize(String name) {
        if (name == null) {
            throw unknown(null);
        }
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown optimizer '" + name + "': use one of " + String.join(", ", NAMES));
    }
}
