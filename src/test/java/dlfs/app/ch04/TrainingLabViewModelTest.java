package dlfs.app.ch04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch04.TwoLayerNetTrainingJob.GradientMode;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.layer.Param;
import dlfs.core.network.Network;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings validation, and short runs on the bundled data through a service whose worker the test drives. */
class TrainingLabViewModelTest {
    /** Holds submitted jobs until the test runs them, on the test's own thread. */
    private final Deque<Runnable> submitted = new ArrayDeque<>();
    private final TrainingService service = new TrainingService(submitted::add);
    private final TrainingLabViewModel model =
            new TrainingLabViewModel(service, DatasetLocator.standard(null)::locate);

    private void runSubmittedJob() {
        submitted.removeFirst().run();
        service.deliver();
    }

    /** A run small enough for a unit test that still learns: 784-20-10, η 1, 200 batches of 50 from 1,000 images. */
    private void useSmallRun() {
        model.hidden().setValue(20);
        model.learningRate().setValue(1.0);
        model.trainImages().setValue(1000);
        model.batch().setValue(50);
        model.iterations().setValue(200);
    }

    @Test
    void opensWithTheBooksSettingsOnTheBundledData() {
        assertEquals(DatasetId.MNIST_MINI, model.datasetProperty().get());
        assertEquals(DatasetId.MNIST_MINI, model.datasets().get(0));
        assertEquals(50, model.hidden().intValue());
        assertEquals(0.1, model.learningRate().value());
        assertEquals(100, model.batch().intValue());
        assertEquals(10_000, model.iterations().intValue());
        assertEquals(0.01, model.weightStd().value());
        assertEquals(8_000, model.trainImages().intValue());
        assertTrue(model.isReady());
        // 784·50 + 50 + 50·10 + 10 parameters; 8,000 / 100 = 80 iterations per epoch
        assertEquals(List.of(39_760L, 80, "125"), model.costProperty().get().args());
        assertEquals("ch04.training.idle", model.statusProperty().get().key());
    }

    @Test
    void everySettingIsCheckedWithAMessage() {
        model.learningRate().textProperty().set("0");
        assertEquals("ch04.input.positive", model.learningRate().errorProperty().get().key());
        model.learningRate().textProperty().set("NaN");
        assertEquals("ch04.input.notFinite", model.learningRate().errorProperty().get().key());
        model.learningRate().textProperty().set("1e9");
        assertTrue(model.learningRate().isValid());
        model.hidden().textProperty().set("0");
        assertEquals("ch04.input.between", model.hidden().errorProperty().get().key());
        model.hidden().textProperty().set("12.5");
        assertEquals("ch04.input.notAnInteger", model.hidden().errorProperty().get().key());
        model.hidden().setValue(50);

        model.trainImages().setValue(300);
        model.batch().setValue(301);
        assertEquals("ch04.training.batchRange", model.batch().errorProperty().get().key());
        assertEquals(List.of("1", "300"), model.batch().errorProperty().get().args());
        model.trainImages().setValue(8000);
        assertTrue(model.batch().isValid(), "the batch fits again once there are more images");
        model.trainImages().setValue(8001);
        assertEquals("ch04.training.imagesRange", model.trainImages().errorProperty().get().key());
        model.weightStd().textProperty().set("-0.01");
        assertFalse(model.isReady());
        assertFalse(model.start());
        assertEquals("ch04.training.fixSettings", model.statusProperty().get().key());
        assertTrue(submitted.isEmpty(), "nothing reaches the core unchecked");
    }

    @Test
    void numericalGradientsAreLimitedToTinyRuns() {
        model.modeProperty().set(GradientMode.NUMERICAL);
        assertFalse(model.hidden().isValid(), "hidden 50 is too large for numerical gradients");
        assertFalse(model.iterations().isValid());
        assertFalse(model.trainImages().isValid());
        model.useNumericalSettings();
        assertTrue(model.isReady());
        assertEquals("ch04.training.costNumerical", model.costProperty().get().key());
        // 784·5 + 5 + 5·10 + 10 = 3,985 parameters: 7,971 forward passes per iteration
        assertEquals(7_971L, model.costProperty().get().args().get(3));
    }

    @Test
    void everyPresetIsAcceptable() {
        for (Runnable preset : List.<Runnable>of(model::useQuickSettings, model::useOverfittingSettings,
                model::useExplodingSettings, model::useNumericalSettings, model::useBookSettings)) {
            preset.run();
            assertTrue(model.isReady(), model.inputs().stream().filter(i -> !i.isValid())
                    .map(i -> i.textProperty().get()).toList().toString());
        }
        model.useOverfittingSettings();
        assertEquals(300, model.trainImages().intValue());
        assertEquals(1_500, model.iterations().intValue());
        assertEquals(GradientMode.BACKPROP, model.modeProperty().get());
    }

