package dlfs.app.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.playground.DigitModel.State;
import dlfs.app.playground.DigitRecognizer.Recognition;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.UserDigits;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.network.Network;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground's state without a window: files and jobs run on the calling thread, so every
 * step (loading, reading a drawing, storing digits, fine-tuning, latency) is checked in order.
 */
class PlaygroundViewModelTest {
    private static final I18n ENGLISH = new I18n(Language.ENGLISH);

    @TempDir
    Path folder;
    private TrainingService service;
    private PlaygroundViewModel model;

    @BeforeEach
    void createModel() {
        service = new TrainingService(Runnable::run);
        model = new PlaygroundViewModel(service, new UserDigits(folder.resolve("digits")), PlaygroundFixtures::mnist,
                Runnable::run, Runnable::run);
        model.start();
    }

    /** Saves the shared trained network and opens it, which makes it the chosen model. */
    private DigitModel openTrained() throws IOException {
        Path file = folder.resolve("two-layer.npz");
        ModelFile.save(file, ModelFile.Contents.of(PlaygroundFixtures.trainedTwoLayerNet(), null,
                Map.of(ModelFile.ACCURACY, 0.9)));
        model.open(file);
        return model.selectedModelProperty().get();
    }

    @Test
    void everyBundledModelIsEitherReadyOrOfferedForTraining() {
        assertEquals(3, model.models().size());
        assertSame(model.models().get(DigitModelKind.SIMPLE_CONVNET.ordinal()), model.selectedModelProperty().get());
        for (DigitModel entry : model.models()) {
            assertTrue(entry.getState() == State.READY || entry.getState() == State.MISSING, entry.getState().name());
            model.selectedModelProperty().set(entry);
            assertEquals(entry.getState() == State.MISSING, model.canTrainProperty().get());
            assertEquals(entry.getState() == State.READY ? "playground.model.bundled" : "playground.model.missing",
                    entry.detailProperty().get().key());
        }
    }

    @Test
    void drawingIsPreparedEvenWithoutAModelAndNothingDrawnClearsIt() {
        DigitModel missing = model.models().stream().filter(m -> m.getState() != State.READY).findFirst().orElse(null);
        if (missing != null) {
            model.selectedModelProperty().set(missing);
        }
        model.read(PlaygroundFixtures.one(), 280, 280);
        assertNotNull(model.preparedProperty().get());
        assertEquals(20, model.preparedProperty().get().placed().height());
        assertEquals(missing == null, model.recognitionProperty().get() != null);
        model.read(new double[280 * 280], 280, 280);
        assertNull(model.preparedProperty().get());
        assertNull(model.recognitionProperty().get());
    }

    @Test
    void openedModelIsChosenAndReadsTheDrawing() throws IOException {
        model.read(PlaygroundFixtures.one(), 280, 280);
        long revision = model.revision();
        DigitModel opened = openTrained();
        assertEquals(4, model.models().size());
        assertSame(model.models().get(3), opened);
        assertEquals(State.READY, opened.getState());
        assertEquals("two-layer.npz (file)", ENGLISH.text(opened.title()));
        assertEquals("From a model file · 39,760 parameters · test accuracy 90.0%",
                ENGLISH.text(opened.detailProperty().get()));
        assertTrue(model.revision() > revision, "the page reads the drawing again");
        Recognition recognition = model.recognitionProperty().get();
        assertEquals(1, recognition.best());
        assertEquals(1.0, Arrays.stream(recognition.probabilities()).sum(), 1e-12);
        assertEquals(3, recognition.layers().size(), "Affine → ReLU → Affine: every layer's output");
        assertEquals(50, recognition.layers().get(1).output().size());
        assertEquals(10, recognition.layers().get(2).output().size());
        model.read(PlaygroundFixtures.seven(), 280, 280);
        assertEquals(7, model.recognitionProperty().get().best());
    }

    @Test
    void modelThatDoesNotReadDigitsIsRefusedWithTheReason() throws IOException {
        Path file = folder.resolve("tiny.npz");
        ModelFile.save(file, ModelFile.Contents.of(TwoLayerNet.chapter5(10, 4, 3, new Rng(1)), null, Map.of()));
        model.open(file);
        assertEquals(3, model.models().size());
        assertEquals("The model file could not be opened: TwoLayerNet reads (10,), the playground needs 28×28 images"
                + " (784 values or 1×28×28)", ENGLISH.text(model.modelNoticeProperty().get()));
        model.open(folder.resolve("absent.npz"));
        assertEquals("playground.model.openFailed", model.modelNoticeProperty().get().key());
    }

