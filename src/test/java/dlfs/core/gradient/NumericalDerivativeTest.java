package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.gradient.NumericalDerivative.Precision;
import dlfs.core.gradient.NumericalDerivative.Scheme;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class NumericalDerivativeTest {
    /** The book's function_1, y = 0.01x² + 0.1x, evaluated in NumPy's order (x**2 first). */
    private static final DoubleUnaryOperator F1 = x -> 0.01 * (x * x) + 0.1 * x;

    /** Same operations in the same order as NumPy's float64, so the printed digits come out exactly. */
    @Test
    void centralDifferenceReproducesTheBooksDigits() {
        assertEquals(0.1999999999990898, NumericalDerivative.central(F1, 5), 0);
        assertEquals(0.2999999999986347, NumericalDerivative.central(F1, 10), 0);
    }

    @Test
    void centralDifferenceIsCloseToTheAnalyticDerivative() {
        for (double x = 0; x < 20; x += 0.5) {
            assertEquals(0.02 * x + 0.1, NumericalDerivative.central(F1, x), 1e-9);
        }
    }

    @Test
    void partialDerivativesAtThreeFour() {
        double dx0 = NumericalDerivative.central(x0 -> x0 * x0 + Math.pow(4.0, 2.0), 3.0);
        double dx1 = NumericalDerivative.central(x1 -> Math.pow(3.0, 2.0) + x1 * x1, 4.0);
        assertEquals(6.00000000000378, dx0, 0);
        assertEquals(7.999999999999119, dx1, 0);
    }

    @Test
    void forwardDifferenceIsLessAccurateThanCentral() {
        DoubleUnaryOperator cube = x -> x * x * x;
        double exact = 3 * 1.5 * 1.5;
        double forwardError = Math.abs(NumericalDerivative.forward(cube, 1.5, 1e-4) - exact);
        double centralError = Math.abs(NumericalDerivative.central(cube, 1.5, 1e-4) - exact);
        assertTrue(forwardError > 1e-4, "forward error " + forwardError);
        assertTrue(centralError < 1e-7, "central error " + centralError);
    }

    @Test
    void tinyStepIsLostToRounding() {
        assertEquals(0.0f, (float) 1e-50);
        assertEquals(0.0, NumericalDerivative.forward(F1, 5, 1e-50));
        assertTrue(Double.isNaN(NumericalDerivative.of(F1, 5, 1e-50, Scheme.CENTRAL, Precision.FLOAT32)));
    }

    @Test
    void float32IsFarLessAccurateThanDouble() {
        double single = NumericalDerivative.of(F1, 5, 1e-4, Scheme.CENTRAL, Precision.FLOAT32);
        double dbl = NumericalDerivative.of(F1, 5, 1e-4, Scheme.CENTRAL, Precision.FLOAT64);
        assertTrue(Math.abs(single - 0.2) > 1e-5, "float32 slope " + single);
        assertTrue(Math.abs(single - 0.2) < 1e-1, "float32 slope " + single);
        assertTrue(Math.abs(dbl - 0.2) < 1e-11);
    }

    @Test
    void tangentTouchesTheCurveWithTheNumericalSlope() {
        NumericalDerivative.Tangent t = NumericalDerivative.tangent(F1, 5);
        assertEquals(0.1999999999990898, t.slope(), 1e-12);
        assertEquals(F1.applyAsDouble(5), t.at(5), 1e-12);
        assertEquals(F1.applyAsDouble(5) + t.slope(), t.at(6), 1e-12);
    }

    @Test
    void rejectsANonPositiveStep() {
        assertThrows(IllegalArgumentException.class, () -> NumericalDerivative.central(F1, 1, 0));
    }
}
