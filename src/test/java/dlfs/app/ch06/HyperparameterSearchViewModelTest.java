package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.search.DatasetRole;
import dlfs.core.search.TrialResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random search on a validation split: ranges, best-first results, and no tuning on the test set. */
class HyperparameterSearchViewModelTest {
    @Test
    void tuningOnTheTestSetIsRefusedWithAWarning() {
        HyperparameterSearchViewModel model = new HyperparameterSearchViewModel();
        assertNull(model.warningProperty().get());
        model.scoredOnProperty().set(DatasetRole.TEST);
        assertEquals("ch06.search.test-warning", model.warningProperty().get().key());
        TrainingService service = new TrainingService(Runnable::run);
        assertFalse(model.start(service));
        assertNull(service.getCurrentJob(), "nothing was submitted");
    }

    @Test
    void theCoreRefusesTheTestSetEvenWhenAskedDirectly() {
        HyperparameterSearchViewModel model = new HyperparameterSearchViewModel();
        model.scoredOnProperty().set(DatasetRole.TEST);
        model.trialsProperty().set(1);
        TrainingService service = new TrainingService(Runnable::run);
        JobHandle handle = service.submit(model.createJob());
        service.deliver();
        assertEquals(JobState.FAILED, handle.getState());
        assertTrue(handle.errorProperty().get().getMessage().contains("refusing to tune"));
    }

    @Test
    void shortSearchRanksTrialsBestFirstInsideTheRanges() {
        HyperparameterSearchViewModel model = new HyperparameterSearchViewModel();
        model.trialsProperty().set(4);
        model.epochsProperty().set(3);
        TrainingService service = new TrainingService(Runnable::run);
        assertTrue(model.start(service));
        service.deliver();
        List<TrialResult> results = model.resultsProperty().get();
        assertEquals(4, results.size());
        for (int i = 0; i < results.size(); i++) {
            TrialResult r = results.get(i);
            assertTrue(r.learningRate() >= 1e-6 && r.learningRate() <= 1e-2, "lr " + r.learningRate());
            assertTrue(r.weightDecay() >= 1e-8 && r.weightDecay() <= 1e-4, "wd " + r.weightDecay());
            assertEquals(3, r.validationAccuracies().length);
            if (i > 0) {
                assertTrue(results.get(i - 1).validationAccuracy() >= r.validationAccuracy());
            }
        }
        assertFalse(model.runningProperty().get());
        assertEquals("ch06.search.progress", model.progressProperty().get().key());
        assertEquals(List.of(4, 4), model.progressProperty().get().args());

        model.narrowToBest(2);
        double best = Math.log10(results.get(0).learningRate());
        assertTrue(model.lrFromProperty().get() <= best && model.lrToProperty().get() >= best);
        assertTrue(model.lrToProperty().get() - model.lrFromProperty().get() < 4, "narrower than the book's 4 decades");
    }

    @Test
    void rangesMustBeInOrder() {
        HyperparameterSearchViewModel model = new HyperparameterSearchViewModel();
        model.lrFromProperty().set(-1);
        assertEquals("ch06.search.range-order", model.warningProperty().get().key());
        model.bookSettings();
        assertNull(model.warningProperty().get());
        assertEquals(-6, model.lrFromProperty().get());
        assertEquals(-4, model.wdToProperty().get());
        assertEquals(100, model.trialsProperty().get());
    }
}
