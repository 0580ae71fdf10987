package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.OptimizerTrajectoryViewModel.Run;
import dlfs.app.i18n.Message;
import dlfs.core.optimizer.TestSurfaces;
import org.junit.jupiter.api.Test;

/** The trajectory panel's state without a window: the book's paths, presets, divergence, typed functions. */
class OptimizerTrajectoryViewModelTest {
    private static final double TABLE = 1e-6;

    @Test
    void opensOnTheBookFigureWithAllSixPaths() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        assertEquals(30, model.shownStepsProperty().get());
        assertEquals(6, model.runsProperty().get().size());
        // the last plotted points of Fig 6-8 (spec's reference table, after the 30th update)
        assertPoint(-0.350393, 0.084782, model.run(OptimizerKind.SGD), 30);
        assertPoint(0.896414, 0.088086, model.run(OptimizerKind.MOMENTUM), 30);
        assertPoint(-0.120162, 0, model.run(OptimizerKind.ADAGRAD), 30);
        assertPoint(0.136007, 0.318245, model.run(OptimizerKind.ADAM), 30);
    }

    @Test
    void steppingFromTheStartGivesTheHandComputedPoints() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.rewind();
        assertPoint(-7, 2, model.run(OptimizerKind.SGD), 0);
        assertTrue(model.step());
        // SGD η = 0.95: (−7, 2) − 0.95·(−0.7, 4)
        assertPoint(-6.335, -1.8, model.run(OptimizerKind.SGD), 1);
        assertPoint(-6.93, 1.6, model.run(OptimizerKind.MOMENTUM), 1);
        assertPoint(-5.5, 0.5, model.run(OptimizerKind.ADAGRAD), 1);
        assertPoint(-6.700001, 1.7, model.run(OptimizerKind.ADAM), 1);
        model.step();
        assertPoint(-5.733175, 1.62, model.run(OptimizerKind.SGD), 2);
        assertPoint(-6.7977, 0.92, model.run(OptimizerKind.MOMENTUM), 2);
        assertPoint(-4.573268, 0.136197, model.run(OptimizerKind.ADAGRAD), 2);
        assertPoint(-6.400417, 1.402246, model.run(OptimizerKind.ADAM), 2);
    }

    @Test
    void stepStopsAtThePlannedCount() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.totalStepsProperty().set(2);
        assertEquals(2, model.shownStepsProperty().get(), "a finished run follows the new length");
        assertFalse(model.step());
        model.rewind();
        assertTrue(model.step());
        assertTrue(model.step());
        assertFalse(model.step());
    }

    @Test
    void tooLargeLearningRateIsReportedAsDivergence() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.settings(OptimizerKind.SGD).learningRateProperty().set(1.05);
        Run moderate = model.run(OptimizerKind.SGD);
        assertFalse(moderate.diverged());
        // y ← (1 − 2η)·y = −1.1·y: after 30 steps |y| = 2·1.1³⁰
        assertEquals(2 * Math.pow(1.1, 30), Math.abs(moderate.ys()[30]), 1e-9);
        model.settings(OptimizerKind.SGD).learningRateProperty().set(3);
        Run wild = model.run(OptimizerKind.SGD);
        // |y| = 2·5ᵏ passes 10⁶ at k = 9
        assertTrue(wild.diverged());
        assertEquals(9, wild.divergedAt());
        assertEquals(9, wild.xs().length);
    }

    @Test
    void switchedOffOptimizerHasNoRun() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.settings(OptimizerKind.NESTEROV).enabledProperty().set(false);
        assertNull(model.run(OptimizerKind.NESTEROV));
        assertEquals(5, model.runsProperty().get().size());
    }

    @Test
    void choosingASurfaceAppliesItsPreset() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.settings(OptimizerKind.MOMENTUM).coefficients().get(0).set(0.5);
        model.surfaceProperty().set(SurfaceChoice.ROSENBROCK);
        assertEquals(-1.2, model.startXProperty().get());
        assertEquals(300, model.shownStepsProperty().get());
        assertEquals(0.002, model.settings(OptimizerKind.SGD).learningRateProperty().get());
        assertEquals(0.9, model.settings(OptimizerKind.MOMENTUM).coefficients().get(0).get());
        assertEquals(TestSurfaces.ROSENBROCK, model.function());
        assertEquals(301, model.run(OptimizerKind.ADAM).xs().length);
    }

    @Test
    void typedFunctionIsUsedAndAMistakeIsReportedWithItsPosition() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.surfaceProperty().set(SurfaceChoice.CUSTOM);
        model.customExpressionProperty().set("x^2/20 + y^2");
        model.settings(OptimizerKind.SGD).learningRateProperty().set(0.95);
        model.startXProperty().set(-7);
        model.startYProperty().set(2);
        model.rewind();
        model.step();
        assertPoint(-6.335, -1.8, model.run(OptimizerKind.SGD), 1);
        assertNull(model.expressionErrorProperty().get());

        model.customExpressionProperty().set("x + foo(y)");
        Message error = model.expressionErrorProperty().get();
        assertEquals("ch06.expression.error.unknown-name", error.key());
        assertEquals(5, error.args().get(0));
        assertEquals("foo", error.args().get(1));
        assertPoint(-6.335, -1.8, model.run(OptimizerKind.SGD), 1);
    }

    @Test
    void startIsRoundedAndKeptInsideTheWindow() {
        OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
        model.moveStart(-3.14159, 7.5);
        assertEquals(-3.14, model.startXProperty().get());
        assertEquals(5, model.startYProperty().get());
        assertEquals(-3.14, model.run(OptimizerKind.SGD).xs()[0]);
    }

    private static void assertPoint(double x, double y, Run run, int step) {
        assertEquals(x, run.xs()[step], TABLE, run.kind() + " x at step " + step);
        assertEquals(y, run.ys()[step], TABLE, run.kind() + " y at step " + step);
    }
}
