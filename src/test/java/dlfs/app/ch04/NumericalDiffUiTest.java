package dlfs.app.ch04;

import static dlfs.app.ch04.PanelFixture.click;
import static dlfs.app.ch04.PanelFixture.reveal;
import static dlfs.app.ch04.PanelFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.app.widgets.FunctionPlotView;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NumericalDiffUiTest {
    private NumericalDiffPage page;

    @Start
    void start(Stage stage) {
        page = new NumericalDiffPage(PanelFixture.context(new TrainingService(Runnable::run)));
        PanelFixture.show(stage, page);
    }

    /** Spec 4.3.2 and 4.3.3: the central differences the book prints, to the last digit, as shown. */
    @Test
    void bookPresetsShowThePrintedDigits(FxRobot robot) {
        click(robot, "#diff-preset-1");
        assertEquals("0.2999999999986347", text(robot, "#diff-central-0"));
        assertEquals("0.3", text(robot, "#diff-exact-0"));
        assertTrue(text(robot, "#diff-book").startsWith("✓"), text(robot, "#diff-book"));
        click(robot, "#diff-preset-0");
        assertEquals("0.1999999999990898", text(robot, "#diff-central-0"));
        assertEquals("x = 5", text(robot, "#diff-x-value"));
        click(robot, "#diff-preset-2");
        assertEquals("6.00000000000378", text(robot, "#diff-central-0"));
        click(robot, "#diff-preset-3");
        assertEquals("7.999999999999119", text(robot, "#diff-central-0"));
        assertEquals("8", text(robot, "#diff-exact-0"));
    }

    /** Spec 4.3.1: h = 1e-50 is lost: float32(h) = 0, and x + h = x in double. */
    @Test
    void tinyStepCollapsesInBothPrecisions(FxRobot robot) {
        click(robot, "#diff-preset-tiny-h");
        assertEquals("h = 1e-50   float32(h) = 0.0", text(robot, "#diff-h-value"));
        assertEquals("0.0", text(robot, "#diff-forward-0"));
        assertEquals("0.0", text(robot, "#diff-central-0"));
        assertEquals("NaN", text(robot, "#diff-central-2"));
        assertEquals("NaN", text(robot, "#diff-central-3"));
        assertTrue(robot.lookup("#diff-rounding").query().isVisible());
        assertFalse(text(robot, "#diff-book").startsWith("✓"));
        click(robot, "#diff-preset-book-h");
        assertFalse(robot.lookup("#diff-rounding").query().isVisible());
        assertTrue(text(robot, "#diff-book").startsWith("✓"));
    }

    @Test
    void stepSliderMovesByOneDecade(FxRobot robot) {
        click(robot, "#diff-h");
        robot.interact(() -> page.model().exponentProperty().set(-4));
        robot.type(KeyCode.LEFT);
        assertEquals(-5, page.model().exponentProperty().get());
        assertTrue(text(robot, "#diff-h-value").startsWith("h = 1e-5 "));
        robot.type(KeyCode.RIGHT, 4);
        assertEquals(-1, page.model().exponentProperty().get());
        // h = 0.1: the forward difference is off by h·f″/2 = 0.1 · 0.02 / 2
        assertEquals("1.00e-03", text(robot, "#diff-forward-1"));
    }

    @Test
    void draggingOnThePlotMovesTheTangentPoint(FxRobot robot) {
        FunctionPlotView plot = (FunctionPlotView) reveal(robot, "#diff-curve");
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() * 0.8, b.getMinY() + b.getHeight() / 2).press(MouseButton.PRIMARY)
                .release(MouseButton.PRIMARY);
        double x = page.model().xProperty().get();
        assertTrue(x > 12 && x < 20, "x = " + x);
        assertEquals(x * 10, Math.rint(x * 10), 1e-9, "rounded to a tenth");
        assertEquals(0.02 * x + 0.1, Double.parseDouble(text(robot, "#diff-exact-0")), 1e-12);
    }

    @Test
    void functionChoiceChangesTheExactSlope(FxRobot robot) {
        click(robot, "#diff-function-square");
        robot.interact(() -> page.model().moveX(2));
        assertEquals("4", text(robot, "#diff-exact-0"));
        assertEquals("x = 2", text(robot, "#diff-x-value"));
    }
}
