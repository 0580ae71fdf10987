package dlfs.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.PageContext;
import dlfs.app.playground.DigitModel.State;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.ActivationView;
import dlfs.app.widgets.DigitCanvas;
import dlfs.core.data.UserDigits;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The playground in a window, driven with the mouse: strokes drawn on the pad are read while they
 * are drawn, by a network trained in the test (and by the bundled SimpleConvNet when it is shipped).
 */
@ExtendWith(ApplicationExtension.class)
class PlaygroundUiTest {
    private final ExecutorService files = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "playground-test-files");
        thread.setDaemon(true);
        return thread;
    });
    private Path folder;
    private TrainingService service;
    private PlaygroundViewModel model;
    private DigitCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("playground-ui");
        service = TrainingService.start();
        I18n i18n = new I18n(Language.ENGLISH);
        model = new PlaygroundViewModel(service, new UserDigits(folder.resolve("digits")), PlaygroundFixtures::mnist,
                files, Platform::runLater);
        PlaygroundPage page = new PlaygroundPage(new PageContext(i18n, service, type -> { }), model);
        stage.setScene(new Scene((Region) page.view(), 1200, 760));
        stage.show();
        canvas = (DigitCanvas) stage.getScene().lookup("#playground-canvas");
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(service::close);
        files.shutdownNow();
    }

    /** Waits for the condition, then for the FX thread to finish what it was doing when it became true. */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the network trained by the test; it becomes the chosen model. */
    private void openTrainedNetwork() throws Exception {
        Path file = folder.resolve("trained.npz");
        ModelFile.save(file, ModelFile.Contents.of(PlaygroundFixtures.trainedTwoLayerNet(), null, Map.of()));
        Platform.runLater(() -> model.open(file));
        waitUntil(() -> model.models().size() == 4 && model.selectedModelProperty().get().getState() == State.READY);
    }

    /**
     * One stroke with the mouse through the given pad points: the platform robot presses, moves in
     * steps of about 10 pixels (each a mouse-dragged event, as a hand would give) and releases.
     */
    private void draw(FxRobot robot, double... xy) throws Exception {
        Robot mouse = WaitForAsyncUtils.asyncFx(Robot::new).get();
        Platform.runLater(() -> {
            mouse.mouseMove(screen(xy[0], xy[1]));
            mouse.mousePress(MouseButton.PRIMARY);
        });
        for (int i = 2; i < xy.length; i += 2) {
            double x0 = xy[i - 2];
            double y0 = xy[i - 1];
            int steps = (int) Math.ceil(Math.hypot(xy[i] - x0, xy[i + 1] - y0) / 10);
            for (int step = 1; step <= steps; step++) {
                double t = (double) step / steps;
                double x = x0 + t * (xy[i] - x0);
                double y = y0 + t * (xy[i + 1] - y0);
                Platform.runLater(() -> mouse.mouseMove(screen(x, y)));
            }
        }
        Platform.runLater(() -> mouse.mouseRelease(MouseButton.PRIMARY));
        WaitForAsyncUtils.waitForFxEvents();
        // Ink that came faster than the frame's reading budget is read at the next pulse, so an
        // answer seen now may still be that of a part of the stroke: wait for a whole pulse.
        AtomicInteger pulses = new AtomicInteger();
        Runnable counter = pulses::incrementAndGet;
        robot.interact(() -> canvas.getScene().addPostLayoutPulseListener(counter));
        try {
            waitUntil(() -> pulses.get() > 0);
        } finally {
            robot.interact(() -> canvas.getScene().removePostLayoutPulseListener(counter));
        }
    }

    private Point2D screen(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    private String answer(FxRobot robot) {
        return robot.lookup("#playground-best").queryAs(Labeled.class).getText();
    }

    private void expectAnswer(FxRobot robot, String digit) throws Exception {
        waitUntil(() -> digit.equals(answer(robot)));
    }

    private void drawOneAndSeven(FxRobot robot) throws Exception {
        draw(robot, 150, 40, 140, 240);
        expectAnswer(robot, "1");
        robot.clickOn("#playground-clear");
        expectAnswer(robot, "");
        draw(robot, 70, 60, 210, 60, 120, 240);
        expectAnswer(robot, "7");
    }

    @Test
    void drawnOneAndSevenAreReadByANetworkTrainedInTheTestAndTheSevenIsKept(FxRobot robot) throws Exception {
        openTrainedNetwork();
        drawOneAndSeven(robot);
        assertEquals(7, model.recognitionProperty().get().best());
        assertEquals(20, model.preparedProperty().get().placed().height(), "the 7 is taller than wide");
        DigitModel chosen = model.selectedModelProperty().get();
        assertTrue(chosen.latency().count() > 0, "every stroke is timed");
        assertFalse(robot.lookup("#playground-latency").queryAs(Labeled.class).getText().isEmpty());
        List<ActivationView> layers = robot.lookup(".activation-view").queryAllAs(ActivationView.class).stream().toList();
        assertEquals(3, layers.size(), "Affine1, Relu1 and Affine2 of the two-layer network");

        robot.interact(() -> robot.lookup("#playground").queryAs(ScrollPane.class).setVvalue(1));
        ActivationView scores = layers.get(2);
        double[] expected = model.recognitionProperty().get().layers().get(2).output().data();
        waitUntil(() -> {
            // the scroll takes effect at the next layout pass: point at the bar where it is now
            double slot = (scores.getWidth() - 4) / 10;
            robot.moveTo(scores.localToScreen(2 + 7.5 * slot, scores.getHeight() / 2));
            return scores.hoveredProperty().get() != null;
        });
        assertEquals(7, scores.hoveredProperty().get().index());
        assertEquals(expected[7], scores.hoveredProperty().get().value(), 0.0,
                "the scores tile, out of sight while drawing, shows the latest pass once scrolled into view");

        assertTrue(robot.lookup("#playground-add").query().isDisabled(), "no label chosen yet");
        robot.clickOn("#playground-label-7");
        robot.clickOn("#playground-add");
        waitUntil(() -> robot.lookup("#playground-digit-counts").queryAs(Labeled.class).getText()
                .equals("One digit stored: 7 ×1"));
        assertEquals(7, new UserDigits(folder.resolve("digits")).load().label(0));
    }

    @Test
    void undoClearAndEraserRemoveInkByButtonOrKey(FxRobot robot) throws Exception {
        draw(robot, 70, 60, 210, 60);
        draw(robot, 210, 60, 120, 240);
        waitUntil(() -> model.preparedProperty().get() != null && model.preparedProperty().get().placed().height() == 20);
        robot.clickOn("#playground-undo");
        waitUntil(() -> model.preparedProperty().get().placed().height() < 5);
        robot.clickOn("#playground-undo");
        waitUntil(() -> model.preparedProperty().get() == null);
        assertTrue(canvas.emptyProperty().get());

        draw(robot, 70, 60, 210, 60);
        draw(robot, 210, 60, 120, 240);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> model.preparedProperty().get() != null && model.preparedProperty().get().placed().height() < 5);
        robot.type(KeyCode.DIGIT3);
        assertEquals(3, model.labelProperty().get(), "digit keys on the pad choose the label");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> model.storedDigitsProperty().get().size() == 1);
        assertEquals(3, model.storedDigitsProperty().get().label(0));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> model.preparedProperty().get() == null);

        draw(robot, 140, 40, 140, 240);
        waitUntil(() -> model.preparedProperty().get() != null);
        robot.clickOn("#playground-eraser");
        draw(robot, 140, 20, 140, 260);
        waitUntil(() -> model.preparedProperty().get() == null);
        assertEquals(DigitCanvas.Tool.ERASER, canvas.toolProperty().get());
    }

    @Test
    void bundledSimpleConvNetReadsTheDrawnDigits(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(BundledModels.load(BundledModels.SIMPLE_CONVNET).isPresent(),
                "the pretrained SimpleConvNet is not part of this build");
        DigitModel simple = model.models().get(DigitModelKind.SIMPLE_CONVNET.ordinal());
        waitUntil(() -> simple.getState() == State.READY);
        robot.interact(() -> model.selectedModelProperty().set(simple));
        drawOneAndSeven(robot);
    }
}
