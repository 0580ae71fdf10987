package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.FeatureMapGridView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The filter viewer before and after a short training run, and a click on a filter. */
@ExtendWith(ApplicationExtension.class)
class FilterViewerUiTest {
    private TrainingService service;
    private SimpleConvNetTrainingViewModel training;
    private FilterViewerPage page;

    @Start
    void start(Stage stage) {
        service = new TrainingService(Runnable::run);
        training = new SimpleConvNetTrainingViewModel(service);
        PageContext context = new PageContext(new I18n(Language.ENGLISH), service, type -> { });
        page = new FilterViewerPage(context, training);
        stage.setScene(new Scene((Parent) page.view(), 900, 900));
        stage.show();
    }

    private static List<double[]> tiles(FeatureMapGridView grid) {
        List<double[]> images = new ArrayList<>();
        for (int i = 0; i < grid.imageCount(); i++) {
            images.add(grid.image(i));
        }
        return images;
    }

    @Test
    void shortTrainingTurnsTheRandomFiltersInto30DistinctNewOnes(FxRobot robot) {
        FeatureMapGridView grid = robot.lookup("#filter-grid").queryAs(FeatureMapGridView.class);
        List<double[]> before = tiles(grid);
        assertEquals(30, before.size());
        assertEquals(25, before.get(0).length);

        robot.interact(() -> {
            training.epochsProperty().set(2);
            training.train(SmallMnist.load(600, 100));
            service.deliver();
        });
        List<double[]> after = tiles(grid);
        assertEquals(30, after.size());
        for (int k = 0; k < 30; k++) {
            assertFalse(Arrays.equals(before.get(k), after.get(k)), "filter " + k + " changed during training");
            for (int j = 0; j < k; j++) {
                assertFalse(Arrays.equals(after.get(j), after.get(k)), "filters " + j + " and " + k + " differ");
            }
        }
        assertEquals("30 filters of 5×5 after step 12", robot.lookup("#filters-shown").queryAs(Label.class).getText());

        robot.clickOn("#filters-source-initial");
        List<double[]> initial = tiles(grid);
        for (int k = 0; k < 30; k++) {
            assertTrue(Arrays.equals(before.get(k), initial.get(k)), "the random start is still there");
        }
    }

    @Test
    void clickingAFilterSelectsItsFeatureMap(FxRobot robot) {
        FeatureMapGridView grid = robot.lookup("#filter-grid").queryAs(FeatureMapGridView.class);
        double[] centre = grid.tileCentre(7);
        robot.clickOn(grid.localToScreen(centre[0], centre[1]));
        assertEquals(7, page.model().selectedProperty().get());
        FilterViewerViewModel.FeatureMap map = page.model().featureMapProperty().get();
        assertTrue(Arrays.equals(grid.image(7), map.filter()));
        assertEquals(24, map.mapSize());
    }
}
