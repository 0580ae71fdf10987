package dlfs.app.ch06;

import static dlfs.app.ch06.Chapter6UiSupport.press;
import static dlfs.app.ch06.Chapter6UiSupport.text;
import static dlfs.app.ch06.Chapter6UiSupport.type;
import static dlfs.app.ch06.Chapter6UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Activation;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The weight-init, vanishing-gradient and Batch Norm panels show the book's numbers as computed. */
@ExtendWith(ApplicationExtension.class)
class ExperimentPagesUiTest {
    private Chapter6UiSupport app;

    @Start
    void start(Stage stage) {
        app = new Chapter6UiSupport(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void footnoteSettingShowsTheBooksMeansBesideTheComputedOnes(FxRobot robot) throws Exception {
        WeightInitPage page = app.open(robot, WeightInitPage.ID, WeightInitPage.class);
        robot.interact(() -> {
            page.model().activationProperty().set(Activation.RELU);
            page.model().initProperty().set(InitChoice.STD_0_01);
        });
        waitUntil(() -> page.model().resultProperty().get().isFootnoteSetting(), 20);
        assertEquals("0.0396", text(robot, "init-book-1"));
        assertEquals("9.46e-7", text(robot, "init-book-5"));
        double[] tolerance = {0.10, 0.25, 0.5, 0.5, 0.5};
        for (int layer = 1; layer <= 5; layer++) {
            double shown = Double.parseDouble(text(robot, "init-mean-" + layer));
            double book = WeightInitViewModel.BOOK_RELU_MEANS[layer - 1];
            assertEquals(book, shown, book * tolerance[layer - 1], "layer " + layer);
        }
    }

    @Test
    void vanishingGradientsAreReportedAsARatioOfFirstToLastLayer(FxRobot robot) throws Exception {
        app.open(robot, VanishingGradientPage.ID, VanishingGradientPage.class);
        waitUntil(() -> text(robot, "vanishing-ratios").startsWith("First layer"), 30);
        String ratios = text(robot, "vanishing-ratios");
        String without = ratios.substring(ratios.indexOf(": ") + 2, ratios.indexOf(" without"));
        assertTrue(Double.parseDouble(without) < 1e-4, ratios);
    }

    @Test
    void batchNormStepsShowTheWorkedExample(FxRobot robot) {
        BatchNormPage page = app.open(robot, BatchNormPage.ID, BatchNormPage.class);
        assertEquals("-1.3416407", text(robot, "bn-xhat-1"));
        assertEquals("0.44721358", text(robot, "bn-xhat-3"));
        assertTrue(robot.lookup("#bn-next").queryAs(Button.class).isDisabled(), "all four steps are shown");
        robot.interact(page.model()::firstStep);
        assertTrue(robot.lookup("#bn-xhat-1").tryQuery().isEmpty(), "x̂ is hidden before step 3");
        for (int i = 0; i < 3; i++) {
            press(robot, "bn-next");
        }
        assertEquals("-1.3416407", text(robot, "bn-xhat-1"));
        assertTrue(robot.lookup("#bn-y-1").tryQuery().isEmpty(), "y comes with step 4");
        press(robot, "bn-next");
        robot.interact(() -> {
            page.model().gammaProperty().set(2);
            page.model().betaProperty().set(1);
        });
        // y = 2·x̂ + 1
        assertEquals("-1.6832815", text(robot, "bn-y-1"));
        type(robot, "bn-batch", "10 20 30");
        assertEquals("-1.2247449", text(robot, "bn-xhat-1"));
    }
}
