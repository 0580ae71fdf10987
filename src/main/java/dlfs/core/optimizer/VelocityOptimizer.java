package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;

/**
 * Optimizers that carry a velocity v per parameter, damped by a momentum coefficient α
 * (Momentum and Nesterov): they differ only in how v moves W.
 */
public abstract class VelocityOptimizer extends AbstractOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_MOMENTUM = 0.9;

    protected final double momentum;

    protected VelocityOptimizer(String name, double learningRate, double momentum) {
        super(name, learningRate, "v");
        this.momentum = requireFraction("momentum α", momentum);
    }

    /** The velocity v of {@code p} (live; zeros before its first update). */
    public final Tensor velocity(Param p) {
        return slot(p, 0);
    }

    public final double momentum() {
        return momentum;
    }

    @Override
    public String toString() {
        return name() + "(lr=" + learningRate() + ", momentum=" + momentum + ")";
    }
}
