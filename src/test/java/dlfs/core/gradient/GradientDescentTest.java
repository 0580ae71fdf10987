package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class GradientDescentTest {
    private static final Tensor START = Tensor.vector(-3.0, 4.0);

    @Test
    void convergesToTheOriginWithLearningRateOneTenth() {
        GradientDescent.Result r = GradientDescent.run(NumericalGradientTest.F2, START, 0.1, 100);
        assertRelative(new double[] {-6.11110793e-10, 8.14814391e-10}, r.end().data());
    }

    @Test
    void divergesWithLearningRateTen() {
        GradientDescent.Result r = GradientDescent.run(NumericalGradientTest.F2, START, 10.0, 100);
        assertRelative(new double[] {-2.58983747e+13, -1.29524862e+12}, r.end().data());
    }

    @Test
    void barelyMovesWithATinyLearningRate() {
        GradientDescent.Result r = GradientDescent.run(NumericalGradientTest.F2, START, 1e-10, 100);
        assertArrayEquals(new double[] {-2.99999994, 3.99999992}, r.end().data(), 1e-8);
    }

    @Test
    void keepsTheWholePathAndLeavesTheStartAlone() {
        GradientDescent.Result r = GradientDescent.run(NumericalGradientTest.F2, START, 0.1, 20);
        assertEquals(21, r.path().size());
        assertArrayEquals(new double[] {-3.0, 4.0}, r.path().get(0).data());
        assertArrayEquals(new double[] {-3.0, 4.0}, START.data());
        assertArrayEquals(new double[] {-2.4, 3.2}, r.path().get(1).data(), 1e-9);
        assertArrayEquals(r.end().data(), r.path().get(20).data());
        assertThrows(IllegalArgumentException.class, () -> GradientDescent.run(NumericalGradientTest.F2, START, 0.1, -1));
    }

    private static void assertRelative(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Math.abs(expected[i]) * 1e-6, "element " + i);
        }
    }
}
