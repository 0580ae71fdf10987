package dlfs.app.ch02;

import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.widgets.DecisionPlaneView;
import dlfs.app.widgets.DecisionPlaneView.Marker;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gate lab in a window: sliders and fields, presets, targets, the truth table and the plane. */
@ExtendWith(ApplicationExtension.class)
class GateLabPageTest {
    private GateLabPage page;

    @Start
    void start(Stage stage) {
        page = new PageStage().show(stage, GateLabPage::new);
    }

    /** Column 2 (the weighted sum), 3 (y) and 5 (✓/✗) of the four rows. */
    private static List<String> column(FxRobot robot, int column) {
        return List.of(text(robot, "truth-0-" + column), text(robot, "truth-1-" + column),
                text(robot, "truth-2-" + column), text(robot, "truth-3-" + column));
    }

    @Test
    void bookAndGateShowsItsTruthTableWithTheFloatingPointSum(FxRobot robot) {
        assertEquals(List.of("0", "0", "0", "1"), column(robot, 3));
        assertEquals(List.of("-0.7", "-0.19999999999999996", "-0.19999999999999996", "0.30000000000000004"),
                column(robot, 2));
        assertEquals(List.of("✓", "✓", "✓", "✓"), column(robot, 5));
        assertEquals("All 4 rows match AND ✓", text(robot, "gate-summary"));
        assertEquals("y = 1 if 0.5·x₁ + 0.5·x₂ − 0.7 > 0, otherwise y = 0", text(robot, "gate-rule"));
    }

    @Test
    void negatingAndGivesTheBooksNand(FxRobot robot) {
        robot.clickOn("#gate-target-NAND");
        assertEquals("0 of 4 rows match NAND", text(robot, "gate-summary"));
        robot.clickOn("#gate-negate");
        assertEquals(-0.5, page.model().w1Property().get());
        assertEquals("-0.5", text(robot, "gate-w2 .text-field"));
        assertEquals(0.7, page.model().bProperty().get());
        assertEquals(List.of("1", "1", "1", "0"), column(robot, 3));
        assertEquals("All 4 rows match NAND ✓", text(robot, "gate-summary"));
    }

    @Test
    void typedOrWeightsMatchTheOrTable(FxRobot robot) {
        robot.clickOn("#gate-target-OR");
        type(robot, "gate-b .text-field", "-0.2");
        assertEquals(-0.2, page.model().bProperty().get());
        assertEquals(List.of("0", "1", "1", "1"), column(robot, 3));
        assertEquals("All 4 rows match OR ✓", text(robot, "gate-summary"));
    }

    @Test
    void everyBookPresetSolvesItsGate(FxRobot robot) {
        MenuButton presets = robot.lookup("#gate-presets").queryAs(MenuButton.class);
        assertEquals(GateLabViewModel.PRESETS.size(), presets.getItems().size());
        for (MenuItem item : presets.getItems()) {
            robot.interact(item::fire);
            assertEquals(4, page.model().passCountProperty().get(), item.getText());
        }
        robot.interact(() -> presets.getItems().get(7).fire());
        assertEquals("OR  w = (1, 1)  b = -0.5", presets.getItems().get(7).getText());
        assertEquals(List.of("0", "1", "1", "1"), column(robot, 3));
    }

    @Test
    void thresholdFormEditsThetaAsMinusB(FxRobot robot) {
        robot.clickOn("#gate-form-theta");
        assertTrue(robot.lookup("#gate-theta").query().isVisible());
        assertFalse(robot.lookup("#gate-b").query().isVisible());
        assertEquals("0.7", text(robot, "gate-theta .text-field"));
        assertTrue(robot.lookup("w₁x₁ + w₂x₂").tryQuery().isPresent(), "the sum column leaves b out");
        assertEquals(List.of("0.0", "0.5", "0.5", "1.0"), column(robot, 2));
        type(robot, "gate-theta .text-field", "0.8");
        assertEquals(-0.8, page.model().bProperty().get());
        assertEquals("All 4 rows match AND ✓", text(robot, "gate-summary"));
        assertEquals("y = 1 if 0.5·x₁ + 0.5·x₂ > 0.8, otherwise y = 0", text(robot, "gate-rule"));
    }

    @Test
    void xorIsNeverMatchedByOneLine(FxRobot robot) {
        robot.clickOn("#gate-target-XOR");
        robot.clickOn("#gate-random");
        assertTrue(page.model().passCountProperty().get() < 4);
        assertEquals("None of 10,000 random draws matches XOR: no straight line separates its outputs.",
                text(robot, "gate-search"));
        assertTrue(text(robot, "gate-summary").contains("XOR needs a second layer"));
        robot.clickOn("#gate-target-OR");
        robot.clickOn("#gate-random");
        assertEquals(4, page.model().passCountProperty().get());
        assertTrue(text(robot, "gate-search").startsWith("Found after"));
    }

    @Test
    void textThatIsNotANumberIsRefusedWithAMessage(FxRobot robot) {
        type(robot, "gate-w1 .text-field", "abc");
        assertEquals(0.5, page.model().w1Property().get());
        assertTrue(robot.lookup("\"abc\" is not a number.").tryQuery().isPresent());
        type(robot, "gate-w1 .text-field", "500");
        assertEquals(0.5, page.model().w1Property().get());
        assertTrue(robot.lookup("Enter a value from -100 to 100.").tryQuery().isPresent());
        type(robot, "gate-w1 .text-field", "－０．２５");
        assertEquals(-0.25, page.model().w1Property().get());
    }

    @Test
    void planeDrawsTheLineAndMarksTheMisclassifiedPoints(FxRobot robot) {
        DecisionPlaneView plane = robot.lookup(".decision-plane-view").queryAs(DecisionPlaneView.class);
        DecisionPlaneView.Boundary line = plane.boundaries().get(0);
        assertEquals(List.of(0.5, 0.5, -0.7), List.of(line.w1(), line.w2(), line.b()));
        assertEquals(List.of(Marker.CIRCLE, Marker.CIRCLE, Marker.CIRCLE, Marker.TRIANGLE),
                plane.points().stream().map(DecisionPlaneView.Point::marker).toList());
        robot.clickOn("#gate-target-OR");
        assertEquals(List.of(true, false, false, true),
                plane.points().stream().map(DecisionPlaneView.Point::correct).toList());
        assertEquals("2 of 4 rows match OR", text(robot, "gate-summary"));
    }
}
