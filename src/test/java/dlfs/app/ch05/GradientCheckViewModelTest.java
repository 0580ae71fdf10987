package dlfs.app.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.core.gradient.InjectedBug;
import org.junit.jupiter.api.Test;

/** The book's gradient check through the training service: correct backprop passes, a planted bug jumps. */
class GradientCheckViewModelTest {
    @Test
    void correctBackpropPassesAndAForgottenMaskJumpsAboveTheThreshold() {
        TrainingService service = new TrainingService(Runnable::run);
        GradientCheckViewModel model = new GradientCheckViewModel(service);
        model.everyElementProperty().set(false);
        model.run();
        service.deliver();
        assertFalse(model.runningProperty().get());
        GradientCheckJob.Outcome correct = model.correctProperty().get();
        assertNotNull(correct, () -> String.valueOf(model.statusProperty().get()));
        assertEquals("ch05.gradcheck.status.passed", model.statusProperty().get().key());
        for (double diff : GradientCheckViewModel.meanDifferences(correct)) {
            assertTrue(diff < GradientCheckViewModel.THRESHOLD, "mean |diff| " + diff);
        }
        assertEquals(GradientCheckViewModel.SAMPLE_SIZE, correct.report().entry("W1").checked());
        assertEquals(50, correct.report().entry("b1").checked(), "smaller parameters are checked whole");

        model.bugProperty().set(InjectedBug.RELU_WITHOUT_MASK);
        model.run();
        service.deliver();
        GradientCheckJob.Outcome bugged = model.buggedProperty().get();
        assertEquals(InjectedBug.RELU_WITHOUT_MASK, bugged.bug());
        assertEquals("ch05.gradcheck.status.failed", model.statusProperty().get().key());
        double[] jumped = GradientCheckViewModel.meanDifferences(bugged);
        assertTrue(jumped[0] > 1e3 * GradientCheckViewModel.THRESHOLD, "W1 " + jumped[0]);
        assertTrue(jumped[1] > 1e3 * GradientCheckViewModel.THRESHOLD, "b1 " + jumped[1]);
        assertTrue(jumped[2] < GradientCheckViewModel.THRESHOLD, "W2 is untouched by the ReLU bug");
        assertEquals(correct, model.correctProperty().get(), "the correct run stays for comparison");
    }
}
