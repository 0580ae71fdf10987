package dlfs.app.ch04;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows one chapter-4 panel alone in a window about the size of the shell's page area, in English,
 * and scrolls the parts a test works with into view (the robot clicks only what is on the screen).
 */
final class PanelFixture {
    static final double WIDTH = 640;
    static final double HEIGHT = 760;

    private PanelFixture() {
    }

    static PageContext context(TrainingService service) {
        return new PageContext(new I18n(Language.ENGLISH), service, type -> { });
    }

    static void show(Stage stage, Page page) {
        stage.setScene(new Scene((Parent) page.view(), WIDTH, HEIGHT));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** Scrolls the panel so that the node with this id is near the top, and returns the node. */
    static Node reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node parent = node.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane scroll = (ScrollPane) parent;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double scrollable = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / scrollable)));
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Clicks the node with this id after scrolling it into view. */
    static void click(FxRobot robot, String id) {
        robot.clickOn(reveal(robot, id));
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** Waits for the condition, then for the FX thread to finish what it was doing when it became true. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
