package dlfs.app.ch04;

import static dlfs.app.ch04.PanelFixture.click;
import static dlfs.app.ch04.PanelFixture.reveal;
import static dlfs.app.ch04.PanelFixture.text;
import static dlfs.app.ch04.PanelFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.app.widgets.ContourPlotView;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GradientDescentUiTest {
    private GradientDescentPage page;

    @Start
    void start(Stage stage) {
        page = new GradientDescentPage(PanelFixture.context(new TrainingService(Runnable::run)));
        PanelFixture.show(stage, page);
    }

    private void runAndWait(FxRobot robot) throws Exception {
        click(robot, "#descent-run");
        waitUntil(() -> !page.isRunning());
    }

    /** Spec 4.4.1: the three printed end points after Run, as the read-out shows them. */
    @Test
    void presetsRunToTheBooksEndPoints(FxRobot robot) throws Exception {
        assertTrue(text(robot, "#descent-readout").contains("[-6.11110793e-10, 8.14814391e-10]"));
        assertTrue(text(robot, "#descent-book-check").startsWith("✓"));

        click(robot, "#descent-preset-1");
        assertTrue(text(robot, "#descent-readout").startsWith("After 0 steps"));
        runAndWait(robot);
        assertTrue(text(robot, "#descent-readout").contains("After 100 steps:  x = [-2.58983747e+13, -1.29524862e+12]"),
                text(robot, "#descent-readout"));
        assertTrue(text(robot, "#descent-book-check").startsWith("✓"));

        click(robot, "#descent-preset-2");
        runAndWait(robot);
        assertTrue(text(robot, "#descent-readout").contains("x = [-2.99999994, 3.99999992]"));

        click(robot, "#descent-preset-0");
        runAndWait(robot);
        assertTrue(text(robot, "#descent-readout").contains("x = [-6.11110793e-10, 8.14814391e-10]"));
        assertEquals(101, page.model().trajectory().points().size());
    }

    @Test
    void bookTableShowsTheCoreAgreeingWithTheBook(FxRobot robot) {
        for (int r = 0; r < 3; r++) {
            assertTrue(text(robot, "#descent-our-end-" + r).endsWith("✓"), "run " + r);
        }
        assertEquals("[-2.58983747e+13, -1.29524862e+12]", text(robot, "#descent-book-end-1"));
    }

    @Test
    void stepTakesOneUpdateAndTheGradientIsShown(FxRobot robot) {
        click(robot, "#descent-reset");
        click(robot, "#descent-step");
        assertTrue(text(robot, "#descent-readout").startsWith("After 1 steps:  x = [-2.4, 3.2]"),
                text(robot, "#descent-readout"));
        assertTrue(text(robot, "#descent-readout").contains("∇f at the start [-3., 4.] = [-6., 8.]"));
    }

    @Test
    void badLearningRateIsExplainedAndBlocksTheButtons(FxRobot robot) {
        TextField rate = (TextField) reveal(robot, "#descent-lr");
        robot.interact(() -> rate.setText(""));
        robot.clickOn(rate).write("-0.5");
        assertTrue(robot.lookup("#descent-lr-error").query().isVisible());
        assertEquals("Must be above 0 and at most 1000000", text(robot, "#descent-lr-error"));
        assertTrue(robot.lookup("#descent-step").query().isDisabled());
        assertTrue(robot.lookup("#descent-run").query().isDisabled());
        robot.interact(() -> rate.setText("0.25"));
        assertFalse(robot.lookup("#descent-lr-error").query().isVisible());
        assertFalse(robot.lookup("#descent-run").query().isDisabled());
    }

    @Test
    void pressingOnThePlotMovesTheStart(FxRobot robot) {
        ContourPlotView plot = (ContourPlotView) reveal(robot, "#descent-plot");
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() * 0.7, b.getMinY() + b.getHeight() * 0.3).press(MouseButton.PRIMARY)
                .release(MouseButton.PRIMARY);
        double[] start = page.model().start();
        assertTrue(start[0] > 0 && start[1] > 0, "upper right quadrant: " + start[0] + ", " + start[1]);
        assertEquals(0, page.model().trajectory().steps(), "a new start begins a new path");
        assertEquals(start[0], page.model().trajectory().points().get(0)[0], 0);
    }

    @Test
    void saddleChoiceSwitchesTheSurface(FxRobot robot) throws Exception {
        click(robot, "#descent-surface-saddle");
        assertFalse(text(robot, "#descent-book-check").startsWith("✓"));
        runAndWait(robot);
        assertTrue(Math.abs(page.model().trajectory().end()[1]) > 100, "x₁ runs away on the saddle");
    }
}
