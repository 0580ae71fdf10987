package dlfs.app.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.app.ch07.LayerSummary;
import dlfs.core.network.DeepConvNet;
import dlfs.core.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhyDeeperViewModelTest {
    @Test
    void stackedThreeByThreeLayersNeedFewerWeightsForTheSameView() {
        WhyDeeperViewModel model = new WhyDeeperViewModel();
        assertEquals(5, model.receptiveFieldProperty().get());
        assertEquals(18, model.stackedWeightsProperty().get());
        assertEquals(25, model.singleWeightsProperty().get());
        model.layersProperty().set(3);
        assertEquals(7, model.receptiveFieldProperty().get());
        assertEquals(27, model.stackedWeightsProperty().get());
        assertEquals(49, model.singleWeightsProperty().get());
        model.channelsProperty().set(16);
        assertEquals(3 * 9 * 16 * 16, model.stackedWeightsProperty().get());
        assertEquals(49 * 16 * 16, model.singleWeightsProperty().get());
        model.layersProperty().set(1);
        assertEquals(model.stackedWeightsProperty().get(), model.singleWeightsProperty().get());
    }

    @Test
    void deepConvNetTableHasTheCodesShapesAnd123552Parameters() {
        List<LayerSummary> rows = LayerSummary.of(new DeepConvNet(new Rng(0)));
        assertEquals("123,552", LayerSummary.count(LayerSummary.total(rows)));
        List<String> shapes = rows.stream().map(LayerSummary::shapeText).toList();
        assertEquals(List.of("(N, 1, 28, 28)", "(N, 16, 28, 28)", "(N, 16, 28, 28)", "(N, 16, 28, 28)", "(N, 16, 28, 28)",
                "(N, 16, 14, 14)", "(N, 32, 14, 14)", "(N, 32, 14, 14)", "(N, 32, 16, 16)", "(N, 32, 16, 16)",
                "(N, 32, 8, 8)", "(N, 64, 8, 8)", "(N, 64, 8, 8)", "(N, 64, 8, 8)", "(N, 64, 8, 8)", "(N, 64, 4, 4)",
                "(N, 50)", "(N, 50)", "(N, 50)", "(N, 10)", "(N, 10)"), shapes);
        assertEquals("W7 (1024, 50), b7 (50,)", rows.get(16).parameterShapes());
    }
}
