package dlfs.app.ch03;

import dlfs.core.function.Functions;

/**
 * The activations the explorer plots. Each one is evaluated by the core: {@link Functions} for the
 * element-wise ones and the {@link dlfs.core.layer.Maxout} layer for maxout. Leaky ReLU takes its
 * slope α, maxout its two pieces, from {@link Settings}.
 */
public enum ActivationKind {
    STEP("ch03.activation.step"),
    SIGMOID("ch03.activation.sigmoid"),
    TANH("ch03.activation.tanh"),
    RELU("ch03.activation.relu"),
    LEAKY_RELU("ch03.activation.leaky-relu"),
    HARD_TANH("ch03.activation.hard-tanh"),
    MAXOUT("ch03.activation.maxout"),
    IDENTITY("ch03.activation.identity");

    /** The adjustable parts: Leaky ReLU's α and the maxout unit. */
    record Settings(double alpha, ScalarMaxout maxout) {
    }

    private final String nameKey;

    ActivationKind(String nameKey) {
        this.nameKey = nameKey;
    }

    /** Bundle key of the name, e.g. {@code ch03.activation.leaky-relu}. */
    public String nameKey() {
        return nameKey;
    }

    double value(double x, Settings settings) {
        return switch (this) {
            case STEP -> Functions.step(x);
            case SIGMOID -> Functions.sigmoid(x);
            case TANH -> Functions.tanh(x);
            case RELU -> Functions.relu(x);
            case LEAKY_RELU -> Functions.leakyRelu(x, settings.alpha());
            case HARD_TANH -> Functions.hardTanh(x);
            case MAXOUT -> settings.maxout().value(x);
            case IDENTITY -> Functions.identity(x);
        };
    }

    double derivative(double x, Settings settings) {
        return switch (this) {
            case STEP -> Functions.stepDerivative(x);
            case SIGMOID -> Functions.sigmoidDerivative(x);
            case TANH -> Functions.tanhDerivative(x);
            case RELU -> Functions.reluDerivative(x);
            case LEAKY_RELU -> Functions.leakyReluDerivative(x, settings.alpha());
            case HARD_TANH -> Functions.hardTanhDerivative(x);
            case MAXOUT -> settings.maxout().derivative(x);
            case IDENTITY -> Functions.identityDerivative(x);
        };
    }
}
