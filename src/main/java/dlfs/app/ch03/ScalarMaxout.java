package dlfs.app.ch03;

import dlfs.core.layer.Maxout;
import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;

/**
 * One maxout unit with one input and two pieces, {@code h(x) = max(w₁x + b₁, w₂x + b₂)}, evaluated
 * by the core {@link Maxout} layer: forward gives h(x), and backward with an upstream gradient of 1
 * gives h′(x), the slope of the winning piece.
 */
final class ScalarMaxout {
    private final Tensor weights;
    private final Tensor biases;
    private final Maxout layer;
    private final Tensor input = Tensor.zeros(1, 1);
    private final Tensor upstream = Tensor.zeros(1, 1).fill(1);

    ScalarMaxout(double w1, double b1, double w2, double b2) {
        weights = Tensor.matrix(new double[] {w1, w2});
        biases = Tensor.vector(b1, b2);
        layer = new Maxout("Maxout", new Param("W", weights, true), new Param("b", biases, false), 2);
    }

    double value(double x) {
        input.data()[0] = x;
        return layer.forward(input, false).data()[0];
    }

    double derivative(double x) {
        value(x);
        return layer.backward(upstream).data()[0];
    }

    /** The pieces as {w₁, b₁, w₂, b₂}. */
    double[] pieces() {
        return new double[] {weights.data()[0], biases.data()[0], weights.data()[1], biases.data()[1]};
    }
}
