package dlfs.app.ch02;

import static dlfs.app.ch02.PageStage.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.app.widgets.DecisionPlaneView;
import dlfs.app.widgets.NetworkDiagramView;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** XOR as NAND and OR feeding AND: the book's Fig. 2-12 table, the puzzle slots, the neuron view, the planes. */
@ExtendWith(ApplicationExtension.class)
class XorCompositionPageTest {
    private XorCompositionPage page;

    @Start
    void start(Stage stage) {
        page = new PageStage().show(stage, XorCompositionPage::new);
    }

    /** Columns s₁, s₂, y of row r. */
    private static List<String> hiddenAndOutput(FxRobot robot, int r) {
        return List.of(text(robot, "truth-" + r + "-2"), text(robot, "truth-" + r + "-3"), text(robot, "truth-" + r + "-4"));
    }

    @Test
    void tableMatchesFigure212AndComputesXor(FxRobot robot) {
        assertEquals(List.of("1", "0", "0"), hiddenAndOutput(robot, 0));
        assertEquals(List.of("1", "1", "1"), hiddenAndOutput(robot, 1));
        assertEquals(List.of("1", "1", "1"), hiddenAndOutput(robot, 2));
        assertEquals(List.of("0", "1", "0"), hiddenAndOutput(robot, 3));
        assertEquals("This circuit computes XOR ✓", text(robot, "xor-verdict"));
    }

    @Test
    void anotherOutputGateBreaksTheCircuit(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<GateKind> output = robot.lookup("#xor-slot-2").queryAs(ComboBox.class);
        robot.interact(() -> output.setValue(GateKind.OR));
        assertEquals(List.of("1", "0", "1"), hiddenAndOutput(robot, 0));
        assertEquals(List.of("0", "1", "1"), hiddenAndOutput(robot, 3));
        assertEquals("✗", text(robot, "truth-0-6"));
        assertEquals("Not XOR yet: change the gates until every row matches.", text(robot, "xor-verdict"));
        assertThrows(IllegalArgumentException.class, () -> page.model().setGate(0, GateKind.XOR));
        robot.interact(page::reset);
        assertEquals("This circuit computes XOR ✓", text(robot, "xor-verdict"));
    }

    @Test
    void neuronViewFollowsOneInputLayerByLayer(FxRobot robot) {
        NetworkDiagramView diagram = robot.lookup("#xor-diagram").queryAs(NetworkDiagramView.class);
        robot.clickOn("#xor-input-1");
        assertEquals(List.of("1", "1"), List.of(diagram.columns().get(1).neurons().get(1).value(),
                diagram.columns().get(1).neurons().get(2).value()));
        assertEquals("1", diagram.columns().get(2).neurons().get(0).value());
        robot.clickOn("#xor-step");
        assertEquals("signal at the inputs (layer 0)", text(robot, "xor-layer"));
        assertEquals("?", diagram.columns().get(1).neurons().get(1).value());
        robot.clickOn("#xor-step");
        assertEquals("signal has reached layer 1", text(robot, "xor-layer"));
        assertEquals("1", diagram.columns().get(1).neurons().get(1).value());
        assertEquals("?", diagram.columns().get(2).neurons().get(0).value());
        assertEquals(1, diagram.highlightedColumnProperty().get());
    }

    @Test
    void hiddenPlaneMakesTheInputsLinearlySeparable(FxRobot robot) {
        DecisionPlaneView hidden = robot.lookup("#xor-hidden-plane").queryAs(DecisionPlaneView.class);
        assertEquals(List.of(1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0), hidden.points().stream()
                .flatMap(p -> List.of(p.x1(), p.x2()).stream()).toList());
        assertEquals(List.of(true, true, true, true), hidden.points().stream().map(DecisionPlaneView.Point::correct).toList());
        DecisionPlaneView input = robot.lookup("#xor-input-plane").queryAs(DecisionPlaneView.class);
        assertEquals(List.of("s₁: NAND", "s₂: OR"), input.boundaries().stream().map(DecisionPlaneView.Boundary::label).toList());
    }
}
