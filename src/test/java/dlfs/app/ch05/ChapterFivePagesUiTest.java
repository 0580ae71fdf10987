package dlfs.app.ch05;

import static dlfs.app.ch05.PageUiSupport.fire;
import static dlfs.app.ch05.PageUiSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.page.Page;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.GroupedBarChartView;
import dlfs.app.widgets.MatrixView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The other chapter 5 panels driven through their controls: chain rule, activations, delta form, gradient check. */
@ExtendWith(ApplicationExtension.class)
class ChapterFivePagesUiTest {
    private TrainingService service;

    private void open(FxRobot robot, Page page) {
        robot.interact(() -> PageUiSupport.show(new Stage(), page));
    }

    @AfterEach
    void stopService(FxRobot robot) {
        if (service != null) {
            robot.interact(service::close);
        }
    }

    @Test
    void chainRuleFollowsTheSliders(FxRobot robot) {
        service = new TrainingService(Runnable::run);
        ChainRulePage page = new ChainRulePage(PageUiSupport.context(service));
        open(robot, page);
        assertEquals("∂z/∂x = 1 × 6 × 1 = 6   ( = 2 × (1 + 2) )", text(robot, "chain-numbers"));
        Slider x = robot.lookup("#slider-x").query();
        robot.interact(() -> x.setValue(-0.5));
        assertEquals("∂z/∂x = 1 × 3 × 1 = 3   ( = 2 × (−0.5 + 2) )", text(robot, "chain-numbers"));
        assertEquals("3", page.lab().graphView().backwardText(page.lab().graphView().getGraph().node("x"),
                page.lab().graphView().getGraph().node("t")));
        fire(robot, "graph-reset");
        assertTrue(text(robot, "chain-numbers").startsWith("Finish the backward pass"));
    }

    @Test
    void reluMaskAndTheThreeSigmoidGradients(FxRobot robot) {
        service = new TrainingService(Runnable::run);
        ActivationLayersPage page = new ActivationLayersPage(PageUiSupport.context(service));
        open(robot, page);
        MatrixView mask = robot.lookup("#relu-mask").query();
        assertEquals("False", mask.cellText(0, 0));
        assertEquals("True", mask.cellText(0, 1));
        assertEquals("True", mask.cellText(1, 0));
        assertEquals("False", mask.cellText(1, 1));
        MatrixView dx = robot.lookup("#relu-dx").query();
        assertEquals("0", dx.cellText(0, 1));
        assertEquals("4", dx.cellText(1, 1));
        PageUiSupport.type(robot, "relu-x", "−1, 2, 0");
        assertEquals("dout must have the same shape as x",
                robot.lookup(".ch05-error").queryAll().stream().map(n -> ((javafx.scene.control.Label) n).getText())
                        .filter(t -> !t.isEmpty()).findFirst().orElse(""));

        String expanded = text(robot, "sigmoid-expanded-gradient");
        assertEquals(expanded, text(robot, "sigmoid-grouped-gradient"));
        assertEquals(expanded, text(robot, "sigmoid-layer-gradient"));
        fire(robot, "sigmoid-grouped");
        var grouped = page.lab().graphView().getGraph();
        assertEquals(1, grouped.operations().size());
        assertEquals("sigmoid", grouped.output().symbol());
        assertEquals(PageUiSupport.number(expanded), grouped.node("x").gradient(), 1e-9);
        assertEquals(expanded, text(robot, "backprop-x"));
    }

    @Test
    void deltaFormMatchesTheLayerView(FxRobot robot) {
        service = new TrainingService(Runnable::run);
        open(robot, new DeltaFormPage(PageUiSupport.context(service)));
        assertTrue(text(robot, "delta-verdict").endsWith("0.0e+00."));
        MatrixView deltaRule = robot.lookup("#delta-hidden-deltarule").query();
        MatrixView layers = robot.lookup("#delta-hidden-layers").query();
        assertEquals(layers.cellText(0, 1), deltaRule.cellText(0, 1));
        fire(robot, "delta-sigmoid");
        deltaRule = robot.lookup("#delta-hidden-deltarule").query();
        layers = robot.lookup("#delta-hidden-layers").query();
        for (int c = 0; c < 4; c++) {
            assertEquals(layers.cellText(1, c), deltaRule.cellText(1, c));
        }
    }

    @Test
    void gradientCheckJumpsWithAPlantedBug(FxRobot robot) throws Exception {
        robot.interact(() -> service = TrainingService.start());
        GradientCheckPage page = new GradientCheckPage(PageUiSupport.context(service));
        open(robot, page);
        fire(robot, "gradcheck-every");
        fire(robot, "bug-loss_without_batch_mean");
        fire(robot, "gradcheck-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !page.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "gradcheck-status").startsWith("Failed"), text(robot, "gradcheck-status"));
        double w1 = PageUiSupport.number(text(robot, "gradcheck-bugged-W1"));
        assertTrue(w1 > 1e-5, "W1 mean |diff| with the bug: " + w1);
        GroupedBarChartView chart = page.chart();
        assertEquals(2, chart.seriesCount(), "the book's bars and the bugged run");
    }
}