    @Test
    void savedModelOpensAgainWithTheSameWeights() throws IOException {
        DigitModel opened = openTrained();
        Path copy = folder.resolve("copy.npz");
        model.save(copy);
        assertEquals("Saved the chosen model as copy.npz.", ENGLISH.text(model.modelNoticeProperty().get()));
        model.open(copy);
        DigitModel reopened = model.selectedModelProperty().get();
        assertNotSame(opened, reopened);
        assertEquals(0.9, reopened.testAccuracy(), 1e-12, "the accuracy recorded with the model is kept");
        assertArrayEquals(opened.network().params().get(0).value().data(),
                reopened.network().params().get(0).value().data());
        model.selectedModelProperty().set(model.models().get(0));
        if (model.models().get(0).getState() != State.READY) {
            assertThrows(IOException.class, () -> model.save(folder.resolve("none.npz")));
        }
    }

    @Test
    void labelledDrawingsAreStoredAndCounted() {
        assertEquals(0, model.storedDigitsProperty().get().size());
        assertFalse(model.canAddProperty().get(), "nothing drawn, no label");
        model.read(PlaygroundFixtures.seven(), 280, 280);
        assertFalse(model.canAddProperty().get(), "no label yet");
        model.labelProperty().set(7);
        assertTrue(model.canAddProperty().get());
        model.addDrawing();
        model.read(PlaygroundFixtures.one(), 280, 280);
        model.labelProperty().set(1);
        model.addDrawing();
        assertEquals(2, model.storedDigitsProperty().get().size());
        assertEquals(7, model.storedDigitsProperty().get().label(0));
        assertEquals("Added as a 1. 2 digits stored.", ENGLISH.text(model.digitsNoticeProperty().get()));
        assertEquals(2, new UserDigits(folder.resolve("digits")).load().size(), "kept on disk");
        assertFalse(model.savingProperty().get());
    }

    @Test
    void damagedStoreIsReportedAndTheNextDigitStartsAfresh() throws IOException {
        Path digits = folder.resolve("damaged");
        Files.createDirectories(digits);
        Files.write(digits.resolve(UserDigits.IMAGES_FILE), new byte[] {1, 2, 3});
        Files.write(digits.resolve(UserDigits.LABELS_FILE), new byte[] {1, 2, 3});
        PlaygroundViewModel damaged = new PlaygroundViewModel(service, new UserDigits(digits),
                PlaygroundFixtures::mnist, Runnable::run, Runnable::run);
        damaged.start();
        assertNull(damaged.storedDigitsProperty().get());
        assertTrue(ENGLISH.text(damaged.digitsNoticeProperty().get()).startsWith(
                "Your stored digits cannot be read (images-idx3-ubyte: "), damaged.digitsNoticeProperty().get().toString());
        damaged.read(PlaygroundFixtures.one(), 280, 280);
        damaged.labelProperty().set(1);
        damaged.addDrawing();
        assertEquals(1, damaged.storedDigitsProperty().get().size());
        assertEquals("playground.digits.setAside", damaged.digitsNoticeProperty().get().key());
    }

    @Test
    void fineTuningAddsAChosenCopyAndReportsAccuracyBeforeAndAfter() throws IOException {
        DigitModel base = openTrained();
        assertFalse(model.canFineTuneProperty().get(), "no digits of the user yet");
        for (int i = 0; i < 3; i++) {
            model.read(PlaygroundFixtures.seven(), 280, 280);
            model.labelProperty().set(7);
            model.addDrawing();
        }
        assertTrue(model.canFineTuneProperty().get());
        double[] before = base.network().params().get(0).value().data().clone();
        model.fineTuneSelected();
        JobHandle job = model.jobProperty().get();
        assertNotNull(job);
        assertFalse(model.canFineTuneProperty().get(), "one playground job at a time");
        service.deliver();
        assertEquals(JobState.SUCCEEDED, job.getState());
        assertNull(model.jobProperty().get());
        DigitModel tuned = model.selectedModelProperty().get();
        assertNotSame(base, tuned);
        assertEquals("TwoLayerNet tuned on 3 of your digits", ENGLISH.text(tuned.title()));
        assertNull(model.jobNoticeProperty().get());
        Message summary = tuned.detailProperty().get();
        assertEquals("playground.finetune.done", summary.key());
        assertEquals(3, summary.args().get(0));
        assertEquals("100.0%", summary.args().get(2), "its own digits are learned");
        assertEquals(1000, summary.args().get(3));
        assertArrayEquals(before, base.network().params().get(0).value().data(), "the original is untouched");
        assertEquals(7, model.recognitionProperty().get().best());
        assertTrue(model.hasUnsavedModel(), "closing the app now offers to save the tuned model");
        model.save(folder.resolve("tuned.npz"));
        assertFalse(model.hasUnsavedModel());
        model.selectedModelProperty().set(base);
        assertFalse(model.hasUnsavedModel(), "an opened file is not unsaved work");
    }

