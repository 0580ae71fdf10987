package dlfs.core.optimizer;

/**
 * Momentum (6.3, 6.4): {@code v ← α·v − η·∂L/∂W}, {@code W ← W + v}. The velocity v keeps moving
 * the parameter along directions where the gradient keeps its sign and cancels out where it flips,
 * like a ball rolling in a bowl; α (0.9) acts as friction.
 */
public final class Momentum extends VelocityOptimizer {
    public Momentum() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_MOMENTUM);
    }

    public Momentum(double learningRate) {
        this(learningRate, DEFAULT_MOMENTUM);
    }

    public Momentum(double learningRate, double momentum) {
        super("Momentum", learningRate, momentum);
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        double[] v = state[0];
        for (int i = from; i < to; i++) {
            v[i] = momentum * v[i] - rate * g[i];
            w[i] += v[i];
        }
    }
}
