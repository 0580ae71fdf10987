package dlfs.app.ch06;

import static dlfs.app.ch06.Chapter6UiSupport.press;
import static dlfs.app.ch06.Chapter6UiSupport.text;
import static dlfs.app.ch06.Chapter6UiSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.widgets.SurfacePlotView;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The trajectory panel in the app: the book's first steps as shown, typed functions, input checks, dragging. */
@ExtendWith(ApplicationExtension.class)
class OptimizerTrajectoryPageUiTest {
    private Chapter6UiSupport app;
    private OptimizerTrajectoryPage page;

    @Start
    void start(Stage stage) {
        app = new Chapter6UiSupport(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private void openPage(FxRobot robot) {
        page = app.open(robot, OptimizerTrajectoryPage.ID, OptimizerTrajectoryPage.class);
    }

    @Test
    void firstStepsFromTheBookStartAreShownAsComputedByHand(FxRobot robot) {
        openPage(robot);
        assertEquals("step 30 of 30", text(robot, "trajectory-step-count"));
        assertEquals("(x, y) = (-0.350393, 0.0847823)", text(robot, "trajectory-position-sgd"));
        press(robot, "trajectory-rewind");
        assertEquals("(x, y) = (-7, 2)", text(robot, "trajectory-position-sgd"));
        robot.clickOn("#trajectory-step");
        assertEquals("step 1 of 30", text(robot, "trajectory-step-count"));
        assertEquals("(x, y) = (-6.335, -1.8)", text(robot, "trajectory-position-sgd"));
        assertEquals("(x, y) = (-6.93, 1.6)", text(robot, "trajectory-position-momentum"));
        assertEquals("(x, y) = (-5.5, 0.5)", text(robot, "trajectory-position-adagrad"));
        assertEquals("(x, y) = (-6.7, 1.7)", text(robot, "trajectory-position-adam"));
        assertEquals("v = (0.07, -0.4)", text(robot, "trajectory-state-momentum"));
        press(robot, "trajectory-step");
        assertEquals("(x, y) = (-5.73318, 1.62)", text(robot, "trajectory-position-sgd"));
        assertEquals("(x, y) = (-6.7977, 0.92)", text(robot, "trajectory-position-momentum"));
    }

    @Test
    void typedLearningRateIsCheckedBeforeItIsUsed(FxRobot robot) {
        openPage(robot);
        press(robot, "trajectory-rewind");
        press(robot, "trajectory-step");
        type(robot, "trajectory-lr-sgd", "abc");
        assertTrue(robot.lookup("#trajectory-lr-sgd .label").tryQuery().map(Node::isVisible).orElse(false),
                "an error shows next to the field");
        assertEquals(0.95, page.model().settings(OptimizerKind.SGD).learningRateProperty().get());
        type(robot, "trajectory-lr-sgd", "0.5");
        // x ← x − 0.5·x/10, y ← y − 0.5·2y
        assertEquals("(x, y) = (-6.65, 0)", text(robot, "trajectory-position-sgd"));
    }

    @Test
    void typedFunctionDrivesThePathsAndAMistakeIsExplained(FxRobot robot) {
        openPage(robot);
        ComboBox<?> surface = robot.lookup("#trajectory-surface").queryAs(ComboBox.class);
        robot.interact(() -> page.model().surfaceProperty().set(SurfaceChoice.CUSTOM));
        assertEquals(SurfaceChoice.CUSTOM, surface.getValue());
        assertFalse(robot.lookup("#trajectory-expression-error").query().isVisible());
        type(robot, "trajectory-expression", "x^2 + sin(");
        assertTrue(robot.lookup("#trajectory-expression-error").query().isVisible());
        assertEquals("Position 11: a number, x, y, a function or “(” is missing.",
                text(robot, "trajectory-expression-error"));
        type(robot, "trajectory-expression", "x^2 + y^2");
        assertFalse(robot.lookup("#trajectory-expression-error").query().isVisible());
        type(robot, "trajectory-start-x", "1");
        type(robot, "trajectory-start-y", "-2");
        press(robot, "trajectory-rewind");
        press(robot, "trajectory-step");
        // SGD η = 0.01 on x² + y²: (1, −2) − 0.01·(2, −4)
        assertEquals("(x, y) = (0.98, -1.96)", text(robot, "trajectory-position-sgd"));
    }

    @Test
    void pressingInThePlotMovesTheStart(FxRobot robot) {
        openPage(robot);
        SurfacePlotView plot = robot.lookup(".surface-plot-view").<SurfacePlotView>queryAll().stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        robot.interact(() -> plot.getParent().getParent().getParent().requestFocus());
        double[] at = plot.toWidget(3, -2);
        Point2D screen = plot.localToScreen(at[0], at[1]);
        robot.clickOn(screen);
        assertEquals(3, page.model().startXProperty().get(), 0.15);
        assertEquals(-2, page.model().startYProperty().get(), 0.15);
        assertEquals(page.model().startXProperty().get(), page.model().run(OptimizerKind.ADAM).xs()[0]);
    }
}
