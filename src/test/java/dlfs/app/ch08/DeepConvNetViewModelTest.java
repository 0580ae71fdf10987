package dlfs.app.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dlfs.app.ch07.SmallMnist;
import dlfs.app.ch08.DeepConvNetViewModel.MistakeFilter;
import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.Misclassification;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.DeepConvNet;
import dlfs.core.random.Rng;
import org.junit.jupiter.api.Test;

class DeepConvNetViewModelTest {
    @Test
    void evaluationFillsTheConfusionMatrixAndTheFilteredGallery() {
        TrainingService service = new TrainingService(Runnable::run);
        DeepConvNetViewModel model = new DeepConvNetViewModel(service);
        ImageDataset test = SmallMnist.load(100, 300).test();
        model.use(new DeepConvNet(new Rng(3)), Message.of("ch08.deep.usingPretrained", "test"), test);
        service.deliver();
        Predictions p = model.predictionsProperty().get();
        assertNotNull(p);
        assertEquals(300, p.size());
        assertEquals(300, p.confusionMatrix().total());
        assertEquals(300 - p.confusionMatrix().correct(), model.mistakesProperty().get().size());
        for (Misclassification m : model.mistakesProperty().get()) {
            assertEquals(3, m.topClasses().length);
            assertEquals(m.predictedLabel(), m.topClasses()[0]);
        }
        MistakeFilter pair = new MistakeFilter(3, 5, true);
        model.filterProperty().set(pair);
        int expected = p.confusionMatrix().count(3, 5) + p.confusionMatrix().count(5, 3);
        assertEquals(expected, model.mistakesProperty().get().size());
        model.filterProperty().set(new MistakeFilter(3, 5, false));
        assertEquals(p.confusionMatrix().count(3, 5), model.mistakesProperty().get().size());
        model.filterProperty().set(null);
        assertEquals(300 - p.confusionMatrix().correct(), model.mistakesProperty().get().size());
        assertEquals(test, model.evaluatedOnProperty().get());
    }

    @Test
    void trainingDeepConvNetEvaluatesItAfterwards() {
        TrainingService service = new TrainingService(Runnable::run);
        DeepConvNetViewModel model = new DeepConvNetViewModel(service);
        model.train(SmallMnist.load(200, 100));
        service.deliver();
        assertEquals(2, model.curves().loss().size(), "one epoch of 200 / 100");
        assertNotNull(model.networkProperty().get());
        assertEquals("ch08.deep.trainedHere", model.originProperty().get().key());
        service.deliver();
        assertEquals(100, model.predictionsProperty().get().size());
        assertFalse(model.monitor().isBusy());
    }
}
