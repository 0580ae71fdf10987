package dlfs.app.ch03;

import static dlfs.app.ch02.PageStage.fire;
import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch02.PageStage;
import dlfs.app.widgets.BarChartView;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.Evaluator;
import dlfs.core.train.TrainerConfig;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The MNIST panel on the bundled mini MNIST, without a bundled model: browse, train one, infer, evaluate. */
@ExtendWith(ApplicationExtension.class)
class MnistPageTest {
    private final PageStage stage = new PageStage();
    private MnistPage page;

    @Start
    void start(Stage window) {
        page = stage.show(window, context -> new MnistPage(context, new MnistViewModel(context.training(),
                Runnable::run, Runnable::run, MnistViewModelTest::miniWithoutModel)));
    }

    private ImageDataset test() {
        return page.model().dataProperty().get().test();
    }

    @Test
    void browsesTheTestImagesWithLabelsAndPixelValues(FxRobot robot) {
        assertEquals("label: " + test().label(0), text(robot, "mnist-label"));
        type(robot, "mnist-index", "5");
        assertEquals(5, page.model().indexProperty().get());
        assertEquals("label: " + test().label(5), text(robot, "mnist-label"));
        type(robot, "mnist-index", "abc");
        assertEquals(5, page.model().indexProperty().get());
        assertTrue(robot.lookup("Enter a whole number from 0 to 1,999.").tryQuery().isPresent());
        robot.moveTo("#mnist-image");
        int hovered = robot.lookup("#mnist-image").queryAs(dlfs.app.widgets.PixelImageView.class)
                .hoveredPixelProperty().get();
        assertTrue(hovered >= 0, "the pointer is over a pixel");
        int value = test().pixel(5, hovered);
        assertEquals(String.format(Locale.ROOT, "row %d, column %d: %d  (normalised %.3f)", hovered / 28, hovered % 28,
                value, value / 255.0), text(robot, "mnist-pixel"));
        fire(robot, "mnist-split-TRAIN");
        assertEquals("label: " + page.model().dataProperty().get().train().label(5), text(robot, "mnist-label"));
    }

    @Test
    void trainsANetworkThenAnswersAndRunsTheTestSetInBatches(FxRobot robot) {
        assertEquals("No network yet.", text(robot, "mnist-answer"));
        assertTrue(robot.lookup("#mnist-run").query().isDisabled());
        fire(robot, "mnist-train");
        robot.interact(stage.service()::deliver);
        assertFalse(robot.lookup("#mnist-train").query().isVisible());
        MnistViewModel.Prediction p = page.model().predictionProperty().get();
        assertTrue(text(robot, "mnist-answer").startsWith("Prediction " + p.predicted()));
        BarChartView bars = robot.lookup("#mnist-probabilities").queryAs(BarChartView.class);
        assertEquals(10, bars.values().length);

        fire(robot, "mnist-batch-1000");
        fire(robot, "mnist-run");
        robot.interact(stage.service()::deliver);
        double expected = new Evaluator(new int[] {784}, true).accuracy(page.model().networkProperty().get(), test(),
                TrainerConfig.ALL);
        assertEquals("1000", text(robot, "mnist-result-0-0"));
        assertEquals(Integer.toString(test().size()), text(robot, "mnist-result-0-1"));
        assertEquals(String.format(Locale.ROOT, "%.4f", expected), text(robot, "mnist-result-0-2"));
        assertTrue(text(robot, "mnist-book").startsWith("Book: 0.9352"));
        assertTrue(text(robot, "mnist-book").contains(String.format(Locale.ROOT, "Ours: %.4f on %,d test images",
                expected, test().size())));
        assertEquals("X (1000×784) · W1 (784×50) · W2 (50×100) · W3 (100×10) → Y (1000×10)",
                robot.lookup("X (1000×784) · W1 (784×50) · W2 (50×100) · W3 (100×10) → Y (1000×10)")
                        .queryLabeled().getText());
    }
}
