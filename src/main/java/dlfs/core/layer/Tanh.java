package dlfs.core.layer;

import dlfs.core.function.Functions;

/** tanh layer: {@code y = tanh(x)}, and backward {@code dout · (1 − y²)}, again from the output alone. */
public final class Tanh extends ElementwiseActivation {
    public Tanh(String name) {
        super(name);
    }

    @Override
    protected double value(double x) {
        return Functions.tanh(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1.0 - y * y;
    }
}
