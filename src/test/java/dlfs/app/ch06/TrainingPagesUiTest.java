package dlfs.app.ch06;

import static dlfs.app.ch06.Chapter6UiSupport.press;
import static dlfs.app.ch06.Chapter6UiSupport.text;
import static dlfs.app.ch06.Chapter6UiSupport.type;
import static dlfs.app.ch06.Chapter6UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.JobState;
import dlfs.core.search.DatasetRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The training panels in the app with the real background service: short runs end with their numbers shown. */
@ExtendWith(ApplicationExtension.class)
class TrainingPagesUiTest {
    private Chapter6UiSupport app;

    @Start
    void start(Stage stage) {
        app = new Chapter6UiSupport(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static double number(String label) {
        return Double.parseDouble(label.replace("%", "").strip());
    }

    @Test
    void raceShowsEveryOptimizersLossAndTestAccuracyWithSgdBehind(FxRobot robot) throws Exception {
        OptimizerRacePage page = app.open(robot, OptimizerRacePage.ID, OptimizerRacePage.class);
        type(robot, "race-iterations", "80");
        robot.interact(() -> {
            page.model().settings(OptimizerKind.NESTEROV).enabledProperty().set(false);
            page.model().settings(OptimizerKind.RMSPROP).enabledProperty().set(false);
        });
        robot.clickOn("#race-start");
        assertTrue(robot.lookup("#race-start").queryAs(Button.class).isDisabled(), "one run at a time");
        waitUntil(() -> page.model().run().endStateProperty().get() == JobState.SUCCEEDED, 90);
        assertEquals("iteration 80 of 80", text(robot, "race-progress"));
        double sgd = number(text(robot, "race-loss-0"));
        for (int c = 1; c < 4; c++) {
            assertTrue(number(text(robot, "race-loss-" + c)) < sgd, "row " + c + " below SGD's " + sgd);
            assertTrue(text(robot, "race-accuracy-" + c).endsWith("%"));
        }
        assertFalse(robot.lookup("#race-start").queryAs(Button.class).isDisabled());
    }

    @Test
    void overfittingLabShowsTheGapAndTheDropoutMask(FxRobot robot) throws Exception {
        OverfittingPage page = app.open(robot, OverfittingPage.ID, OverfittingPage.class);
        robot.interact(() -> {
            page.model().dropoutProperty().set(true);
            page.model().epochsProperty().set(3);
            page.model().setTestLimit(200);
        });
        press(robot, "overfit-start");
        waitUntil(() -> page.model().run().endStateProperty().get() == JobState.SUCCEEDED, 60);
        Node masks = robot.lookup(".image-grid-view").query();
        assertTrue(masks.isVisible(), "dropout masks are shown while dropout is on");
        assertEquals(6, ((dlfs.app.widgets.ImageGridView) masks).imageCount());
        assertEquals(2, page.model().run().snapshot().names().size());
        assertEquals(4, page.model().run().snapshot().evaluations().size(), "before training and after 3 epochs");
    }

    @Test
    void searchRefusesTheTestSetAndRanksItsTrials(FxRobot robot) throws Exception {
        HyperparameterSearchPage page = app.open(robot, HyperparameterSearchPage.ID, HyperparameterSearchPage.class);
        robot.interact(() -> page.model().scoredOnProperty().set(DatasetRole.TEST));
        assertTrue(robot.lookup("#search-warning").query().isVisible());
        assertTrue(text(robot, "search-warning").startsWith("Do not tune on the test data"));
        press(robot, "search-start");
        assertNull(app.studio.service().getCurrentJob(), "nothing starts");
        robot.interact(() -> {
            page.model().scoredOnProperty().set(DatasetRole.TRAINING);
            page.model().trialsProperty().set(2);
            page.model().epochsProperty().set(2);
        });
        assertFalse(robot.lookup("#search-warning").query().isVisible());
        press(robot, "search-start");
        waitUntil(() -> !page.model().runningProperty().get() && page.model().resultsProperty().get().size() == 2, 90);
        String best = text(robot, "search-best");
        assertTrue(best.startsWith("Best-1 (val acc: "), best);
        assertTrue(best.contains("\nBest-2 (val acc: "), best);
    }
}
