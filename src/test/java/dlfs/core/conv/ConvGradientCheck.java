package dlfs.core.conv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.Network;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.function.DoubleSupplier;

/**
 * Gradient checking for the convolution tests: the central difference (f(x+h) − f(x−h)) / 2h with
 * h = 1e-4, as in the book's {@code numerical_gradient}, compared with what backward computed.
 */
public final class ConvGradientCheck {
    public static final double H = 1e-4;
    public static final double TOLERANCE = 1e-7;

    private ConvGradientCheck() {
    }

    /** ∂loss/∂values[i] for every i by central differences; {@code values} is restored afterwards. */
    public static double[] numerical(DoubleSupplier loss, double[] values) {
        double[] grad = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double saved = values[i];
            values[i] = saved + H;
            double plus = loss.getAsDouble();
            values[i] = saved - H;
            double minus = loss.getAsDouble();
            values[i] = saved;
            grad[i] = (plus - minus) / (2 * H);
        }
        return grad;
    }

    /** ‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are 0. */
    public static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        double scale = Math.sqrt(na) + Math.sqrt(nb);
        return scale == 0 ? 0 : Math.sqrt(diff) / scale;
    }

    /** Mean of |a − b|, the book's measure in {@code gradient_check.py}. */
    public static double meanAbsDiff(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /** Asserts that backprop and central differences agree for {@code what}. */
    public static void assertAgree(String what, double[] analytic, double[] numeric) {
        double relative = relativeError(analytic, numeric);
        assertTrue(relative < TOLERANCE, what + ": relative error " + relative);
    }

    /** Gaussian values, for inputs and weights of a check. */
    public static Tensor gaussian(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.gaussian();
        }
        return t;
    }

    /**
     * Checks a single layer through the scalar loss L = Σ y ⊙ R for a fixed random R, whose
     * gradient with respect to y is R: backward(R) must match central differences of L with
     * respect to the input and to every parameter.
     */
    public static void checkLayer(Layer layer, Tensor x, Rng rng) {
        Tensor y = layer.forward(x, true);
        Tensor r = gaussian(rng, y.shape());
        DoubleSupplier loss = () -> {
            Tensor out = layer.forward(x, true);
            double sum = 0;
            for (int i = 0; i < out.size(); i++) {
                sum += out.at(i) * r.at(i);
            }
            return sum;
        };
        loss.getAsDouble();
        double[] dx = layer.backward(r).data().clone();
        double[][] paramGrads = new double[layer.params().size()][];
        for (int p = 0; p < paramGrads.length; p++) {
            paramGrads[p] = layer.params().get(p).grad().data().clone();
        }
        assertAgree(layer.name() + " dx", dx, numerical(loss, x.data()));
        for (int p = 0; p < paramGrads.length; p++) {
            Param param = layer.params().get(p);
            assertAgree(layer.name() + " d" + param.name(), paramGrads[p], numerical(loss, param.value().data()));
        }
    }

    /**
     * Checks every parameter of a network: gradient() against central differences of the mean
     * cross-entropy of predict(). The loss is recomputed here without the book's δ = 1e-7 inside
     * the log, because backprop's (y − t)/N is the gradient of the loss without it; with δ the two
     * differ by a factor y/(y + δ), about 1e-6 for a fresh 10-class network.
     *
     * @param labels one class index per sample
     */
    public static void checkNetwork(Network network, Tensor x, Tensor labels) {
        network.gradient(x, labels);
        for (Param p : network.params()) {
            double[] analytic = p.grad().data().clone();
            double[] numeric = numerical(() -> crossEntropy(network.predict(x, true), labels), p.value().data());
            assertAgree(network.architecture().type() + " " + p.name(), analytic, numeric);
        }
    }

    /** Mean over rows of −log softmax(scores)[label], by log-sum-exp. */
    private static double crossEntropy(Tensor scores, Tensor labels) {
        int rows = scores.rows();
        int cols = scores.cols();
        double total = 0;
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, scores.at(i * cols + j));
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += Math.exp(scores.at(i * cols + j) - max);
            }
            total += max + Math.log(sum) - scores.at(i * cols + (int) labels.at(i));
        }
        return total / rows;
    }
}
