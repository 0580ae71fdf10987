package dlfs.core.layer;

import dlfs.core.function.Functions;
import java.util.Locale;

/**
 * The hidden-layer activations a network can be built with, by the names the book's
 * {@code MultiLayerNet} accepts ("relu", "sigmoid", "tanh") plus leaky ReLU and hard tanh.
 * Each knows its function and derivative (for plots) and makes its layer.
 */
public enum Activation {
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    LEAKY_RELU("leaky_relu"),
    HARD_TANH("hard_tanh");

    private final String bookName;

    Activation(String bookName) {
        this.bookName = bookName;
    }

    /** Parses "relu", "sigmoid", "tanh", "leaky_relu" or "hard_tanh" (case-insensitive, '-' or '_'). */
    public static Activation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Activation a : values()) {
            if (a.bookName.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "': use relu, sigmoid, tanh, leaky_relu or hard_tanh");
    }

    /** A new layer named after the kind and {@code index}, e.g. "Relu1" (leaky ReLU with α = 0.01). */
    public Layer newLayer(int index) {
        switch (this) {
            case SIGMOID: return new Sigmoid("Sigmoid" + index);
            case TANH: return new Tanh("Tanh" + index);
            case RELU: return new Relu("Relu" + index);
            case LEAKY_RELU: return new LeakyRelu("LeakyRelu" + index);
            default: return new HardTanh("HardTanh" + index);
        }
    }

    public double value(double x) {
        switch (this) {
            case SIGMOID: return Functions.sigmoid(x);
            case TANH: return Functions.tanh(x);
            case RELU: return Functions.relu(x);
            case LEAKY_RELU: return Functions.leakyRelu(x, Functions.LEAKY_RELU_ALPHA);
            default: return Functions.hardTanh(x);
        }
    }

    public double derivative(double x) {
        switch (this) {
            case SIGMOID: return Functions.sigmoidDerivative(x);
            case TANH: return Functions.tanhDerivative(x);
            case RELU: return Functions.reluDerivative(x);
            case LEAKY_RELU: return Functions.leakyReluDerivative(x, Functions.LEAKY_RELU_ALPHA);
            default: return Functions.hardTanhDerivative(x);
        }
    }

    /** The book's spelling, as stored in architecture descriptions. */
    @Override
    public String toString() {
        return bookName;
    }
}