    @Test
    void shortRunLearnsAndRecordsTheBooksCurves() {
        useSmallRun();
        assertTrue(model.start());
        assertTrue(model.runningProperty().get());
        runSubmittedJob();
        assertEquals(JobState.SUCCEEDED, model.jobProperty().get().getState());
        assertFalse(model.runningProperty().get());
        double[] losses = model.losses();
        assertEquals(200, losses.length);
        double first = Arrays.stream(losses, 0, 20).average().orElseThrow();
        double last = Arrays.stream(losses, 180, 200).average().orElseThrow();
        assertTrue(last < 0.6 * first, "loss falls: " + first + " → " + last);
        // 1,000 / 50 = 20 iterations per epoch: evaluations at 0, 20, …, 180
        assertEquals(10, model.accuracies().size());
        double[] lastEpoch = model.accuracies().get(9);
        assertEquals(9, lastEpoch[0]);
        assertTrue(lastEpoch[1] > 0.5 && lastEpoch[2] > 0.5, "accuracies " + Arrays.toString(lastEpoch));
        assertEquals(10, model.log().size());
        assertTrue(model.log().get(9).startsWith("train acc, test acc | "));
        assertEquals("ch04.training.done", model.statusProperty().get().key());
        assertNotNull(model.networkProperty().get());
    }

    @Test
    void explodingLossStopsTheRunAndKeepsTheLastGoodWeights() {
        model.useExplodingSettings();
        useSmallRun();
        model.learningRate().setValue(1e9);
        assertTrue(model.start());
        runSubmittedJob();
        assertEquals(JobState.DIVERGED, model.jobProperty().get().getState());
        assertEquals("ch04.training.divergedExploded", model.statusProperty().get().key());
        double[] losses = model.losses();
        int divergedAt = (int) model.statusProperty().get().args().get(0);
        assertTrue(divergedAt > 0 && divergedAt < 200, "diverged at " + divergedAt);
        Network kept = model.networkProperty().get();
        for (Param p : kept.params()) {
            assertTrue(p.value().isFinite(), p.name());
        }
        assertTrue(losses[divergedAt - 1] <= 100 * losses[0], "the kept weights gave an acceptable loss");
    }

    @Test
    void simulatedNaNEndsTheRunAsDiverged() {
        useSmallRun();
        assertTrue(model.start());
        model.simulateNaN();
        runSubmittedJob();
        assertEquals(JobState.DIVERGED, model.jobProperty().get().getState());
        assertEquals("ch04.training.divergedNaN", model.statusProperty().get().key());
        assertEquals(0, model.statusProperty().get().args().get(0));
    }

    @Test
    void trainedNetworkSurvivesSaveAndOpen(@TempDir Path folder) throws Exception {
        assertThrows(IllegalStateException.class, () -> model.save(folder.resolve("none.npz")));
        useSmallRun();
        model.iterations().setValue(20);
        model.start();
        runSubmittedJob();
        Path file = folder.resolve("two-layer.npz");
        model.save(file);

        TrainingLabViewModel other = new TrainingLabViewModel(service, id -> Optional.empty());
        assertEquals(List.of(), other.datasets());
        other.open(file);
        Network opened = other.networkProperty().get();
        List<Param> saved = model.networkProperty().get().params();
        for (int i = 0; i < saved.size(); i++) {
            assertArrayEquals(saved.get(i).value().data(), opened.params().get(i).value().data(), 0);
        }
        assertEquals(20, other.hidden().intValue());
        assertTrue(other.continueTrainingProperty().get());
        assertEquals("ch04.training.opened", other.statusProperty().get().key());
    }

    @Test
    void continuingTrainsTheSameNetworkFurther() {
        useSmallRun();
        model.iterations().setValue(40);
        model.start();
        runSubmittedJob();
        Network first = model.networkProperty().get();
        model.continueTrainingProperty().set(true);
        model.hidden().setValue(7);
        model.start();
        runSubmittedJob();
        assertTrue(first == model.networkProperty().get(), "the same network object was trained on");
        assertEquals(20, TrainingLabViewModel.hiddenSizeOf(model.networkProperty().get()));
        assertNull(model.jobProperty().get().errorProperty().get());
    }
}
