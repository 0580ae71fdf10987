package dlfs.app.ch08;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch07.SmallMnist;
import dlfs.app.service.TrainingService;
import dlfs.core.augment.Distortion;
import dlfs.core.augment.ElasticField;
import dlfs.core.augment.ImageWarp;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AugmentationViewModelTest {
    @Test
    void slidersMoveTheDigitThroughTheCoreWarp() {
        AugmentationViewModel model = new AugmentationViewModel(new TrainingService(Runnable::run));
        double[] digit = SmallMnist.load(1, 1).test().images(true).data();
        model.digitProperty().set(digit);
        assertArrayEquals(ImageWarp.warp(digit, 28, 28, new Distortion(15, 1, 0, 0, false), ElasticField.NONE),
                model.transformedProperty().get());
        model.rotationProperty().set(0);
        assertArrayEquals(digit, model.transformedProperty().get(), 1e-12);
        model.shiftXProperty().set(2);
        model.elasticAlphaProperty().set(10);
        double[] wobbly = model.transformedProperty().get();
        model.fieldSeedProperty().set(2);
        assertFalse(Arrays.equals(wobbly, model.transformedProperty().get()), "a new field moves other pixels");
        assertEquals(AugmentationViewModel.VARIANTS, model.variantsProperty().get().size());
        List<double[]> variants = model.variantsProperty().get();
        model.variantSeedProperty().set(7);
        assertFalse(Arrays.equals(variants.get(0), model.variantsProperty().get().get(0)));
    }

    @Test
    void augmentationExperimentTrainsBothRunsAndReportsBoth() {
        TrainingService service = new TrainingService(Runnable::run);
        AugmentationViewModel model = new AugmentationViewModel(service);
        model.subsetProperty().set(200);
        model.copiesProperty().set(1);
        model.iterationsProperty().set(4);
        model.compare(SmallMnist.load(500, 100));
        service.deliver();
        assertTrue(model.plainResultProperty().get() >= 0 && model.plainResultProperty().get() <= 1);
        assertTrue(model.augmentedResultProperty().get() >= 0 && model.augmentedResultProperty().get() <= 1);
        assertEquals(2, model.plainTest().size(), "evaluations at iterations 1 and 3 (two per epoch of 200)");
        assertEquals(1, model.augmentedTest().size(), "400 images: one evaluation in 4 iterations");
        assertEquals(1.0, model.plainTest().get(0).getX());
    }
}
