package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch07.SimpleConvNetTrainingViewModel.Filters;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.TrainTest;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.random.Rng;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleConvNetTrainingViewModelTest {
    @Test
    void beforeTrainingTheFiltersAreTheSeededRandomStart() {
        SimpleConvNetTrainingViewModel model = new SimpleConvNetTrainingViewModel(new TrainingService(Runnable::run));
        Filters start = model.initialFiltersProperty().get();
        assertEquals(30, start.count());
        assertEquals(5, start.height());
        assertEquals(750, start.weights().length);
        assertEquals(start, model.currentFiltersProperty().get());
        double sumOfSquares = Arrays.stream(start.weights()).map(w -> w * w).sum();
        assertEquals(0.01, Math.sqrt(sumOfSquares / 750), 0.002, "weights drawn with std 0.01");
        assertEquals(433_890, model.network().parameterCount());
    }

    @Test
    void aShortRunFillsTheCurvesMovesTheFiltersAndReportsTheOutcome() {
        TrainingService service = new TrainingService(Runnable::run);
        SimpleConvNetTrainingViewModel model = new SimpleConvNetTrainingViewModel(service);
        model.epochsProperty().set(2);
        TrainTest data = SmallMnist.load(500, 200);
        JobHandle handle = model.train(data);
        service.deliver();
        assertEquals(JobState.SUCCEEDED, handle.getState());
        assertEquals(10, model.curves().loss().size(), "2 epochs of 500 / 100 iterations");
        assertEquals(3, model.curves().testAccuracy().size(), "epochs 1 and 2, then the final one");
        assertEquals(2.0, model.curves().testAccuracy().get(2).getX());
        SimpleConvNetTrainingViewModel.Outcome outcome = model.outcomeProperty().get();
        assertNotNull(outcome);
        assertTrue(outcome.testAccuracy() > 0.3, "10 Adam steps already beat chance: " + outcome.testAccuracy());
        Filters now = model.currentFiltersProperty().get();
        assertEquals(10, now.iteration());
        assertFalse(Arrays.equals(model.initialFiltersProperty().get().weights(), now.weights()));
        assertEquals("ch07.job.step.succeeded", model.monitor().statusProperty().get().key());
        assertFalse(model.monitor().isBusy());
    }

    @Test
    void trainingAgainStartsFromTheSameSeededWeightsWithFreshCurves() {
        TrainingService service = new TrainingService(Runnable::run);
        SimpleConvNetTrainingViewModel model = new SimpleConvNetTrainingViewModel(service);
        model.epochsProperty().set(1);
        double[] start = model.initialFiltersProperty().get().weights();
        model.train(SmallMnist.load(300, 100));
        service.deliver();
        model.train(SmallMnist.load(300, 100));
        service.deliver();
        assertTrue(Arrays.equals(start, model.initialFiltersProperty().get().weights()));
        assertEquals(3, model.curves().loss().size());
    }

    @Test
    void aSecondRunIsRefusedWhileOneIsQueued() {
        TrainingService service = new TrainingService(task -> { });
        SimpleConvNetTrainingViewModel model = new SimpleConvNetTrainingViewModel(service);
        model.train(SmallMnist.load(300, 100));
        service.deliver();
        assertTrue(model.monitor().isBusy());
        assertNull(model.network(), "a queued or running job owns the network");
        assertThrows(IllegalStateException.class, () -> model.train(SmallMnist.load(300, 100)));
        model.stop();
        service.deliver();
        assertEquals("ch07.job.step.cancelled", model.monitor().statusProperty().get().key());
        assertEquals(List.of(0L, 0L), model.monitor().statusProperty().get().args());
    }

    @Test
    void layerTableReproducesTheBookShapesAndTheParameterCount() {
        List<LayerSummary> rows = LayerSummary.of(new SimpleConvNet(new Rng(0)));
        assertEquals("(N, 1, 28, 28)", rows.get(0).shapeText());
        assertEquals("(N, 30, 24, 24)", rows.get(1).shapeText());
        assertEquals("(N, 30, 12, 12)", rows.get(3).shapeText());
        assertEquals("(N, 100)", rows.get(4).shapeText());
        assertEquals("(N, 10)", rows.get(6).shapeText());
        assertEquals("W1 (30, 1, 5, 5), b1 (30,)", rows.get(1).parameterShapes());
        assertEquals(432_100, rows.get(4).parameters());
        assertEquals("433,890", LayerSummary.count(LayerSummary.total(rows)));
    }
}
