package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;

/**
 * Adam in the companion code's form (also the numpy reference benchmark's):
 * <pre>
 *   t ← t + 1
 *   lr_t = η·√(1 − β2^t) / (1 − β1^t)      (bias correction, folded into the rate)
 *   m ← m + (1 − β1)·(g − m)                (= β1·m + (1 − β1)·g, a moving average of g)
 *   v ← v + (1 − β2)·(g² − v)               (a moving average of g²)
 *   W ← W − lr_t·m / (√v + 1e-7)
 * </pre>
 * m plays the part of Momentum's velocity and v the part of AdaGrad's h.
 */
public final class Adam extends AbstractOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;

    private final double beta1;
    private final double beta2;

    public Adam() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2);
    }

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2);
    }

    public Adam(double learningRate, double beta1, double beta2) {
        super("Adam", learningRate, "m", "v");
        this.beta1 = requireFraction("β1", beta1);
        this.beta2 = requireFraction("β2", beta2);
    }

    @Override
    protected double stepRate(double eta, long t) {
        return eta * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
    }

    @Override
    protected void apply(double[] w, double[] g, double[][] state, double rate, int from, int to) {
        double[] m = state[0];
        double[] v = state[1];
        for (int i = from; i < to; i++) {
            m[i] += (1 - beta1) * (g[i] - m[i]);
            v[i] += (1 - beta2) * (g[i] * g[i] - v[i]);
            w[i] -= rate * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
    }

    /** The first moment m (moving average of g) of {@code p} (live; zeros before its first update). */
    public Tensor firstMoment(Param p) {
        return slot(p, 0);
    }

    /** The second moment v (moving average of g²) of {@code p} (live; zeros before its first update). */
    public Tensor secondMoment(Param p) {
        return slot(p, 1);
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate() + ", beta1=" + beta1 + ", beta2=" + beta2 + ")";
    }
}
