package dlfs.app.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch06.VanishingGradientViewModel.Measurement;
import dlfs.app.service.TrainingService;
import dlfs.core.layer.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gradient sizes per layer: sigmoid starves the first layers, Batch Norm and ReLU with He do not. */
class VanishingGradientViewModelTest {
    private static double ratio(double[] layers) {
        return layers[0] / layers[layers.length - 1];
    }

    @Test
    void deepSigmoidStarvesTheFirstLayerUnlessBatchNormIsUsed() {
        VanishingGradientViewModel model = new VanishingGradientViewModel(LatestComputation.sameThread());
        Measurement m = model.measurementProperty().get();
        assertEquals(0, m.iteration());
        assertEquals(11, m.withoutBatchNorm().length, "10 hidden layers and the output layer");
        assertTrue(ratio(m.withoutBatchNorm()) < 1e-4, "without BN " + ratio(m.withoutBatchNorm()));
        assertTrue(ratio(m.withBatchNorm()) > 1e-2, "with BN " + ratio(m.withBatchNorm()));
        // the gradient shrinks layer by layer towards the input
        for (int k = 1; k < 10; k++) {
            assertTrue(m.withoutBatchNorm()[k - 1] < m.withoutBatchNorm()[k], "layer " + k);
        }
    }

    @Test
    void reluWithHeKeepsTheGradientsWithinAnOrderOfMagnitude() {
        VanishingGradientViewModel model = new VanishingGradientViewModel(LatestComputation.sameThread());
        model.activationProperty().set(Activation.RELU);
        model.initProperty().set(InitChoice.HE);
        double r = ratio(model.measurementProperty().get().withoutBatchNorm());
        assertTrue(r > 0.1 && r < 10, "ReLU + He first/last " + r);
    }

    @Test
    void trainingRecordsTheGradientsEveryFewIterations() {
        VanishingGradientViewModel model = new VanishingGradientViewModel(LatestComputation.sameThread());
        model.depthProperty().set(4);
        model.iterationsProperty().set(30);
        TrainingService service = new TrainingService(Runnable::run);
        model.start(service);
        service.deliver();
        List<Measurement> history = model.history();
        assertEquals(List.of(1, 10, 20, 30), history.stream().map(Measurement::iteration).toList());
        assertEquals(30, model.measurementProperty().get().iteration());
        assertEquals(5, model.measurementProperty().get().withBatchNorm().length);
        assertEquals(2, model.run().snapshot().losses().size());
    }
}
