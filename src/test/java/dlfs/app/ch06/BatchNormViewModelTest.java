package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.BatchNormViewModel.Epsilon;
import dlfs.app.ch06.BatchNormViewModel.Forward;
import dlfs.app.ch06.LockstepJob.Evaluation;
import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.service.TrainingService;
import org.junit.jupiter.api.Test;

/** Batch Norm of the spec's worked batch, the book's 16 scales, and a shortened grid run. */
class BatchNormViewModelTest {
    @Test
    void workedBatchIsNormalisedAsInTheSpec() {
        BatchNormViewModel model = new BatchNormViewModel();
        Forward f = model.forwardProperty().get();
        assertEquals(2.5, f.mean(), 1e-15);
        assertEquals(1.25, f.variance(), 1e-15);
        assertEquals(1e-7, f.epsilon());
        assertArrayEquals(new double[] {-1.3416407, -0.4472136, 0.4472136, 1.3416407}, f.normalized(), 1e-7);
        assertArrayEquals(f.normalized(), f.output(), 0, "γ = 1, β = 0 leave x̂ unchanged");
    }

    @Test
    void gammaAndBetaScaleAndShiftOnlyTheOutput() {
        BatchNormViewModel model = new BatchNormViewModel();
        model.gammaProperty().set(2);
        model.betaProperty().set(1);
        Forward f = model.forwardProperty().get();
        for (int i = 0; i < 4; i++) {
            assertEquals(2 * f.normalized()[i] + 1, f.output()[i], 1e-12);
        }
        model.epsilonProperty().set(Epsilon.COMPANION_CODE);
        assertEquals(1e-6, model.forwardProperty().get().epsilon());
        assertEquals(-1.5 / Math.sqrt(1.25 + 1e-6), model.forwardProperty().get().normalized()[0], 1e-12);
    }

    @Test
    void malformedBatchIsRefusedWithoutLosingTheLastResult() {
        BatchNormViewModel model = new BatchNormViewModel();
        model.batchTextProperty().set("1, two, 3");
        assertNotNull(model.batchErrorProperty().get());
        assertEquals(2.5, model.forwardProperty().get().mean());
        model.batchTextProperty().set("10 20 30");
        assertNull(model.batchErrorProperty().get());
        assertEquals(20, model.forwardProperty().get().mean(), 1e-12);
        assertEquals(-1, BatchNormViewModel.parseBatch("5") == null ? -1 : 0);
    }

    @Test
    void stepsRevealOneQuantityAtATime() {
        BatchNormViewModel model = new BatchNormViewModel();
        model.firstStep();
        assertEquals(0, model.stageProperty().get());
        for (int i = 1; i <= 4; i++) {
            assertTrue(model.nextStep());
            assertEquals(i, model.stageProperty().get());
        }
        assertFalse(model.nextStep());
    }

    @Test
    void gridUsesTheCompanionCodesSixteenScales() {
        double[] expected = {1.0, 0.5412, 0.2929, 0.1585, 0.08577, 0.04642, 0.02512, 0.01359, 0.007356, 0.003981,
            0.002154, 0.001166, 0.000631, 0.0003415, 0.0001848, 0.0001};
        double[] scales = BatchNormViewModel.BOOK_SCALES;
        assertEquals(16, scales.length);
        for (int i = 0; i < 16; i++) {
            assertEquals(expected[i], scales[i], expected[i] * 5e-4, "scale " + i);
        }
    }

    @Test
    void batchNormLearnsWhereATinyInitialScaleStallsThePlainNetwork() {
        BatchNormViewModel model = new BatchNormViewModel();
        model.setScales(1e-4);
        model.epochsProperty().set(4);
        TrainingService service = new TrainingService(Runnable::run);
        model.startGrid(service);
        service.deliver();
        Snapshot s = model.run().snapshot();
        assertEquals(5, s.evaluations().size(), "before training and after each of 4 epochs");
        Evaluation last = s.evaluations().get(4);
        assertEquals(40, last.iteration());
        assertTrue(last.train()[1] < 0.2, "without Batch Norm the network barely moves: " + last.train()[1]);
        assertTrue(last.train()[0] > last.train()[1] + 0.15, "with Batch Norm " + last.train()[0]);
    }
}
