package dlfs.app.ch03;

import static dlfs.app.ch02.PageStage.fire;
import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch02.PageStage;
import dlfs.app.ch03.ForwardPassViewModel.Stage;
import dlfs.app.widgets.NetworkDiagramView;
import java.util.List;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 2-3-2-2 network of 3.4 stepped and edited, and the matrix products of 3.3. */
@ExtendWith(ApplicationExtension.class)
class ForwardPassPageTest {
    private ForwardPassPage page;

    @Start
    void start(javafx.stage.Stage stage) {
        page = new PageStage().show(stage, ForwardPassPage::new);
    }

    private double[] stage(String name) {
        return page.model().stages().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(Stage::value).orElseThrow().data();
    }

    @Test
    void booksNetworkGivesTheBooksOutput(FxRobot robot) {
        assertArrayEquals(new double[] {0.3, 0.7, 1.1}, stage("A1"), 1e-15);
        assertArrayEquals(new double[] {0.57444252, 0.66818777, 0.75026011}, stage("Z1"), 1e-8);
        assertArrayEquals(new double[] {0.51615984, 1.21402696}, stage("A2"), 1e-8);
        assertArrayEquals(new double[] {0.62624937, 0.7710107}, stage("Z2"), 1e-8);
        assertArrayEquals(new double[] {0.31682708, 0.69627909}, stage("Y"), 1e-8);
        assertEquals("A1 = X·W1 + B1 = [0.3 0.7 1.1]   (3,)", text(robot, "forward-stage-A1"));
        assertEquals("Z1 = h(A1) = [0.57444252 0.66818777 0.75026011]   (3,)", text(robot, "forward-stage-Z1"));
        assertEquals("Y = σ(A3) = A3 = [0.31682708 0.69627909]   (2,)", text(robot, "forward-stage-Y"));
        NetworkDiagramView diagram = robot.lookup("#forward-diagram").queryAs(NetworkDiagramView.class);
        assertEquals(List.of(3, 4, 3, 2), diagram.columns().stream().map(c -> c.neurons().size()).toList());
        assertEquals("0.3168", diagram.columns().get(3).neurons().get(0).value());
    }

    @Test
    void stepsRevealOneStageAtATime(FxRobot robot) {
        robot.clickOn("#forward-over");
        assertEquals("A1 = X·W1 + B1 = …", text(robot, "forward-stage-A1"));
        robot.clickOn("#forward-step");
        assertEquals("A1 = X·W1 + B1 = [0.3 0.7 1.1]   (3,)", text(robot, "forward-stage-A1"));
        assertEquals("Z1 = h(A1) = …", text(robot, "forward-stage-Z1"));
        NetworkDiagramView diagram = robot.lookup("#forward-diagram").queryAs(NetworkDiagramView.class);
        assertEquals("a=0.3000", diagram.columns().get(1).neurons().get(1).value());
        assertEquals(1, diagram.highlightedColumnProperty().get());
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#forward-step");
        }
        assertEquals(ForwardPassViewModel.STAGES, page.model().shownProperty().get());
        assertTrue(text(robot, "forward-stage-Y").endsWith("[0.31682708 0.69627909]   (2,)"));
    }

    @Test
    void aWeightOfTheWrongShapeStopsThePassWithBothShapesNamed(FxRobot robot) {
        type(robot, "forward-field-W1", "0.1, 0.3, 0.5, 0.7\n0.2, 0.4, 0.6, 0.8");
        assertEquals("Shapes do not fit: B1(3,) cannot be added to the product with W1(2, 4); the bias needs one value"
                + " for each of the 4 columns.", text(robot, "forward-shape-error"));
        assertEquals("ShapeException: operands could not be broadcast together with shapes (4,) (3,)",
                text(robot, "forward-core-message"));
        type(robot, "forward-field-B1", "0.1, 0.2, 0.3, 0.4");
        assertEquals("Shapes do not fit: Z1(4,) · W2(3, 2). Z1 has 4 columns but W2 has 3 rows; for a matrix product"
                + " these inner sizes must be equal.", text(robot, "forward-shape-error"));
        assertEquals("ShapeException: shapes (4,) and (3, 2) not aligned: 4 (dim 1) != 3 (dim 0)",
                text(robot, "forward-core-message"));
        assertEquals(2, page.model().stages().size(), "A1 and Z1 still computed");
        type(robot, "forward-field-X", "1.0, abc");
        assertEquals("\"abc\" is not a number.", text(robot, "forward-error-X"));
        robot.interact(page::reset);
        assertEquals("", text(robot, "forward-shape-error"));
        assertEquals(ForwardPassViewModel.STAGES, page.model().stages().size());
    }

    @Test
    void twoInputRowsGoThroughAsABatchAndSoftmaxSumsToOne(FxRobot robot) {
        type(robot, "forward-field-X", "1.0, 0.5\n0.0, 0.0");
        assertEquals("Y = σ(A3) = A3 = [[0.31682708 0.69627909]\n [0.30806853 0.67683894]]   (2, 2)",
                text(robot, "forward-stage-Y"));
        fire(robot, "forward-output-softmax");
        double[] y = stage("Y");
        assertEquals(1.0, y[0] + y[1], 1e-15);
        assertEquals(1.0, y[2] + y[3], 1e-15);
    }

    @Test
    void matrixProductsOfSection33(FxRobot robot) {
        assertEquals(List.of("19.", "22.", "43.", "50."), List.of(text(robot, "product-cell-0-0"),
                text(robot, "product-cell-0-1"), text(robot, "product-cell-1-0"), text(robot, "product-cell-1-1")));
        fire(robot, "product-cell-0-1");
        assertEquals("C[0][1] = 1·6 + 2·8 = 22", text(robot, "product-explanation"));
        MenuButton examples = robot.lookup("#product-examples").queryAs(MenuButton.class);
        robot.interact(() -> examples.getItems().get(1).fire());
        assertEquals(List.of("22.", "28.", "49.", "64."), List.of(text(robot, "product-cell-0-0"),
                text(robot, "product-cell-0-1"), text(robot, "product-cell-1-0"), text(robot, "product-cell-1-1")));
        robot.interact(() -> examples.getItems().get(2).fire());
        assertEquals("A(2, 3) · B(2, 2) cannot be formed: A has 3 columns but B has 2 rows.", text(robot, "product-error"));
        assertEquals("ShapeException: shapes (2, 3) and (2, 2) not aligned: 3 (dim 1) != 2 (dim 0)",
                text(robot, "product-core-message"));
        robot.interact(() -> examples.getItems().get(3).fire());
        assertEquals(List.of("23.", "53.", "83."), List.of(text(robot, "product-cell-0-0"),
                text(robot, "product-cell-0-1"), text(robot, "product-cell-0-2")));
        fire(robot, "product-cell-0-2");
        assertEquals("C[2] = 5·7 + 6·8 = 83", text(robot, "product-explanation"));
        robot.interact(() -> examples.getItems().get(4).fire());
        assertEquals(List.of("5.", "11.", "17."), List.of(text(robot, "product-cell-0-0"),
                text(robot, "product-cell-0-1"), text(robot, "product-cell-0-2")));
        assertEquals("A(2,) · B(2, 3) → C(3,)", text(robot, "product-shapes"));
    }
}
