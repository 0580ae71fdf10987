package dlfs.app.ch04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch04.GradientDescentViewModel.BookRun;
import dlfs.app.ch04.GradientDescentViewModel.Surface;
import org.junit.jupiter.api.Test;

class GradientDescentViewModelTest {
    private final GradientDescentViewModel model = new GradientDescentViewModel();

    /** Opens on the book's first run, already taken (spec 4.4.1, lr 0.1). */
    @Test
    void opensOnTheBooksConvergingRun() {
        assertEquals(100, model.trajectory().steps());
        assertTrue(model.matchesBook());
        assertRelative(new double[] {-6.11110793e-10, 8.14814391e-10}, model.trajectory().end());
    }

    /** Spec 4.4.1: the three end points, within the spec's relative 1e-6 (1e-8 absolute for the last). */
    @Test
    void everyBookRunEndsWhereTheBookSays() {
        for (BookRun run : GradientDescentViewModel.BOOK_RUNS) {
            model.useBookRun(run);
            assertEquals(0, model.trajectory().steps());
            model.runToEnd();
            assertEquals(101, model.trajectory().points().size());
            assertTrue(model.matchesBook(), "η = " + run.learningRate());
            assertRelative(run.end(), model.trajectory().end());
        }
        model.useBookRun(GradientDescentViewModel.BOOK_RUNS.get(2));
        model.runToEnd();
        assertArrayEquals(new double[] {-2.99999994, 3.99999992}, model.trajectory().end(), 1e-8);
    }

    @Test
    void oneStepWithLearningRateOneTenthShrinksByFourFifths() {
        model.restart();
        model.step();
        assertArrayEquals(new double[] {-2.4, 3.2}, model.trajectory().end(), 1e-9);
        assertFalse(model.matchesBook());
    }

    /** Spec 4.4: ∇f = (6, 8) at (3, 4). */
    @Test
    void gradientAtTheStartIsSixEight() {
        model.moveStart(3, 4);
        assertArrayEquals(new double[] {6, 8}, model.gradientAtStart(), 1e-6);
        assertNull(model.bookRun());
        model.moveStart(0.004, 2.0);
        assertEquals("0", model.startX0().textProperty().get());
        assertArrayEquals(new double[] {0, 4}, model.gradientAtStart(), 1e-6);
    }

    @Test
    void badInputsStopTheStepsAndSayWhy() {
        model.learningRate().textProperty().set("-1");
        assertFalse(model.isReady());
        assertEquals("ch04.input.positiveUpTo", model.learningRate().errorProperty().get().key());
        int before = model.trajectory().steps();
        model.step();
        assertEquals(before, model.trajectory().steps());
        model.learningRate().textProperty().set("abc");
        assertEquals("ch04.input.notANumber", model.learningRate().errorProperty().get().key());
        model.learningRate().textProperty().set("1e-10");
        assertTrue(model.learningRate().isValid());
        model.steps().textProperty().set("2.5");
        assertEquals("ch04.input.notAnInteger", model.steps().errorProperty().get().key());
        model.steps().textProperty().set("10,000");
        assertTrue(model.steps().isValid());
        model.startX0().textProperty().set("1e300");
        assertEquals("ch04.input.between", model.startX0().errorProperty().get().key());
    }

    @Test
    void saddleHasAZeroGradientAtTheOriginButNoMinimum() {
        model.surfaceProperty().set(Surface.SADDLE);
        model.moveStart(0, 0);
        assertArrayEquals(new double[] {0, 0}, model.gradientAtStart(), 1e-9);
        model.moveStart(1, 0.01);
        model.runToEnd();
        double[] end = model.trajectory().end();
        assertTrue(Math.abs(end[0]) < 1e-6, "x₀ goes to 0");
        assertTrue(Math.abs(end[1]) > 1e3, "x₁ runs away: " + end[1]);
    }

    private static void assertRelative(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Math.abs(expected[i]) * 1e-6, "element " + i);
        }
    }
}
