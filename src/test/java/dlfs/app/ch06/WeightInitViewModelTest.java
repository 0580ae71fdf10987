package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.service.TrainingService;
import dlfs.core.layer.Activation;
import dlfs.core.metrics.CurveSmoothing;
import dlfs.core.network.ActivationExperiment.LayerActivations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The histogram experiment behind the panel and its MNIST comparison, shortened. */
class WeightInitViewModelTest {
    private static WeightInitViewModel model() {
        return new WeightInitViewModel(LatestComputation.sameThread());
    }

    @Test
    void opensOnTheBooksFirstFigure() {
        WeightInitViewModel model = model();
        List<LayerActivations> layers = model.resultProperty().get().layers();
        assertEquals(5, layers.size());
        long[] counts = layers.get(0).histogram(30, 0, 1);
        assertTrue(counts[0] + counts[29] > 0.4 * 100_000, "sigmoid with std 1 piles up at 0 and 1");
        assertEquals(-1, model.resultProperty().get().clippedBin());
        assertEquals(0, model.resultProperty().get().histogramFrom());
    }

    @Test
    void reluWithStd001ReproducesTheFootnoteWithinItsTolerance() {
        WeightInitViewModel model = model();
        model.activationProperty().set(Activation.RELU);
        model.initProperty().set(InitChoice.STD_0_01);
        assertTrue(model.resultProperty().get().isFootnoteSetting());
        assertEquals(0, model.resultProperty().get().clippedBin());
        List<LayerActivations> layers = model.resultProperty().get().layers();
        double[] tolerance = {0.10, 0.25, 0.5, 0.5, 0.5};
        for (int i = 0; i < 5; i++) {
            double book = WeightInitViewModel.BOOK_RELU_MEANS[i];
            assertEquals(book, layers.get(i).mean(), book * tolerance[i], "layer " + (i + 1));
        }
    }

    @Test
    void zeroInitMakesEveryUnitOfALayerIdentical() {
        WeightInitViewModel model = model();
        model.initProperty().set(InitChoice.ZERO);
        model.resultProperty().get().layers().forEach(layer -> assertTrue(layer.unitsIdentical()));
        model.initProperty().set(InitChoice.CUSTOM);
        model.customStdProperty().set(0.5);
        assertFalse(model.resultProperty().get().layers().get(0).unitsIdentical());
    }

    @Test
    void tanhIsShownOnMinusOneToOne() {
        WeightInitViewModel model = model();
        model.activationProperty().set(Activation.TANH);
        model.initProperty().set(InitChoice.XAVIER);
        assertEquals(-1, model.resultProperty().get().histogramFrom());
        assertEquals(0, model.resultProperty().get().layers().get(4).mean(), 0.02);
    }

    @Test
    void comparisonTrainsTheBooksThreeInitsPlusTheChosenOne() {
        WeightInitViewModel model = model();
        assertEquals(List.of(InitChoice.STD_0_01, InitChoice.XAVIER, InitChoice.HE, InitChoice.STD_1), model.comparedInits());
        model.initProperty().set(InitChoice.HE);
        assertEquals(3, model.comparedInits().size());
    }

    @Test
    void heLearnsFastestAndStd001DoesNotLearn() {
        WeightInitViewModel model = model();
        model.activationProperty().set(Activation.RELU);
        model.initProperty().set(InitChoice.HE);
        model.iterationsProperty().set(300);
        TrainingService service = new TrainingService(Runnable::run);
        model.startComparison(service);
        service.deliver();
        Snapshot s = model.run().snapshot();
        assertEquals(List.of("ch06.init.std-0-01", "ch06.init.xavier", "ch06.init.he"), s.names());
        double small = last(s.losses().get(0));
        double xavier = last(s.losses().get(1));
        double he = last(s.losses().get(2));
        assertEquals(Math.log(10), small, 0.02, "std 0.01 stays at the loss of a uniform guess");
        assertTrue(he < xavier - 0.3, "He " + he + " below Xavier " + xavier);
        assertTrue(xavier < small - 0.3, "Xavier learns: " + xavier + ", He " + he);
    }

    @Test
    void zeroInitUnitsStayIdenticalThroughTraining() {
        WeightInitViewModel model = model();
        model.activationProperty().set(Activation.SIGMOID);
        model.initProperty().set(InitChoice.ZERO);
        model.iterationsProperty().set(20);
        TrainingService service = new TrainingService(Runnable::run);
        model.startComparison(service);
        service.deliver();
        double[] spreads = model.unitSpreadsProperty().get();
        assertNotNull(spreads);
        assertEquals(4, spreads.length);
        assertEquals(0, spreads[3], 0, "all-zero start");
        assertTrue(spreads[2] > 0, "He start");
    }

    private static double last(double[] losses) {
        double[] smooth = CurveSmoothing.smooth(losses);
        return smooth[smooth.length - 1];
    }
}
