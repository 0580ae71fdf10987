package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;

/**
 * AdaGrad (6.5, 6.6): {@code h ← h + g⊙g}, {@code W ← W − η·g / (√h + 1e-7)}. Each element gets its
 * own learning rate η/√h, which shrinks for elements that have already moved a lot. Because h only
 * grows, updates fade towards zero in a long run (RMSProp's motivation).
 */
public final class AdaGrad extends AbstractOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    public AdaGrad() {
        this(DEFAULT_LEARNING_RATE);
    }

    public AdaGrad(double learningRate) {
        super("AdaGrad", learningRate, "h");
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        double[] h = state[0];
        for (int i = from; i < to; i++) {
            h[i] += g[i] * g[i];
            w[i] -= rate * g[i] / (Math.sqrt(h[i]) + EPSILON);
        }
    }

    /** The running sum of squared gradients h of {@code p} (live; zeros before its first update). */
    public Tensor accumulatedSquares(Param p) {
        return slot(p, 0);
    }
}
