package dlfs.core.layer;

import dlfs.core.function.Functions;

/**
 * Leaky ReLU layer: {@code y = x} for x &gt; 0 and {@code α·x} otherwise. Backward lets the gradient
 * through unchanged where x &gt; 0 and scaled by α elsewhere, so a unit never stops learning entirely.
 */
public final class LeakyRelu extends ElementwiseActivation {
    private final double alpha;

    public LeakyRelu(String name, double alpha) {
        super(name);
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("leaky ReLU slope α must be in [0, 1), got " + alpha);
        }
        this.alpha = alpha;
    }

    public LeakyRelu(String name) {
        this(name, Functions.LEAKY_RELU_ALPHA);
    }

    @Override
    protected double value(double x) {
        return Functions.leakyRelu(x, alpha);
    }

    @Override
    protected double derivative(double x, double y) {
        return Functions.leakyReluDerivative(x, alpha);
    }

    public double alpha() {
        return alpha;
    }
}
