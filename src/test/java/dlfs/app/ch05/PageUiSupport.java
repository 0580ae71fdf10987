package dlfs.app.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Shared by the chapter 5 UI tests: a page alone in a window with the app's light theme, and small drivers. */
final class PageUiSupport {
    private PageUiSupport() {
    }

    static PageContext context(TrainingService service) {
        return new PageContext(new I18n(Language.ENGLISH), service, type -> { });
    }

    static void show(Stage stage, Page page) {
        Scene scene = new Scene((Parent) page.view(), 1180, 760);
        scene.getStylesheets().addAll(css("base.css"), css("theme-light.css"));
        stage.setScene(scene);
        stage.show();
    }

    private static String css(String name) {
        return PageUiSupport.class.getResource("/dlfs/app/css/" + name).toExternalForm();
    }

    static <T extends Node> T lookup(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    /** Presses a button (or toggle) by id, also when it is scrolled out of view. */
    static void fire(FxRobot robot, String id) {
        ButtonBase button = lookup(robot, id);
        robot.interact(button::fire);
    }

    /** Types into a field and commits it with Enter. */
    static void type(FxRobot robot, String id, String text) {
        TextField field = lookup(robot, id);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    static String text(FxRobot robot, String id) {
        return ((Labeled) lookup(robot, id)).getText();
    }

    /** A number as shown (typographic minus allowed). */
    static double number(String shown) {
        return Double.parseDouble(shown.replace('−', '-'));
    }

    /** The shown number equals {@code expected} to the precision shown. */
    static void assertShows(double expected, String shown, String what) {
        double tolerance = Math.max(1e-8, 1e-7 * Math.abs(expected));
        assertEquals(expected, number(shown), tolerance, what + " shows " + shown);
    }
}
