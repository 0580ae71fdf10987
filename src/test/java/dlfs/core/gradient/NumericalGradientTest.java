package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class NumericalGradientTest {
    /** The book's function_2, f(x0, x1) = x0² + x1² (as NumPy's x**2 squares, x·x). */
    static final ToDoubleFunction<Tensor> F2 = x -> x.at(0) * x.at(0) + x.at(1) * x.at(1);

    @Test
    void gradientOfTheBowlAtTheBooksPoints() {
        assertArrayEquals(new double[] {6, 8}, NumericalGradient.of(F2, Tensor.vector(3.0, 4.0)).data(), 1e-6);
        assertArrayEquals(new double[] {0, 4}, NumericalGradient.of(F2, Tensor.vector(0.0, 2.0)).data(), 1e-6);
        assertArrayEquals(new double[] {6, 0}, NumericalGradient.of(F2, Tensor.vector(3.0, 0.0)).data(), 1e-6);
        assertArrayEquals(new double[] {6.0000000000037801, 7.9999999999991189},
                NumericalGradient.of(F2, Tensor.vector(3.0, 4.0)).data(), 1e-13);
    }

    @Test
    void leavesTheInputUnchanged() {
        Tensor x = Tensor.matrix(new double[] {0.1, -0.2, 0.3}, new double[] {1.5, 2.5, -3.5});
        Tensor before = x.copy();
        Tensor grad = NumericalGradient.of(t -> t.sum() * t.sum(), x);
        assertArrayEquals(before.data(), x.data(), 0);
        assertArrayEquals(new int[] {2, 3}, grad.shape());
    }

    @Test
    void worksOnAnyShape() {
        Tensor x = Tensor.zeros(2, 3, 2, 2);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = 0.1 * i - 1;
        }
        Tensor grad = NumericalGradient.of(t -> {
            double s = 0;
            for (double v : t.data()) {
                s += v * v * v;
            }
            return s;
        }, x);
        assertArrayEquals(new int[] {2, 3, 2, 2}, grad.shape());
        for (int i = 0; i < x.size(); i++) {
            assertEquals(3 * x.at(i) * x.at(i), grad.at(i), 1e-7);
        }
    }

    /** The book's simpleNet (4.4.2) with its printed random weights. */
    @Test
    void simpleNetPredictionLossAndGradient() {
        Tensor w = Tensor.matrix(new double[] {0.47355232, 0.9977393, 0.84668094},
                new double[] {0.85557411, 0.03563661, 0.69422093});
        Tensor x = Tensor.vector(0.6, 0.9);
        Tensor t = Tensor.vector(0, 0, 1);
        Tensor p = x.dot(w);
        assertArrayEquals(new double[] {1.05414809, 0.63071653, 1.1328074}, p.data(), 1e-8);
        assertArrayEquals(new int[] {2}, p.reshape(1, 3).argmaxRows());

        double[][] expectedDw = {{0.21924763, 0.14356247, -0.36281009}, {0.32887144, 0.2153437, -0.54421514}};
        for (double delta : new double[] {0, Functions.CROSS_ENTROPY_DELTA}) {
            ToDoubleFunction<Tensor> loss = ignored -> Functions.crossEntropy(Functions.softmax(x.dot(w)), t, delta);
            assertEquals(0.92806853663411326, loss.applyAsDouble(w), 1e-6);
            Tensor dw = NumericalGradient.of(loss, w);
            assertArrayEquals(expectedDw[0], dw.row(0), 1e-6);
            assertArrayEquals(expectedDw[1], dw.row(1), 1e-6);
        }
        ToDoubleFunction<Tensor> exact = ignored -> Functions.crossEntropy(Functions.softmax(x.dot(w)), t, 0);
        Tensor dw = NumericalGradient.of(exact, w);
        assertArrayEquals(expectedDw[0], dw.row(0), 1e-8);
        assertArrayEquals(expectedDw[1], dw.row(1), 1e-8);
    }
}
