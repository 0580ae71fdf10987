package dlfs.core.optimizer;

/** Stochastic gradient descent (6.1): {@code W ← W − η·∂L/∂W}. No state besides the step count. */
public final class Sgd extends AbstractOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    public Sgd() {
        this(DEFAULT_LEARNING_RATE);
    }

    public Sgd(double learningRate) {
        super("SGD", learningRate);
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        for (int i = from; i < to; i++) {
            w[i] -= rate * g[i];
        }
    }
}
