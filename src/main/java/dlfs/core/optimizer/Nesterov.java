package dlfs.core.optimizer;

/**
 * Nesterov's accelerated gradient in the companion code's form, which needs the gradient only at
 * the current W: {@code v ← α·v − η·g}, then {@code W ← W + α²·v − (1 + α)·η·g}. It is Momentum
 * that "looks ahead" to where the velocity is carrying the parameter.
 */
public final class Nesterov extends VelocityOptimizer {
    public Nesterov() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_MOMENTUM);
    }

    public Nesterov(double learningRate) {
        this(learningRate, DEFAULT_MOMENTUM);
    }

    public Nesterov(double learningRate, double momentum) {
        super("Nesterov", learningRate, momentum);
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        double[] v = state[0];
        for (int i = from; i < to; i++) {
            v[i] = momentum * v[i] - rate * g[i];
            w[i] += momentum * momentum * v[i] - (1 + momentum) * rate * g[i];
        }
    }
}
