package dlfs.app.ch05;

import static dlfs.app.ch05.PageUiSupport.assertShows;
import static dlfs.app.ch05.PageUiSupport.fire;
import static dlfs.app.ch05.PageUiSupport.text;
import static dlfs.app.ch05.PageUiSupport.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.core.graph.ComputationalGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Steps the shopping graphs node by node with the panel's buttons and reads every value off the edges. */
@ExtendWith(ApplicationExtension.class)
class ShoppingGraphsPageUiTest {
    private ShoppingGraphsPage page;
    private EdgeReader edges;

    @Start
    void start(Stage stage) {
        page = new ShoppingGraphsPage(PageUiSupport.context(new TrainingService(Runnable::run)));
        edges = new EdgeReader(page);
        PageUiSupport.show(stage, page);
    }

    @Test
    void applesStepForwardTo220AndBackwardTo2Point2And110And200(FxRobot robot) {
        robot.clickOn("#graph-reset");
        assertEquals("100", edges.forward("apple", "apple_price"));
        assertEquals("2", edges.forward("apple_num", "apple_price"));
        assertEquals("1.1", edges.forward("tax", "price"));
        assertEquals("", edges.forward("apple_price", "price"));
        assertEquals("", edges.view().outputForwardText());

        robot.clickOn("#graph-forward");
        assertEquals("200", edges.forward("apple_price", "price"));
        assertEquals("", edges.view().outputForwardText());
        robot.clickOn("#graph-forward");
        assertEquals("220", edges.view().outputForwardText());
        assertTrue(robot.lookup("#graph-forward").queryButton().isDisabled());
        assertEquals("", edges.backward("tax", "price"));

        robot.clickOn("#graph-backward");
        assertEquals("1", edges.view().outputBackwardText());
        assertEquals("1.1", edges.backward("apple_price", "price"));
        assertEquals("200", edges.backward("tax", "price"));
        assertEquals("", edges.backward("apple", "apple_price"));
        robot.clickOn("#graph-backward");
        assertEquals("2.2", edges.backward("apple", "apple_price"));
        assertEquals("110", edges.backward("apple_num", "apple_price"));
        assertTrue(robot.lookup("#graph-backward").queryButton().isDisabled());

        assertEquals("2.2", text(robot, "backprop-apple"));
        assertEquals("110", text(robot, "backprop-apple_num"));
        assertEquals("200", text(robot, "backprop-tax"));
        assertShows(2.2, text(robot, "numerical-apple"), "numerical ∂L/∂apple");
        assertShows(200, text(robot, "numerical-tax"), "numerical ∂L/∂tax");
    }

    @Test
    void applesAndOrangesStepForwardTo715AndBackwardToTheBooksFiveGradients(FxRobot robot) {
        fire(robot, "preset-apples_and_oranges");
        fire(robot, "graph-reset");
        String[][] forwardSteps = {{"apple_price", "all_price", "200"}, {"orange_price", "all_price", "450"},
                {"all_price", "price", "650"}};
        for (String[] step : forwardSteps) {
            fire(robot, "graph-forward");
            assertEquals(step[2], edges.forward(step[0], step[1]));
        }
        fire(robot, "graph-forward");
        assertEquals("715", edges.view().outputForwardText());

        fire(robot, "graph-backward");
        assertEquals("1", edges.view().outputBackwardText());
        assertEquals("1.1", edges.backward("all_price", "price"));
        assertEquals("650", edges.backward("tax", "price"));
        fire(robot, "graph-backward");
        assertEquals("1.1", edges.backward("apple_price", "all_price"));
        assertEquals("1.1", edges.backward("orange_price", "all_price"));
        fire(robot, "graph-backward");
        assertEquals("3.3", edges.backward("orange", "orange_price"));
        assertEquals("165", edges.backward("orange_num", "orange_price"));
        assertEquals("", edges.backward("apple", "apple_price"));
        fire(robot, "graph-backward");
        assertEquals("2.2", edges.backward("apple", "apple_price"));
        assertEquals("110", edges.backward("apple_num", "apple_price"));

        assertTrue(robot.lookup((Labeled l) -> "→ 715".equals(l.getText())).tryQuery().isPresent(),
                "the MulLayer/AddLayer program prints 715");
        assertTrue(robot.lookup((Labeled l) -> "→ 3.3, 165".equals(l.getText())).tryQuery().isPresent());
        assertTrue(text(robot, "shopping-agreement").startsWith("Graph and layers agree"));

        type(robot, "input-tax", "1.08");
        assertEquals("702", edges.view().outputForwardText());
        assertEquals("650", edges.backward("tax", "price"));
    }

