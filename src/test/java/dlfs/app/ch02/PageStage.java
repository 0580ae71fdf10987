package dlfs.app.ch02;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Shows one panel in a window of the width the shell gives a page at its default size, with the
 * app's stylesheets, for the panels' UI tests. The training service runs jobs on the calling thread.
 */
public final class PageStage {
    /** About the page area of the default 1440 × 900 window. */
    public static final double WIDTH = 600;
    public static final double HEIGHT = 800;

    private final I18n i18n = new I18n(Language.ENGLISH);
    private final TrainingService service = new TrainingService(Runnable::run);
    private final PageContext context = new PageContext(i18n, service, type -> { });

    public <P extends Page> P show(Stage stage, Function<PageContext, P> factory) {
        P page = factory.apply(context);
        Scene scene = new Scene((Parent) page.view(), WIDTH, HEIGHT);
        scene.getStylesheets().addAll(css("base.css"), css("theme-light.css"));
        stage.setScene(scene);
        stage.show();
        return page;
    }

    private static String css(String name) {
        return PageStage.class.getResource("/dlfs/app/css/" + name).toExternalForm();
    }

    public I18n i18n() {
        return i18n;
    }

    public TrainingService service() {
        return service;
    }

    public PageContext context() {
        return context;
    }

    /** The text of the labelled control with this id. */
    public static String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        return ((TextInputControl) node).getText();
    }

    /** Presses a button, check box or toggle by id, also when it is scrolled out of view. */
    public static void fire(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase button = robot.lookup("#" + id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    /** Types into a text field or area (replacing its text) and commits with Enter where that applies. */
    public static void type(FxRobot robot, String id, String text) {
        TextInputControl input = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            input.setText(text);
            if (input instanceof javafx.scene.control.TextField field) {
                field.fireEvent(new javafx.event.ActionEvent());
            }
        });
    }
}
