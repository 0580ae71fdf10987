package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.metrics.CurveSmoothing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MNIST race, shortened: the book's ordering (SGD slowest) with a fixed seed. */
class OptimizerRaceViewModelTest {
    @Test
    void sgdIsTheSlowestOfTheSixOnTheSameBatches() {
        OptimizerRaceViewModel model = new OptimizerRaceViewModel();
        model.iterationsProperty().set(120);
        TrainingService service = new TrainingService(Runnable::run);
        assertTrue(model.start(service));
        service.deliver();
        assertEquals(JobState.SUCCEEDED, model.run().endStateProperty().get());
        Snapshot s = model.run().snapshot();
        assertEquals(6, s.names().size());
        assertEquals("ch06.optimizer.sgd", s.names().get(0));
        assertEquals(120, s.iterations());
        double sgd = last(CurveSmoothing.smooth(s.losses().get(0)));
        for (int c = 1; c < 6; c++) {
            double other = last(CurveSmoothing.smooth(s.losses().get(c)));
            assertTrue(other < sgd - 0.2, s.names().get(c) + " " + other + " vs SGD " + sgd);
            assertTrue(s.finalTest()[c] > s.finalTest()[0], s.names().get(c) + " test accuracy above SGD's");
        }
        assertTrue(s.finished());
        assertFalse(model.run().runningProperty().get());
    }

    @Test
    void everyNetworkStartsFromTheSameWeights() {
        OptimizerRaceViewModel model = new OptimizerRaceViewModel();
        model.iterationsProperty().set(1);
        model.settings().forEach(s -> s.enabledProperty().set(false));
        assertNull(model.createJob(), "nothing to race");
        model.settings(OptimizerKind.SGD).enabledProperty().set(true);
        model.settings(OptimizerKind.ADAM).enabledProperty().set(true);
        TrainingService service = new TrainingService(Runnable::run);
        model.start(service);
        service.deliver();
        List<double[]> losses = model.run().snapshot().losses();
        // the first loss is measured before any update: same weights, same batch, same number
        assertEquals(losses.get(0)[0], losses.get(1)[0], 0);
    }

    @Test
    void bookSettingsRestoreTheCompanionCode() {
        OptimizerRaceViewModel model = new OptimizerRaceViewModel();
        model.iterationsProperty().set(5);
        model.settings(OptimizerKind.ADAM).learningRateProperty().set(0.5);
        model.settings(OptimizerKind.SGD).enabledProperty().set(false);
        model.bookSettings();
        assertEquals(2000, model.iterationsProperty().get());
        assertEquals(128, model.batchSizeProperty().get());
        assertEquals(0.001, model.settings(OptimizerKind.ADAM).learningRateProperty().get());
        assertEquals(0.01, model.settings(OptimizerKind.SGD).learningRateProperty().get());
        assertTrue(model.settings(OptimizerKind.SGD).enabledProperty().get());
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
