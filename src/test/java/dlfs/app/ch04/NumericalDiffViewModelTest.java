package dlfs.app.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch04.NumericalDiffViewModel.BookValue;
import dlfs.app.ch04.NumericalDiffViewModel.Function;
import dlfs.app.ch04.NumericalDiffViewModel.Result;
import org.junit.jupiter.api.Test;

class NumericalDiffViewModelTest {
    private final NumericalDiffViewModel model = new NumericalDiffViewModel();

    /** Spec 4.3.2 and 4.3.3: the printed central differences, digit for digit. */
    @Test
    void bookPresetsReproduceThePrintedDigits() {
        double[] printed = {0.1999999999990898, 0.2999999999986347, 6.00000000000378, 7.999999999999119};
        for (int i = 0; i < printed.length; i++) {
            BookValue value = NumericalDiffViewModel.BOOK_VALUES[i];
            model.showBookValue(value);
            assertEquals(printed[i], model.result().central(), 0, value.source());
            assertTrue(model.result().matchesBook(), value.source());
        }
    }

    @Test
    void opensOnTheBooksFirstValueWithExactSlope() {
        Result r = model.result();
        assertEquals(Function.BOOK_F1, model.functionProperty().get());
        assertEquals(5, r.x());
        assertEquals(1e-4, r.h(), 0);
        assertEquals(0.2, r.exact(), 1e-15);
        assertEquals(0.75, r.fx(), 1e-15);
    }

    /** Spec 4.3.1: float32(1e-50) = 0; in double x + h = x, so the difference is 0. */
    @Test
    void tinyStepIsLostToRounding() {
        model.exponentProperty().set(-50);
        Result r = model.result();
        assertEquals(0.0f, r.hSingle());
        assertTrue(r.hLostInDouble());
        assertEquals(0.0, r.forward(), 0);
        assertEquals(0.0, r.central(), 0);
        assertTrue(Double.isNaN(r.centralSingle()));
        assertTrue(Double.isNaN(r.forwardSingle()));
        assertFalse(r.matchesBook());
    }

    @Test
    void forwardDifferenceIsOffByHalfHTimesTheSecondDerivative() {
        model.exponentProperty().set(0);
        // f″ = 0.02 for 0.01x² + 0.1x, so the forward slope is 0.2 + 0.01 at h = 1
        assertEquals(0.21, model.result().forward(), 1e-12);
        assertEquals(0.2, model.result().central(), 1e-12);
    }

    @Test
    void movingXRoundsToATenthAndStaysInTheFunctionsRange() {
        model.moveX(9.96);
        assertEquals(10.0, model.xProperty().get(), 0);
        assertEquals(0.2999999999986347, model.result().central(), 0);
        model.moveX(40);
        assertEquals(20, model.xProperty().get(), 0);
        assertNull(model.result().book());
        model.functionProperty().set(Function.SQUARE);
        assertEquals(5, model.xProperty().get(), 0);
        model.moveX(2);
        assertEquals(4, model.result().exact(), 0);
    }

    @Test
    void stepIsTheDecimalLiteral() {
        assertEquals(1e-4, NumericalDiffViewModel.h(-4), 0);
        assertEquals(1e-50, NumericalDiffViewModel.h(-50), 0);
        assertEquals(1, NumericalDiffViewModel.h(0), 0);
    }

    @Test
    void errorCurvesAreSmallestNearTheBooksStep() {
        double atBook = NumericalDiffViewModel.errors(Function.BOOK_F1, 5, 1e-4)[0];
        double atLarge = NumericalDiffViewModel.errors(Function.BOOK_F1, 5, 1)[0];
        double atTiny = NumericalDiffViewModel.errors(Function.BOOK_F1, 5, 1e-14)[0];
        assertTrue(atBook < atLarge && atBook < atTiny, atLarge + " > " + atBook + " < " + atTiny);
    }
}
