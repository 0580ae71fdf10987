package dlfs.core.gradient;

import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The gradient method of the book's 4.4.1: repeat {@code x ← x − η·∇f(x)} with the numerical
 * gradient. Besides the end point it keeps every point visited, so a panel can draw the path.
 */
public final class GradientDescent {
    /**
     * @param end  the point after the last step
     * @param path the start, then the point after each step ({@code steps + 1} copies; the last equals {@code end})
     */
    public record Result(Tensor end, List<Tensor> path) {
    }

    private GradientDescent() {
    }

    /**
     * Runs {@code steps} updates from {@code init} (which is not modified).
     *
     * @param learningRate η: too large diverges, too small barely moves
     */
    public static Result run(ToDoubleFunction<Tensor> f, Tensor init, double learningRate, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        Tensor x = init.copy();
        List<Tensor> path = new ArrayList<>(steps + 1);
        path.add(x.copy());
        for (int i = 0; i < steps; i++) {
            x.addScaled(-learningRate, NumericalGradient.of(f, x));
            path.add(x.copy());
        }
        return new Result(x, List.copyOf(path));
    }
}
