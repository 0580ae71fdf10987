package dlfs.app.ch03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.TrainTest;
import dlfs.core.init.WeightInit;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Param;
import dlfs.core.metrics.Evaluator;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.train.TrainerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MNIST view-model on the bundled mini MNIST, with a network trained here for two epochs (the
 * tests do not depend on a bundled model file): loading, single predictions, batch evaluation
 * through the training service, mistakes, and model files.
 */
class MnistViewModelTest {
    private static final TrainingService SERVICE = new TrainingService(Runnable::run);
    private static TrainTest data;
    private static MnistViewModel model;

    /** The bundled mini MNIST without any model, whatever the build ships. */
    static MnistViewModel.Loaded miniWithoutModel() {
        if (data == null) {
            data = DatasetLocator.standard(null).locate(DatasetId.MNIST_MINI).orElseThrow().load();
        }
        return new MnistViewModel.Loaded(DatasetId.MNIST_MINI, data, Optional.empty(), null);
    }

    @BeforeAll
    static void loadAndTrain() {
        model = new MnistViewModel(SERVICE, Runnable::run, Runnable::run, MnistViewModelTest::miniWithoutModel);
        model.load();
        assertEquals("ch03.mnist.model.missing", model.modelStatusProperty().get().key());
        JobHandle training = model.trainModel(2);
        SERVICE.deliver();
        assertEquals(JobState.SUCCEEDED, training.getState());
        assertEquals("ch03.mnist.model.trained", model.modelStatusProperty().get().key());
    }

    @Test
    void loadsTheDataAndShowsTheFirstTestImage() {
        assertEquals("ch03.mnist.data.loaded", model.dataStatusProperty().get().key());
        assertEquals(MnistViewModel.Split.TEST, model.splitProperty().get());
        assertEquals(784, model.pixels(0).length);
        assertEquals(data.test().label(0), model.label(0));
        assertEquals(data.test().pixel(0, 300), model.pixels(0)[300]);
        model.splitProperty().set(MnistViewModel.Split.TRAIN);
        assertEquals(data.train().label(0), model.label(0));
        model.splitProperty().set(MnistViewModel.Split.TEST);
        assertThrows(IllegalArgumentException.class, () -> model.select(data.test().size()));
    }

    @Test
    void trainedNetworkHasTheShapesOfTheBooksPretrainedOne() {
        List<int[]> shapes = model.networkProperty().get().params().stream().map(Param::value)
                .map(t -> t.shape()).toList();
        assertArrayEquals(new int[] {784, 50}, shapes.get(0));
        assertArrayEquals(new int[] {50}, shapes.get(1));
        assertArrayEquals(new int[] {50, 100}, shapes.get(2));
        assertArrayEquals(new int[] {100, 10}, shapes.get(4));
        assertArrayEquals(new int[] {10}, shapes.get(5));
    }

    @Test
    void predictionGivesProbabilitiesAndBothHiddenLayers() {
        model.select(3);
        MnistViewModel.Prediction p = model.predictionProperty().get();
        assertNotNull(p);
        double sum = 0;
        for (double v : p.probabilities()) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(List.of(50, 100), p.hidden().stream().map(h -> h.length).toList());
        assertTrue(p.hidden().get(0)[0] > 0 && p.hidden().get(0)[0] < 1, "sigmoid outputs");
    }

    @Test
    void accuracyIsTheSameForEveryBatchSizeAndMatchesTheCoreEvaluator() {
        double expected = new Evaluator(new int[] {784}, true).accuracy(model.networkProperty().get(), data.test(),
                TrainerConfig.ALL);
        assertTrue(expected > 0.8, "two epochs already recognise most digits: " + expected);
        int before = model.runs().size();
        for (int batch : new int[] {1, 100, 1000}) {
            JobHandle run = model.evaluate(batch);
            SERVICE.deliver();
            assertEquals(JobState.SUCCEEDED, run.getState());
        }
        List<MnistEvaluationJob.Result> runs = model.runs().subList(before, before + 3);
        for (MnistEvaluationJob.Result r : runs) {
            assertEquals(data.test().size(), r.images());
            assertEquals(expected, r.accuracy(), 1e-15, "batch " + r.batchSize());
            assertEquals((data.test().size() + r.batchSize() - 1) / r.batchSize(), r.batches());
        }
        assertThrows(IllegalArgumentException.class, () -> model.evaluate(0));
    }

    @Test
    void nextMistakeFindsAnImageTheNetworkGetsWrong() {
        model.select(0);
        int wrong = model.nextMistake();
        assertTrue(wrong > 0);
        assertEquals(wrong, model.indexProperty().get());
        assertNotEquals(model.label(wrong), model.predictionProperty().get().predicted());
    }

    @Test
    void warnsWhenABundledModelHasSeenTheMiniTestImages() {
        for (String trainedOn : new String[] {"mnist/train", "mnist-mini/train"}) {
            Network net = new MultiLayerNetExtend(784, new int[] {50, 100}, 10, Activation.SIGMOID,
                    WeightInit.parse("xavier"), WeightDecay.NONE, false, false, 0, new Rng(1));
            BundledModels.Loaded bundled = new BundledModels.Loaded(BundledModels.MLP_SIGMOID, net,
                    Map.of(ModelFile.DATASET, trainedOn, ModelFile.ACCURACY, 0.9417));
            MnistViewModel withModel = new MnistViewModel(SERVICE, Runnable::run, Runnable::run,
                    () -> new MnistViewModel.Loaded(DatasetId.MNIST_MINI, data, Optional.of(bundled), null));
            withModel.load();
            assertEquals("ch03.mnist.model.bundled", withModel.modelStatusProperty().get().key());
            assertEquals(List.of(BundledModels.MLP_SIGMOID, "0.9417", trainedOn),
                    withModel.modelStatusProperty().get().args());
            boolean overlaps = trainedOn.equals("mnist/train");
            assertEquals(overlaps, withModel.caveatProperty().get() != null, trainedOn);
        }
    }

    @Test
    void savedModelOpensWithTheSamePredictions(@TempDir Path folder) throws Exception {
        model.select(7);
        double[] before = model.predictionProperty().get().probabilities();
        Path file = folder.resolve("mnist-mlp.npz");
        model.saveModel(file);
        model.openModel(file);
        assertEquals("ch03.mnist.model.opened", model.modelStatusProperty().get().key());
        assertArrayEquals(before, model.predictionProperty().get().probabilities(), 1e-15);
    }
}
