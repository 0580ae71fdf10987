package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.LockstepJob.Evaluation;
import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.service.TrainingService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 300 images, a 7-layer net, SGD 0.01: the plain network overfits, weight decay narrows the gap. */
class OverfittingViewModelTest {
    @Test
    void weightDecayNarrowsTheGapBetweenTrainingAndTestAccuracy() {
        OverfittingViewModel model = new OverfittingViewModel();
        model.epochsProperty().set(70);
        model.setTestLimit(1000);
        TrainingService service = new TrainingService(Runnable::run);
        model.start(service);
        service.deliver();
        Snapshot s = model.run().snapshot();
        assertEquals(List.of(OverfittingViewModel.REGULARISED, OverfittingViewModel.BASELINE), s.names());
        Evaluation last = s.evaluations().get(s.evaluations().size() - 1);
        double regularisedGap = last.train()[0] - last.test()[0];
        double baselineGap = last.train()[1] - last.test()[1];
        assertTrue(last.train()[1] > 0.9, "the plain network nearly memorises its 300 images: " + last.train()[1]);
        assertTrue(regularisedGap < baselineGap - 0.02, "gap with L2 " + regularisedGap + ", without " + baselineGap);
        assertTrue(last.train()[0] < last.train()[1] - 0.05, "weight decay keeps training accuracy lower");
    }

    @Test
    void dropoutMasksAreReadForTheFirstImage() {
        OverfittingViewModel model = new OverfittingViewModel();
        model.l2Property().set(false);
        model.dropoutProperty().set(true);
        model.epochsProperty().set(1);
        model.setTestLimit(10);
        TrainingService service = new TrainingService(Runnable::run);
        model.start(service);
        service.deliver();
        OverfittingViewModel.Inside inside = model.insideProperty().get();
        assertNotNull(inside);
        assertEquals(3, inside.iteration());
        assertEquals(6, inside.keptUnits().length);
        assertEquals(100, inside.keptUnits()[0].length);
        int dropped = 0;
        for (boolean[] layer : inside.keptUnits()) {
            for (boolean kept : layer) {
                dropped += kept ? 0 : 1;
            }
        }
        // 15 % of 600 units, give or take
        assertTrue(dropped > 50 && dropped < 140, "dropped " + dropped);
    }
}
