package dlfs.app.ch03;

import static dlfs.app.ch02.PageStage.fire;
import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch02.PageStage;
import dlfs.app.widgets.CurvePlotView;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The activation explorer: the book's values at the probe, the curves shown, α and maxout, the collapse demo. */
@ExtendWith(ApplicationExtension.class)
class ActivationExplorerPageTest {
    private ActivationExplorerPage page;

    @Start
    void start(Stage stage) {
        page = new PageStage().show(stage, ActivationExplorerPage::new);
    }

    @Test
    void probeReadsTheBooksSigmoidValues(FxRobot robot) {
        assertEquals("0.7310585786300049", text(robot, "reading-SIGMOID"));
        assertEquals("0.19661193324148185", text(robot, "reading-slope-SIGMOID"));
        type(robot, "activation-probe .text-field", "2.0");
        assertEquals("0.8807970779778823", text(robot, "reading-SIGMOID"));
        type(robot, "activation-probe .text-field", "-1");
        assertEquals(0.26894142, Double.parseDouble(text(robot, "reading-SIGMOID")), 1e-8);
        assertEquals("0.0", text(robot, "reading-STEP"));
        assertEquals("0.0", text(robot, "reading-RELU"));
    }

    @Test
    void plotShowsTheTickedFunctionsAndTheirDerivatives(FxRobot robot) {
        CurvePlotView plot = robot.lookup("#activation-plot").queryAs(CurvePlotView.class);
        assertEquals(List.of("step", "sigmoid", "ReLU", "step′", "sigmoid′", "ReLU′"),
                plot.curves().stream().map(CurvePlotView.Curve::name).toList());
        robot.clickOn("#activation-TANH");
        robot.clickOn("#activation-derivatives");
        assertEquals(List.of("step", "sigmoid", "tanh", "ReLU"),
                plot.curves().stream().map(CurvePlotView.Curve::name).toList());
        CurvePlotView.Curve tanh = plot.curves().get(2);
        assertEquals(2 * page.model().value(ActivationKind.SIGMOID, 1.4) - 1, tanh.f().applyAsDouble(0.7), 1e-15);
        assertTrue(plot.curves().get(0).dashed(), "the step is dashed, as in the book's Fig. 3-8");
    }

    @Test
    void leakySlopeAndMaxoutPiecesChangeTheirCurves(FxRobot robot) {
        robot.clickOn("#activation-LEAKY_RELU");
        robot.clickOn("#activation-MAXOUT");
        type(robot, "activation-probe .text-field", "-2");
        type(robot, "activation-alpha .text-field", "0.2");
        assertEquals("-0.4", text(robot, "reading-LEAKY_RELU"));
        assertEquals("0.2", text(robot, "reading-slope-LEAKY_RELU"));
        assertEquals("2.0", text(robot, "reading-MAXOUT"), "the default pieces x and −x make |x|");
        assertEquals("-1.0", text(robot, "reading-slope-MAXOUT"));
        fire(robot, "maxout-as-RELU");
        assertEquals("0.0", text(robot, "reading-MAXOUT"), "pieces x and 0 make ReLU");
        type(robot, "activation-alpha .text-field", "1.5");
        assertEquals(0.2, page.model().alphaProperty().get(), "α outside [0, 0.99] is refused");
    }

    @Test
    void rangeMustRunFromLeftToRight(FxRobot robot) {
        type(robot, "activation-from .text-field", "6");
        assertTrue(robot.lookup("The start of the x range must be below its end.").tryQuery().isPresent());
        assertEquals(-5, page.model().fromProperty().get());
        type(robot, "activation-from .text-field", "-2");
        assertEquals(-2, page.model().fromProperty().get());
        assertTrue(robot.lookup("The start of the x range must be below its end.").tryQuery().isEmpty());
    }

    @Test
    void threeLinearLayersCollapseToOneUntilASigmoidSitsBetween(FxRobot robot) {
        assertEquals("h(h(h(x))) = 8·x: the 3 layers with weight 2 act like one layer with weight c³ = 8. "
                + "The two curves coincide.", text(robot, "collapse-verdict"));
        for (double x : new double[] {-3, -0.5, 1.5, 3}) {
            assertEquals(8 * x, page.model().stacked(x), 1e-12);
            assertEquals(page.model().stacked(x), page.model().collapsed(x), 1e-12);
        }
        type(robot, "collapse-c .text-field", "-0.5");
        type(robot, "collapse-depth .text-field", "4");
        assertEquals(0.0625, page.model().collapsedWeight(), 1e-15);
        assertEquals(0.0625 * 3, page.model().stacked(3), 1e-15);
        fire(robot, "collapse-sigmoid");
        assertTrue(text(robot, "collapse-verdict").contains("is a curve"));
        assertNotEquals(page.model().collapsed(3), page.model().stacked(3), 1e-3);
    }
}
