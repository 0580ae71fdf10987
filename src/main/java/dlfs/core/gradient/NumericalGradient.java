package dlfs.core.gradient;

import dlfs.core.tensor.Tensor;
import java.util.function.ToDoubleFunction;

/**
 * The gradient of a scalar function of a tensor by central differences, one element at a time
 * (the book's {@code numerical_gradient}): nudge element i by +h and by −h, take the slope, put
 * the element back. The tensor may have any shape; the gradient has the same shape.
 *
 * <p>The function receives the very tensor being nudged, so a loss that reads a network's weights
 * can ignore its argument: {@code NumericalGradient.of(w -> net.loss(x, t, true), param.value())}.
 */
public final class NumericalGradient {
    private NumericalGradient() {
    }

    /** The gradient with the book's h = 1e-4. */
    public static Tensor of(ToDoubleFunction<Tensor> f, Tensor x) {
        return of(f, x, NumericalDerivative.DEFAULT_H);
    }

    public static Tensor of(ToDoubleFunction<Tensor> f, Tensor x, double h) {
        Tensor grad = Tensor.zeros(x.shape());
        double[] g = grad.data();
        for (int i = 0; i < g.length; i++) {
            g[i] = element(f, x, i, h);
        }
        return grad;
    }

    /** ∂f/∂x_i for one element {@code i} of the flattened data; x is restored afterwards. */
    public static double element(ToDoubleFunction<Tensor> f, Tensor x, int i, double h) {
        double[] d = x.data();
        double saved = d[i];
        try {
            d[i] = saved + h;
            double upper = f.applyAsDouble(x);
            d[i] = saved - h;
            double lower = f.applyAsDouble(x);
            return (upper - lower) / (2 * h);
        } finally {
            d[i] = saved;
        }
    }
}
