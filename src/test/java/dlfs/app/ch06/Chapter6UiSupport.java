package dlfs.app.ch06;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.shell.Theme;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app in a window of the test screen's size, with helpers the chapter 6 UI tests share. */
final class Chapter6UiSupport {
    final Studio studio;

    Chapter6UiSupport(Stage stage) {
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1200, 760, "", 14, true);
        studio = new Studio(settings, TrainingService.start());
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.show();
    }

    /** Opens a chapter 6 page by id and returns it. */
    <P extends Page> P open(FxRobot robot, String id, Class<P> type) {
        robot.interact(() -> studio.model().open("ch06." + id));
        return type.cast(studio.model().getCurrentPage());
    }

    void close(FxRobot robot) {
        robot.interact(studio.service()::close);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    /** Replaces the text of the field with this id (or the text field inside it), as typing would. */
    static void type(FxRobot robot, String id, String text) {
        Node node = robot.lookup("#" + id).query();
        TextField field = node instanceof TextField f ? f : (TextField) node.lookup(".text-field");
        robot.interact(() -> field.setText(text));
    }

    /** Fires the button with this id (what a click does, without moving the mouse there). */
    static void press(FxRobot robot, String id) {
        ButtonBase button = robot.lookup("#" + id).queryAs(ButtonBase.class);
        robot.interact(button::fire);
    }

    /** Waits for the condition, then for the FX thread to finish what it was doing when it became true. */
    static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
