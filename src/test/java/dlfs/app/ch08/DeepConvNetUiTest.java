package dlfs.app.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch07.SmallMnist;
import dlfs.app.ch08.DeepConvNetViewModel.MistakeFilter;
import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.ConfusionMatrixView;
import dlfs.app.widgets.FeatureMapGridView;
import dlfs.core.metrics.Misclassification;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.DeepConvNet;
import dlfs.core.random.Rng;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Results of an (untrained, so often wrong) DeepConvNet: matrix, pair filters, gallery and its details. */
@ExtendWith(ApplicationExtension.class)
class DeepConvNetUiTest {
    private TrainingService service;
    private DeepConvNetViewModel model;

    @Start
    void start(Stage stage) {
        service = new TrainingService(Runnable::run);
        model = new DeepConvNetViewModel(service);
        DeepConvNetPage page = new DeepConvNetPage(new PageContext(new I18n(Language.ENGLISH), service, type -> { }), model);
        stage.setScene(new Scene((Parent) page.view(), 900, 1000));
        stage.show();
    }

    @Test
    void matrixPairsAndGalleryFollowTheEvaluation(FxRobot robot) {
        robot.interact(() -> {
            model.use(new DeepConvNet(new Rng(3)), Message.of("ch08.deep.usingPretrained", "test"),
                    SmallMnist.load(10, 300).test());
            service.deliver();
        });
        Predictions p = model.predictionsProperty().get();
        int wrong = 300 - p.confusionMatrix().correct();
        String accuracy = robot.lookup("#deep-accuracy").queryAs(Label.class).getText();
        assertTrue(accuracy.startsWith("Test accuracy ") && accuracy.contains("on 300 images: " + wrong + " mistakes"), accuracy);
        assertTrue(accuracy.endsWith("The book: 99.38 %, 62 of 10,000 wrong."), accuracy);
        ConfusionMatrixView matrix = robot.lookup("#deep-matrix").queryAs(ConfusionMatrixView.class);
        assertEquals(p.confusionMatrix().count(3, 5), matrix.count(3, 5));

        FeatureMapGridView gallery = robot.lookup("#deep-gallery").queryAs(FeatureMapGridView.class);
        assertEquals(Math.min(wrong, DeepConvNetPage.GALLERY_SIZE), gallery.imageCount());

        reveal(robot, "#deep-filter-3-5");
        robot.clickOn("#deep-filter-3-5");
        assertEquals(new MistakeFilter(3, 5, true), model.filterProperty().get());
        assertEquals(p.confusionMatrix().count(3, 5) + p.confusionMatrix().count(5, 3), gallery.imageCount());

        int[] cell = mostConfused(p);
        double[] centre = matrix.cellCentre(cell[0], cell[1]);
        reveal(robot, "#deep-matrix");
        robot.clickOn(matrix.localToScreen(centre[0], centre[1]));
        assertEquals(new MistakeFilter(cell[0], cell[1], false), model.filterProperty().get());
        assertEquals(p.confusionMatrix().count(cell[0], cell[1]), gallery.imageCount());

        robot.interact(() -> robot.lookup(".scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
        double[] tile = gallery.tileCentre(0);
        robot.clickOn(gallery.localToScreen(tile[0], tile[1]));
        Misclassification first = model.mistakesProperty().get().get(0);
        String detail = robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Test image "))
                .queryAs(Label.class).getText();
        assertTrue(detail.startsWith("Test image " + first.index() + ": true " + cell[0] + ", predicted " + cell[1]
                + ". Top three: " + cell[1] + ": "), detail);

        reveal(robot, "#deep-filter-all");
        robot.clickOn("#deep-filter-all");
        assertEquals(Math.min(wrong, DeepConvNetPage.GALLERY_SIZE), gallery.imageCount());
    }

    /** Scrolls the page so that the node's top is inside the viewport (the window may be shorter than the page). */
    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane pane = robot.lookup(".scroll-pane").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Node content = pane.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / scrollable)));
            pane.layout();
        });
    }

    /** The off-diagonal cell with the most samples. */
    private static int[] mostConfused(Predictions p) {
        int[] best = {0, 1};
        for (int t = 0; t < p.classes(); t++) {
            for (int q = 0; q < p.classes(); q++) {
                if (t != q && p.confusionMatrix().count(t, q) > p.confusionMatrix().count(best[0], best[1])) {
                    best = new int[] {t, q};
                }
            }
        }
        return best;
    }
}
