package dlfs.core.layer;

import dlfs.core.function.Functions;

/**
 * Hard tanh layer: x clamped to [−1, 1]. Backward passes the gradient inside [−1, 1] and stops it
 * where the clamp is flat.
 */
public final class HardTanh extends ElementwiseActivation {
    public HardTanh(String name) {
        super(name);
    }

    @Override
    protected double value(double x) {
        return Functions.hardTanh(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return Functions.hardTanhDerivative(x);
    }
}
