package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;

/**
 * RMSProp as in the companion code: {@code h ← ρ·h + (1 − ρ)·g⊙g}, {@code W ← W − η·g / (√h + 1e-7)}.
 * Like AdaGrad, but h is an exponential moving average, so old gradients are gradually forgotten
 * and the per-element rate does not fade to zero.
 */
public final class RmsProp extends AbstractOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_DECAY = 0.99;

    private final double decay;

    public RmsProp() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_DECAY);
    }

    public RmsProp(double learningRate) {
        this(learningRate, DEFAULT_DECAY);
    }

    public RmsProp(double learningRate, double decay) {
        super("RMSprop", learningRate, "h");
        this.decay = requireFraction("decay rate ρ", decay);
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        double[] h = state[0];
        for (int i = from; i < to; i++) {
            h[i] = decay * h[i] + (1 - decay) * g[i] * g[i];
            w[i] -= rate * g[i] / (Math.sqrt(h[i]) + EPSILON);
        }
    }

    /** The moving average of squared gradients h of {@code p} (live; zeros before its first update). */
    public Tensor accumulatedSquares(Param p) {
        return slot(p, 0);
    }

    public double decay() {
        return decay;
    }

    @Override
    public String toString() {
        return "RMSprop(lr=" + learningRate() + ", decay=" + decay + ")";
    }
}
