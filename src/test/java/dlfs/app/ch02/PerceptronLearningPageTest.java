package dlfs.app.ch02;

import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.widgets.LineChartView;
import dlfs.core.perceptron.Perceptron;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The learning rule driven from the buttons: single steps, whole epochs, the animation, XOR's failure. */
@ExtendWith(ApplicationExtension.class)
class PerceptronLearningPageTest {
    private PerceptronLearningPage page;

    @Start
    void start(Stage stage) {
        page = new PageStage().show(stage, PerceptronLearningPage::new);
    }

    @Test
    void stepsThroughTheFirstEpochOfAnd(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#learning-step");
        }
        assertEquals(new Perceptron(0, 0, 0), page.model().weights(), "(0,0), (1,0), (0,1) are right at zero weights");
        robot.clickOn("#learning-step");
        assertEquals(new Perceptron(0.2, 0.2, 0.2), page.model().weights(), "(1,1) was wrong: W += 0.1·2·(1, 1, 1)");
        assertEquals("X = (1, 1, 1):  y = 1, ŷ = -1, wrong → W ← W + 0.1·(y − ŷ)·X = (0.2, 0.2, 0.2)",
                text(robot, "learning-update"));
        assertEquals("Epoch 1 finished with 1 mistake.", text(robot, "learning-status"));
        assertEquals("epoch 2, next input 1 of 4:   w₁ = 0.2,  w₂ = 0.2,  b = 0.2", text(robot, "learning-weights"));
    }

    @Test
    void andOrAndNandConvergeButXorNever(FxRobot robot) {
        for (GateKind gate : new GateKind[] {GateKind.AND, GateKind.OR, GateKind.NAND}) {
            robot.clickOn("#learning-target-" + gate.name());
            while (!page.model().finishedProperty().get()) {
                robot.interact(page.model()::finishEpoch);
            }
            int epochs = page.model().errorsPerEpoch().size();
            assertEquals(0, page.model().errorsPerEpoch().get(epochs - 1), gate.name());
            assertEquals("Learned " + gate.name() + ": epoch " + epochs + " made no mistake ✓",
                    text(robot, "learning-status"));
        }
        robot.clickOn("#learning-target-XOR");
        robot.interact(page.model()::runToEnd);
        assertEquals(PerceptronLearningViewModel.MAX_EPOCHS, page.model().errorsPerEpoch().size());
        assertTrue(page.model().errorsPerEpoch().stream().allMatch(e -> e > 0));
        assertEquals("Stopped after 100 epochs: XOR still has mistakes in every epoch, and always will.",
                text(robot, "learning-status"));
        LineChartView chart = robot.lookup("#learning-errors").queryAs(LineChartView.class);
        assertEquals(100, chart.series().get(0).size());
        assertTrue(robot.lookup("#learning-step").query().isDisabled());
    }

    @Test
    void runAnimatesUntilTheRuleHasLearnedAnd(FxRobot robot) throws Exception {
        type(robot, "learning-speed .text-field", "60");
        robot.clickOn("#learning-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.model().finishedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.model().statusProperty().get().key().endsWith("converged"));
        assertEquals("Run ▶", text(robot, "learning-run"));
    }

    @Test
    void randomStartAndLearningRateAreValidated(FxRobot robot) {
        robot.clickOn("#learning-random-start");
        Perceptron start = page.model().weights();
        assertTrue(start.w1() != 0 || start.w2() != 0 || start.b() != 0);
        type(robot, "learning-rate .text-field", "0");
        assertEquals(0.1, page.model().learningRateProperty().get());
        assertTrue(robot.lookup("Enter a value from 0.0001 to 10.").tryQuery().isPresent());
        type(robot, "learning-rate .text-field", "0.5");
        robot.interact(page.model()::runToEnd);
        assertTrue(page.model().statusProperty().get().key().endsWith("converged"));
    }
}