    @Test
    void singleNodesPassOnOrSwapTheUpstreamGradientOfOnePointThree(FxRobot robot) {
        fire(robot, "preset-multiply_node");
        assertEquals("50", edges.view().outputForwardText());
        assertEquals("1.3", edges.view().outputBackwardText());
        assertEquals("6.5", edges.backward("x", "z"));
        assertEquals("13", edges.backward("y", "z"));
        fire(robot, "preset-add_node");
        assertEquals("15", edges.view().outputForwardText());
        assertEquals("1.3", edges.backward("x", "z"));
        assertEquals("1.3", edges.backward("y", "z"));
    }

    @Test
    void predictModeHidesTheGradientsUntilTheAnswersAreRight(FxRobot robot) {
        fire(robot, "graph-predict");
        fire(robot, "graph-reset");
        fire(robot, "graph-all");
        assertEquals("?", edges.backward("tax", "price"));
        assertEquals("?", edges.backward("apple_price", "price"));
        assertTrue(robot.lookup("#graph-backward").queryButton().isDisabled());
        assertTrue(text(robot, "graph-status").startsWith("Your turn"));

        type(robot, "predict-apple_price", "1.1");
        type(robot, "predict-tax", "2");
        assertEquals("✗ not quite", text(robot, "feedback-tax"));
        assertEquals("?", edges.backward("tax", "price"));
        type(robot, "predict-tax", "200");
        assertEquals("200", edges.backward("tax", "price"));
        assertEquals("1.1", edges.backward("apple_price", "price"));

        fire(robot, "graph-backward");
        assertEquals("?", edges.backward("apple", "apple_price"));
        fire(robot, "predict-reveal");
        assertEquals("2.2", edges.backward("apple", "apple_price"));
    }

    @Test
    void clickingANodeShowsItsLocalRule(FxRobot robot) {
        robot.clickOn(edges.view().shapeOf(edges.node("price")));
        assertEquals("× node “price”", text(robot, "node-title"));
        assertTrue(text(robot, "node-rule").startsWith("Multiply node: swap the inputs"));
        assertTrue(robot.lookup((Labeled l) -> "to tax:  1 × 200 = 200".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void playRunsBothPassesToTheEnd(FxRobot robot) throws Exception {
        fire(robot, "graph-reset");
        Button play = robot.lookup("#graph-play").queryButton();
        javafx.scene.control.Slider speed = robot.lookup(".slider").query();
        robot.interact(() -> {
            speed.setValue(speed.getMax());
            play.fire();
        });
        assertEquals("Pause", play.getText());
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "Play".equals(play.getText()));
        ComputationalGraph g = edges.view().getGraph();
        assertTrue(g.isBackwardComplete());
        assertEquals(2.2, g.node("apple").gradient(), 1e-9);
    }

    @Test
    void exportsTheGraphAsPngSvgAndCsv(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> {
            try {
                edges.view().writePng(folder.resolve("g.png"));
                edges.view().writeSvg(folder.resolve("g.svg"));
                edges.view().writeCsv(folder.resolve("g.csv"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(folder.resolve("g.png")) > 1000);
        String svg = Files.readString(folder.resolve("g.svg"));
        assertTrue(svg.contains(">220</text>") && svg.contains(">2.2</text>") && svg.contains("apple_price → price"));
        assertTrue(Files.readAllLines(folder.resolve("g.csv")).contains("tax,price,1.1,200"));
    }
}
