package dlfs.core.layer;

import dlfs.core.function.Functions;
import dlfs.core.tensor.MatMul;

/**
 * Sigmoid layer: {@code y = 1 / (1 + exp(−x))}. Walking the computational graph back through its
 * "/", "+", "exp" and "×" nodes gives {@code dout · y² · exp(−x)}, which simplifies to
 * {@code dout · y(1 − y)}: backward needs only the forward output.
 */
public final class Sigmoid extends ElementwiseActivation {
    public Sigmoid(String name) {
        super(name);
    }

    @Override
    protected double value(double x) {
        return Functions.sigmoid(x);
    }

    @Override
    protected void values(double[] in, double[] out) {
        MatMul.kernel().sigmoid(in, out, in.length);
    }

    @Override
    protected double derivative(double x, double y) {
        return y * (1.0 - y);
    }
}