    @Test
    void cancelledQuickTrainingLeavesTheModelUntrained() {
        DigitModel missing = model.models().stream().filter(m -> m.getState() == State.MISSING).findFirst()
                .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(missing != null, "every bundled model is shipped");
        Queue<Runnable> queued = new ArrayDeque<>();
        TrainingService held = new TrainingService(queued::add);
        PlaygroundViewModel waiting = new PlaygroundViewModel(held, new UserDigits(folder.resolve("digits")),
                PlaygroundFixtures::mnist, Runnable::run, Runnable::run);
        waiting.start();
        DigitModel entry = waiting.models().get(missing.kind().ordinal());
        waiting.selectedModelProperty().set(entry);
        waiting.trainSelected();
        assertEquals(State.TRAINING, entry.getState());
        assertFalse(waiting.canTrainProperty().get());
        assertEquals("playground.job.waiting", waiting.jobNoticeProperty().get().key());
        waiting.jobProperty().get().cancel();
        queued.forEach(Runnable::run);
        held.deliver();
        assertEquals(State.MISSING, entry.getState());
        assertEquals("The training was cancelled.", ENGLISH.text(waiting.jobNoticeProperty().get()));
        assertTrue(waiting.canTrainProperty().get());
    }

    @Test
    void latencyTimesEveryInputToTheSceneAndToThePaintedPulse() throws IOException {
        DigitModel opened = openTrained();
        model.inputArrived(1_000_000);
        model.inputArrived(3_000_000);
        model.read(PlaygroundFixtures.one(), 280, 280);
        model.shown(4_000_000, 5_000_000);
        assertEquals(2, opened.sceneLatency().count());
        assertEquals(2.0, opened.sceneLatency().p50(), 1e-9);
        assertEquals(4.0, opened.sceneLatency().p95(), 1e-9);
        assertEquals(1.0, opened.computeTime().p50(), 1e-9);
        assertEquals(0, opened.latency().count(), "not painted yet");
        model.painted(6_500_000);
        assertEquals(2, opened.latency().count());
        assertEquals(3.5, opened.latency().p50(), 1e-9);
        assertEquals(5.5, opened.latency().p95(), 1e-9);
        assertEquals("p50/p95: scene 2.0/4.0 ms · frame 3.5/5.5 ms · 2 inputs",
                ENGLISH.text(model.latencyTextProperty().get()));
        model.painted(9_000_000);
        assertEquals(2, opened.latency().count(), "a pulse that showed nothing new adds nothing");

        model.inputArrived(10_000_000);
        model.read(new double[280 * 280], 280, 280);
        model.shown(10_500_000, 11_000_000);
        model.painted(12_000_000);
        assertEquals(2, opened.latency().count(), "an empty pad has no prediction to time");
        assertEquals(2, opened.sceneLatency().count());
    }

    @Test
    void inputsReadTwiceBeforeOnePulseAreEachTimedToThatPulse() throws IOException {
        DigitModel opened = openTrained();
        model.inputArrived(1_000_000);
        model.read(PlaygroundFixtures.one(), 280, 280);
        model.shown(1_000_000, 2_000_000);
        model.inputArrived(8_000_000);
        model.read(PlaygroundFixtures.one(), 280, 280);
        model.shown(8_000_000, 9_000_000);
        model.painted(17_000_000);
        assertEquals(List.of(1.0, 1.0), List.of(opened.sceneLatency().p50(), opened.sceneLatency().p95()));
        assertEquals(9.0, opened.latency().p50(), 1e-9, "the later input waited 9 ms for the pulse");
        assertEquals(16.0, opened.latency().p95(), 1e-9, "the earlier one 16 ms");
    }
}
