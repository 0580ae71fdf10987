package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.Page;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingJob;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.core.io.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Training interrupted in every way a class does it: switching pages, changing the language, a second
 * job, closing the window mid-run; and closing with a trained model that was never saved.
 */
@ExtendWith(ApplicationExtension.class)
class InterruptionsUiTest {
    private static final String LAB = "ch04.training-lab";

    @TempDir
    Path dir;

    private Studio studio;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1100, 700, LAB, 14, false);
        studio = new Studio(settings, TrainingService.start());
        studio.view().setDialogs(dialogs);
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        studio.guardClose(stage);
        stage.show();
    }

    @AfterEach
    void closeService(FxRobot robot) {
        robot.interact(studio.service()::close);
    }

    /** Waits for the condition, then for the FX thread to finish what it was doing when it became true. */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    /** 784-20-10 on 500 images in batches of 50. */
    private void run(FxRobot robot, int iterations) {
        type(robot, "#training-hidden", "20");
        type(robot, "#training-lr", "0.5");
        type(robot, "#training-images", "500");
        type(robot, "#training-batch", "50");
        type(robot, "#training-iterations", Integer.toString(iterations));
        robot.interact(() -> robot.lookup("#training-start").queryAs(Button.class).fire());
    }

    private ModelFiles labFiles() {
        return page(LAB).modelFiles().orElseThrow();
    }

    private Page page(String key) {
        return studio.model().pages().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean trainingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("dlfs-training") && t.isAlive());
    }

    @Test
    void switchingPagesLanguageAndASecondJobDoNotDisturbARunAndClosingStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> studio.service().stepDelayMillisProperty().set(5));
        run(robot, 100_000);
        waitUntil(() -> studio.service().getCurrentJob() != null
                && studio.service().getCurrentJob().getState() == JobState.RUNNING);
        JobHandle first = studio.service().getCurrentJob();
        JobHandle[] second = new JobHandle[1];
        robot.interact(() -> second[0] = studio.service().submit(new TrainingJob() {
            @Override
            public Message title() {
                return Message.of("page.ch04.overview.title");
            }

            @Override
            public void run(JobContext context) {
                while (true) {
                    context.checkpoint();
                }
            }
        }));
        for (Page page : studio.model().pages().subList(0, 4)) {
            robot.interact(() -> studio.model().open(page));
        }
        robot.interact(() -> studio.i18n().setLanguage(Language.JAPANESE));
        robot.interact(() -> studio.model().open(LAB));
        robot.interact(() -> studio.i18n().setLanguage(Language.ENGLISH));
        assertEquals(JobState.QUEUED, second[0].getState(), "one job at a time");
        assertTrue(List.of(JobState.RUNNING, JobState.PAUSED).contains(first.getState()));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(0, dialogs.questions, "nothing trained to the end yet: no question");
        robot.interact(studio.service()::close);
        assertEquals(JobState.CANCELLED, first.getState());
        assertEquals(JobState.CANCELLED, second[0].getState());
        // the pool reports itself terminated from its last thread, a moment before that thread has ended
        waitUntil(() -> !trainingThreadAlive());
        assertFalse(trainingThreadAlive(), "the worker has stopped");
        assertTrue(uncaught.isEmpty(), String.valueOf(uncaught));
    }

    @Test
    void closingWithAnUnsavedTrainedModelOffersToSaveIt(FxRobot robot) throws Exception {
        run(robot, 20);
        waitUntil(() -> studio.service().getCurrentJob() != null
                && studio.service().getCurrentJob().getState() == JobState.SUCCEEDED && labFiles().hasUnsavedModel());
        robot.interact(() -> studio.model().open("ch02.overview"));

        dialogs.answers.add(ShellDialogs.UnsavedChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stage.isShowing(), "cancelled: the window stays");
        assertEquals(1, dialogs.questions);

        dialogs.answers.add(ShellDialogs.UnsavedChoice.SAVE);
        boolean[] closing = new boolean[1];
        robot.interact(() -> closing[0] = studio.view().files().confirmClose());
        assertFalse(closing[0], "the save chooser was cancelled: no close");

        Path file = dir.resolve("lab.npz");
        dialogs.answers.add(ShellDialogs.UnsavedChoice.SAVE);
        dialogs.files.add(file);
        robot.interact(() -> closing[0] = studio.view().files().confirmClose());
        assertTrue(closing[0]);
        assertEquals("TwoLayerNet", ModelFile.load(file).architecture().type());
        assertFalse(labFiles().hasUnsavedModel());
        assertEquals("ch02.overview", studio.model().getCurrentPage().key(), "back on the page shown before");

        int asked = dialogs.questions;
        robot.interact(() -> closing[0] = studio.view().files().confirmClose());
        assertTrue(closing[0]);
        assertEquals(asked, dialogs.questions, "saved: nothing to ask");
        assertTrue(Files.size(file) > 0);
        assertTrue(uncaught.isEmpty(), String.valueOf(uncaught));
    }
}
