package dlfs.app.ch04;

import static dlfs.app.ch04.PanelFixture.click;
import static dlfs.app.ch04.PanelFixture.reveal;
import static dlfs.app.ch04.PanelFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.app.widgets.DraggableBarChartView;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LossLabUiTest {
    private LossLabPage page;

    @Start
    void start(Stage stage) {
        page = new LossLabPage(PanelFixture.context(new TrainingService(Runnable::run)));
        PanelFixture.show(stage, page);
    }

    /** Spec 4.2.1 / 4.2.2, as the table shows them. */
    @Test
    void bookExamplesShowTheBooksLosses(FxRobot robot) {
        click(robot, "#loss-example-2");
        assertEquals("0.5975", text(robot, "#loss-sse"));
        assertTrue(text(robot, "#loss-ce").startsWith("2.302584"), text(robot, "#loss-ce"));
        click(robot, "#loss-example-1");
        assertEquals("0.0975", text(robot, "#loss-sse"));
        assertTrue(text(robot, "#loss-ce").startsWith("0.510825"), text(robot, "#loss-ce"));
        assertEquals("0.0975", text(robot, "#loss-sse-book1"));
        assertEquals("0.5975", text(robot, "#loss-sse-book2"));
        assertTrue(text(robot, "#loss-ce-book1").startsWith("0.510825"));
        assertTrue(text(robot, "#loss-ce-book2").startsWith("2.302584"));
        assertEquals("y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]", text(robot, "#loss-y"));
        assertEquals("t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]", text(robot, "#loss-t"));
    }

    @Test
    void draggingTheCorrectBarDownRaisesTheCrossEntropy(FxRobot robot) {
        click(robot, "#loss-example-1");
        DraggableBarChartView bars = (DraggableBarChartView) reveal(robot, "#loss-bars");
        Bounds b = bars.localToScreen(bars.getBoundsInLocal());
        // bar 2 of 10 sits a quarter of the way across the plot; drag it to near the bottom
        double x = b.getMinX() + bars.getWidth() * 0.26;
        robot.moveTo(x, b.getMinY() + bars.getHeight() * 0.45).press(MouseButton.PRIMARY)
                .moveTo(x, b.getMinY() + bars.getHeight() * 0.75).release(MouseButton.PRIMARY);
        double[] y = page.model().probabilities();
        assertTrue(y[2] < 0.3, "correct class now " + y[2]);
        assertEquals(1.0, Arrays.stream(y).sum(), 1e-12);
        assertEquals(-Math.log(y[2] + 1e-7), Double.parseDouble(text(robot, "#loss-ce")), 1e-9);
        assertTrue(Double.parseDouble(text(robot, "#loss-ce")) > 1.2);
    }

    @Test
    void arrowKeysChangeTheSelectedBar(FxRobot robot) {
        click(robot, "#loss-example-1");
        robot.interact(() -> robot.lookup("#loss-bars").query().requestFocus());
        robot.type(KeyCode.RIGHT, 2).type(KeyCode.UP);
        assertEquals(0.61, page.model().probabilities()[2], 1e-12);
        assertEquals(1.0, Arrays.stream(page.model().probabilities()).sum(), 1e-12);
    }

    @Test
    void indexTargetsGiveTheSameCrossEntropy(FxRobot robot) {
        click(robot, "#loss-example-2");
        String oneHot = text(robot, "#loss-ce");
        click(robot, "#loss-target-index");
        assertEquals("t = 2", text(robot, "#loss-t"));
        assertEquals(oneHot, text(robot, "#loss-ce"));
        click(robot, "#loss-target-one-hot");
        assertEquals("t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]", text(robot, "#loss-t"));
    }

    @Test
    void choosingTheCorrectClassMovesTheTarget(FxRobot robot) {
        click(robot, "#loss-example-2");
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> label = robot.lookup("#loss-label").queryAs(ChoiceBox.class);
        robot.interact(() -> label.setValue(7));
        // now example 2 is right: the same numbers as example 1 was against "2"
        assertEquals("0.0975", text(robot, "#loss-sse"));
        assertTrue(text(robot, "#loss-ce").startsWith("0.510825"));
        click(robot, "#loss-uniform");
        assertTrue(text(robot, "#loss-ce").startsWith("2.302584"), "−log(0.1 + δ)");
    }
}
