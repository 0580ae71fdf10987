package dlfs.app.ch06;

import dlfs.core.optimizer.AdaGrad;
import dlfs.core.optimizer.Adam;
import dlfs.core.optimizer.Momentum;
import dlfs.core.optimizer.Nesterov;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.optimizer.Optimizers;
import dlfs.core.optimizer.RmsProp;
import dlfs.core.optimizer.Sgd;
import dlfs.core.optimizer.VelocityOptimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The six update rules of 6.1, with their coefficients besides the learning rate, in the panels' order. */
enum OptimizerKind {
    SGD(List.of()),
    MOMENTUM(List.of(Coefficient.MOMENTUM)),
    NESTEROV(List.of(Coefficient.MOMENTUM)),
    ADAGRAD(List.of()),
    RMSPROP(List.of(Coefficient.DECAY)),
    ADAM(List.of(Coefficient.BETA1, Coefficient.BETA2));

    /** A coefficient in [0, 1) with its symbol key and the companion code's default. */
    enum Coefficient {
        MOMENTUM("ch06.coefficient.alpha", VelocityOptimizer.DEFAULT_MOMENTUM),
        DECAY("ch06.coefficient.rho", RmsProp.DEFAULT_DECAY),
        BETA1("ch06.coefficient.beta1", Adam.DEFAULT_BETA1),
        BETA2("ch06.coefficient.beta2", Adam.DEFAULT_BETA2);

        final String symbolKey;
        final double defaultValue;

        Coefficient(String symbolKey, double defaultValue) {
            this.symbolKey = symbolKey;
            this.defaultValue = defaultValue;
        }
    }

    final List<Coefficient> coefficients;

    OptimizerKind(List<Coefficient> coefficients) {
        this.coefficients = coefficients;
    }

    /** The core's name, e.g. "adagrad". */
    String coreName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bundle key of the display name, e.g. {@code ch06.optimizer.adagrad}. */
    String nameKey() {
        return "ch06.optimizer." + coreName();
    }

    /** The companion code's learning rate for MNIST: 0.001 for Adam, 0.01 for the others. */
    double mnistLearningRate() {
        return Optimizers.defaultLearningRate(coreName());
    }

    /** A fresh optimizer; {@code values} holds this kind's coefficients in order. */
    Optimizer create(double learningRate, double... values) {
        switch (this) {
            case SGD: return new Sgd(learningRate);
            case MOMENTUM: return new Momentum(learningRate, values[0]);
            case NESTEROV: return new Nesterov(learningRate, values[0]);
            case ADAGRAD: return new AdaGrad(learningRate);
            case RMSPROP: return new RmsProp(learningRate, values[0]);
            default: return new Adam(learningRate, values[0], values[1]);
        }
    }

    /** Every key {@link #nameKey()} and the coefficient symbols produce. */
    static List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        for (OptimizerKind kind : values()) {
            keys.add(kind.nameKey());
        }
        for (Coefficient c : Coefficient.values()) {
            keys.add(c.symbolKey);
        }
        return keys;
    }
}
