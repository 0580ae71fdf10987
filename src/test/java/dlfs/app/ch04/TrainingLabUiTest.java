package dlfs.app.ch04;

import static dlfs.app.ch04.PanelFixture.click;
import static dlfs.app.ch04.PanelFixture.reveal;
import static dlfs.app.ch04.PanelFixture.text;
import static dlfs.app.ch04.PanelFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProbe;
import dlfs.app.service.JobState;
import dlfs.app.settings.Settings;
import dlfs.app.shell.Theme;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.FunctionPlotView;
import dlfs.app.widgets.LineChartView;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The training lab inside the whole shell, so that the status bar's buttons act on its run. */
@ExtendWith(ApplicationExtension.class)
class TrainingLabUiTest {
    private Studio studio;
    private TrainingLabPage page;

    @Start
    void start(Stage stage) {
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1200, 760, "", 14, false);
        studio = new Studio(settings, TrainingService.start());
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        studio.model().open("ch04." + TrainingLabPage.ID);
        page = (TrainingLabPage) studio.model().getCurrentPage();
    }

    @AfterEach
    void closeService(FxRobot robot) {
        robot.interact(studio.service()::close);
    }

    private void type(FxRobot robot, String id, String value) {
        TextField field = (TextField) reveal(robot, id);
        robot.interact(() -> field.setText(value));
    }

    /** 784-20-10, η 1, batches of 50 from 1,000 images: 20 iterations per epoch. */
    private void smallRun(FxRobot robot, int iterations) {
        type(robot, "#training-hidden", "20");
        type(robot, "#training-lr", "1");
        type(robot, "#training-images", "1000");
        type(robot, "#training-batch", "50");
        type(robot, "#training-iterations", Integer.toString(iterations));
    }

    /** Until the lab has taken in the end of its run (its state listener ran on the FX thread). */
    private void waitUntilFinished() throws Exception {
        waitUntil(() -> job() != null && job().getState().isFinished() && !page.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private JobHandle job() {
        return page.job();
    }

    @Test
    void shortRunLowersTheLossAndFillsTheCharts(FxRobot robot) throws Exception {
        smallRun(robot, 200);
        click(robot, "#training-start");
        waitUntilFinished();
        assertEquals(JobState.SUCCEEDED, job().getState());
        double[] losses = page.model().losses();
        assertEquals(200, losses.length);
        double first = Arrays.stream(losses, 0, 20).average().orElseThrow();
        double last = Arrays.stream(losses, 180, 200).average().orElseThrow();
        assertTrue(last < 0.6 * first, "loss falls: " + first + " → " + last);
        LineChartView loss = robot.lookup("#training-loss-chart").queryAs(LineChartView.class);
        assertEquals(200, loss.series().get(0).size());
        FunctionPlotView accuracy = robot.lookup("#training-accuracy-chart").queryAs(FunctionPlotView.class);
        double[] testAccuracies = ((FunctionPlotView.Polyline) accuracy.items().get(1)).ys();
        assertEquals(10, testAccuracies.length);
        assertTrue(testAccuracies[9] > testAccuracies[0] + 0.3, "test accuracy rises: " + Arrays.toString(testAccuracies));
        assertTrue(text(robot, "#training-status").startsWith("Finished 200 iterations: test accuracy 0."),
                text(robot, "#training-status"));
        ListView<?> log = robot.lookup("#training-log").queryAs(ListView.class);
        assertEquals(10, log.getItems().size());
        assertTrue(log.getItems().get(0).toString().startsWith("train acc, test acc | "));

        click(robot, "#training-zoom");
        assertEquals(200, loss.series().get(0).size(), "all 200 are within the first 1,000");
    }

    @Test
    void statusBarPausesStepsAndCancelsTheRun(FxRobot robot) throws Exception {
        robot.interact(() -> studio.service().stepDelayMillisProperty().set(20));
        smallRun(robot, 100_000);
        click(robot, "#training-start");
        waitUntil(() -> job() != null && job().getState() == JobState.RUNNING && page.model().losses().length > 2);
        robot.clickOn("#status-pause");
        // the handle says PAUSED at once, while a step that was running then still ends and reports:
        // wait until the worker holds in its checkpoint, then hand everything it published to the lab
        waitUntil(() -> job().getState() == JobState.PAUSED && JobProbe.isWaitingWhilePaused(job()));
        robot.interact(studio.service()::deliver);
        int paused = page.model().losses().length;
        Thread.sleep(300); // not a wait: room for an iteration, which would be wrong, to run
        robot.interact(studio.service()::deliver);
        assertEquals(paused, page.model().losses().length, "no iteration while paused");
        robot.clickOn("#status-step");
        waitUntil(() -> page.model().losses().length == paused + 1);

        robot.interact(() -> studio.model().open("ch04.overview"));
        robot.clickOn("#status-resume");
        waitUntil(() -> page.model().losses().length > paused + 5);
        robot.interact(() -> studio.model().open("ch04." + TrainingLabPage.ID));
        robot.clickOn("#status-cancel");
        waitUntilFinished();
        assertEquals(JobState.CANCELLED, job().getState());
        assertTrue(text(robot, "#training-status").startsWith("Cancelled after "), text(robot, "#training-status"));
        assertFalse(robot.lookup("#training-start").query().isDisabled());
    }

    @Test
    void explodingLearningRateStopsWithAClearMessage(FxRobot robot) throws Exception {
        click(robot, "#training-preset-exploding");
        assertEquals("1000000000", robot.lookup("#training-lr").queryAs(TextField.class).getText());
        smallRun(robot, 300);
        type(robot, "#training-lr", "1e9");
        click(robot, "#training-start");
        waitUntilFinished();
        assertEquals(JobState.DIVERGED, job().getState());
        assertTrue(text(robot, "#training-status").startsWith("Diverged at iteration "), text(robot, "#training-status"));
        assertTrue(page.model().networkProperty().get().params().stream().allMatch(p -> p.value().isFinite()));
    }

    @Test
    void settingsAreCheckedNextToTheirFields(FxRobot robot) {
        type(robot, "#training-images", "300");
        type(robot, "#training-batch", "500");
        assertTrue(robot.lookup("#training-batch-error").query().isVisible());
        assertEquals("Must be between 1 and 300: a batch cannot be larger than the training images",
                text(robot, "#training-batch-error"));
        type(robot, "#training-lr", "0");
        assertEquals("Must be a finite number above 0", text(robot, "#training-lr-error"));
        click(robot, "#training-start");
        assertEquals("Correct the settings marked in red first.", text(robot, "#training-status"));
        assertEquals(null, job());

        click(robot, "#training-mode-numerical");
        assertTrue(robot.lookup("#training-hidden-error").query().isVisible(), "hidden 50 is too many for numerical");
        click(robot, "#training-preset-numerical");
        assertFalse(robot.lookup("#training-hidden-error").query().isVisible());
        assertTrue(text(robot, "#training-cost").startsWith("Numerical gradients are slow: every iteration needs 7,971"),
                text(robot, "#training-cost"));
    }
}
