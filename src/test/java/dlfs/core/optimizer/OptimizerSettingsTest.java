package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Hyper-parameter validation, the name factory and learning-rate schedules. */
class OptimizerSettingsTest {
    @Test
    void learningRateMustBeFiniteAndPositive() {
        for (double bad : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejected(() -> new Sgd(bad), "learning rate");
            assertRejected(() -> Optimizers.create("adam", bad), "learning rate");
        }
        assertRejected(() -> new Sgd().setLearningRate(-1), "learning rate");
    }

    @Test
    void coefficientsMustLieInTheUnitInterval() {
        assertRejected(() -> new Momentum(0.01, 1.0), "momentum");
        assertRejected(() -> new Nesterov(0.01, -0.1), "momentum");
        assertRejected(() -> new RmsProp(0.01, 1.0), "decay");
        assertRejected(() -> new Adam(0.001, 1.0, 0.999), "β1");
        assertRejected(() -> new Adam(0.001, 0.9, Double.NaN), "β2");
    }

    @Test
    void factoryKnowsTheCompanionNamesInAnyCase() {
        assertInstanceOf(Sgd.class, Optimizers.create("SGD", 0.1));
        assertInstanceOf(Momentum.class, Optimizers.create("momentum", 0.1));
        assertInstanceOf(Nesterov.class, Optimizers.create("Nesterov", 0.1));
        assertInstanceOf(AdaGrad.class, Optimizers.create("adagrad", 0.1));
        assertInstanceOf(RmsProp.class, Optimizers.create(" RMSprop ", 0.1));
        Optimizer adam = Optimizers.create("ADAM", 0.1);
        assertInstanceOf(Adam.class, adam);
        assertEquals(0.1, adam.learningRate());
        assertEquals(0.001, Optimizers.create("adam").learningRate());
        assertEquals(0.01, Optimizers.create("momentum").learningRate());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.create("lbfgs", 0.1));
        assertTrue(e.getMessage().contains("lbfgs") && e.getMessage().contains("rmsprop"), e.getMessage());
    }

    @Test
    void schedulesGiveTheirFormulas() {
        assertEquals(0.1, LearningRateSchedule.constant().rate(0.1, 1000));
        LearningRateSchedule inverse = LearningRateSchedule.inverseTime(0.5);
        assertEquals(0.1, inverse.rate(0.1, 0), 1e-15);
        assertEquals(0.05, inverse.rate(0.1, 2), 1e-15);
        LearningRateSchedule robbinsMonro = LearningRateSchedule.robbinsMonro(2);
        assertEquals(0.05, robbinsMonro.rate(0.1, 0), 1e-15);
        assertEquals(0.01, robbinsMonro.rate(0.1, 4), 1e-15);
        LearningRateSchedule step = LearningRateSchedule.stepDecay(0.5, 10);
        assertEquals(0.1, step.rate(0.1, 9), 1e-15);
        assertEquals(0.05, step.rate(0.1, 10), 1e-15);
        assertEquals(0.025, step.rate(0.1, 25), 1e-15);
    }

    @Test
    void badScheduleSettingsAreRejected() {
        assertRejected(() -> LearningRateSchedule.inverseTime(-1), "α");
        assertRejected(() -> LearningRateSchedule.robbinsMonro(0), "α");
        assertRejected(() -> LearningRateSchedule.stepDecay(1.5, 10), "γ");
        assertRejected(() -> LearningRateSchedule.stepDecay(0.5, 0), "period");
        assertRejected(() -> new Sgd().setSchedule(null), "schedule");
    }

    @Test
    void everyOptimizerAppliesItsSchedule() {
        Param p = new Param("w", Tensor.vector(0), false);
        Sgd sgd = new Sgd(1);
        sgd.setSchedule(LearningRateSchedule.inverseTime(1));
        double[] expectedSteps = {1, 0.5, 1.0 / 3};
        for (double expected : expectedSteps) {
            double before = p.value().at(0);
            p.grad().data()[0] = -1;
            sgd.update(List.of(p));
            assertEquals(expected, p.value().at(0) - before, 1e-15);
        }
    }

    @Test
    void learningRateCanChangeBetweenUpdates() {
        Param p = new Param("w", Tensor.vector(0), false);
        Sgd sgd = new Sgd(1);
        p.grad().data()[0] = 1;
        sgd.update(List.of(p));
        sgd.setLearningRate(0.25);
        sgd.update(List.of(p));
        assertEquals(-1.25, p.value().at(0), 1e-15);
    }

    private static void assertRejected(Executable action, String mentioned) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
    }
}
