package dlfs.app.playground;

import dlfs.app.i18n.Message;
import dlfs.app.playground.DigitModel.State;
import dlfs.app.playground.DigitRecognizer.Recognition;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetException;
import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.data.UserDigits;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The playground's state, without controls: the model chooser's entries, the prepared digit and
 * what the chosen model reads in it, the user's stored digits, the playground's training job, and
 * the latency measurements. Everything here is read and changed on the FX thread; files are read
 * and written on the {@code background} executor and the results handed back through {@code fx}.
 *
 * <p>Reading a drawing ({@link #read}) runs on the FX thread: preprocessing and one forward pass of
 * a small network take about a millisecond, less than waiting for another thread would.
 */
public final class PlaygroundViewModel {
    /** Test images of the quick training's data set held out when a data set has none. */
    private static final int HELD_OUT_TEST = 1000;
    /** How often the latency read-out changes while drawing: a few times a second stays readable. */
    private static final long LATENCY_REFRESH_NANOS = 250_000_000L;

    private final TrainingService training;
    private final UserDigits userDigits;
    private final Supplier<TrainTest> mnistSource;
    private final Executor background;
    private final Executor fx;

    private final ObservableList<DigitModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<DigitModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<State> selectedState = new ReadOnlyObjectWrapper<>(this, "selectedState");
    private final ReadOnlyObjectWrapper<PreparedDigit> prepared = new ReadOnlyObjectWrapper<>(this, "prepared");
    private final ReadOnlyObjectWrapper<Recognition> recognition = new ReadOnlyObjectWrapper<>(this, "recognition");
    private final ReadOnlyObjectWrapper<Message> modelNotice = new ReadOnlyObjectWrapper<>(this, "modelNotice");
    private final IntegerProperty label = new SimpleIntegerProperty(this, "label", -1);
    private final ReadOnlyObjectWrapper<ImageDataset> storedDigits = new ReadOnlyObjectWrapper<>(this, "storedDigits");
    private final ReadOnlyObjectWrapper<Message> digitsNotice = new ReadOnlyObjectWrapper<>(this, "digitsNotice");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<JobHandle> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyObjectWrapper<Message> jobNotice = new ReadOnlyObjectWrapper<>(this, "jobNotice");
    private final ReadOnlyObjectWrapper<Message> latencyText = new ReadOnlyObjectWrapper<>(this, "latencyText");
    private final BooleanBinding canAdd;
    private final BooleanBinding canFineTune;
    private final BooleanBinding canTrain;

    private TrainTest mnist;
    private long revision;
    private long seed = 1;
    private long[] pendingInputs = new long[64];
    private int pendingCount;
    /** Inputs whose answer is in the scene, waiting for the pulse that paints it. */
    private long[] awaitingFrame = new long[64];
    private int awaitingCount;
    private DigitModel shownBy;
    private long latencyShownAt;
    /** Models trained or fine-tuned here and not saved since: closing the app offers to save them. */
    private final Set<DigitModel> unsaved = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param mnistSource loads the MNIST training and test sets (called at most once, on a job's thread)
     * @param background  runs file work off the FX thread
     * @param fx          runs on the FX thread ({@code Platform::runLater}; tests may run directly)
     */
    public PlaygroundViewModel(TrainingService training, UserDigits userDigits, Supplier<TrainTest> mnistSource,
                               Executor background, Executor fx) {
        this.training = training;
        this.userDigits = userDigits;
        this.mnistSource = mnistSource;
        this.background = background;
        this.fx = fx;
        for (DigitModelKind kind : DigitModelKind.values()) {
            models.add(new DigitModel(Message.of(kind.titleKey()), kind, State.LOADING,
                    Message.of("playground.model.loading")));
        }
        selected.addListener((obs, old, now) -> {
            selectedState.unbind();
            if (now != null) {
                selectedState.bind(now.stateProperty());
            }
            modelChanged();
        });
        selected.set(models.get(DigitModelKind.SIMPLE_CONVNET.ordinal()));
        canAdd = Bindings.createBooleanBinding(() -> prepared.get() != null && label.get() >= 0 && !saving.get(),
                prepared, label, saving);
        canFineTune = Bindings.createBooleanBinding(() -> job.get() == null && selectedState.get() == State.READY
                && storedDigits.get() != null && storedDigits.get().size() > 0, job, selectedState, storedDigits);
        canTrain = Bindings.createBooleanBinding(() -> job.get() == null && selected.get() != null
                && selected.get().kind() != null
                && (selectedState.get() == State.MISSING || selectedState.get() == State.FAILED),
                job, selected, selectedState);
    }

    /** Starts loading the bundled models and the user's digits in the background. */
    public void start() {
        for (DigitModel model : models) {
            background.execute(() -> loadBundled(model));
        }
        background.execute(this::loadUserDigits);
    }

    // ---------------------------------------------------------------- models

    public ObservableList<DigitModel> models() {
        return models;
    }

    public ObjectProperty<DigitModel> selectedModelProperty() {
        return selected;
    }

    /** The chosen model's state. */
    public ReadOnlyObjectProperty<State> selectedStateProperty() {
        return selectedState.getReadOnlyProperty();
    }

    /** Changes whenever the chosen model or its network changes: the drawing must then be read again. */
    public long revision() {
        return revision;
    }

    /** What happened to the last model file opened or saved, or null. */
    public ReadOnlyObjectProperty<Message> modelNoticeProperty() {
        return modelNotice.getReadOnlyProperty();
    }

    private void loadBundled(DigitModel model) {
        try {
            Optional<BundledModels.Loaded> loaded = BundledModels.load(model.kind().bundledFile());
            if (loaded.isEmpty()) {
                fx.execute(() -> model.set(State.MISSING, Message.of("playground.model.missing")));
                return;
            }
            Network network = loaded.get().network();
            DigitRecognizer.requireDigitReader(network);
            double accuracy = accuracyOf(loaded.get().metadata());
            Message about = Message.of("playground.model.bundled", Networks.parameterCount(network),
                    Texts.percent(accuracy));
            fx.execute(() -> install(model, network, accuracy, about));
        } catch (IOException | RuntimeException e) {
            fx.execute(() -> model.set(State.FAILED, Message.of("playground.model.failed", e.getMessage())));
        }
    }

    /** The test accuracy a model file records, or NaN when it records none. */
    private static double accuracyOf(Map<String, Object> metadata) {
        return metadata.get(ModelFile.ACCURACY) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private void install(DigitModel model, Network network, double accuracy, Message about) {
        model.ready(network, accuracy, about);
        if (model == selected.get()) {
            modelChanged();
        }
    }

    private void modelChanged() {
        revision++;
        pendingCount = 0;
        awaitingCount = 0;
        if (prepared.get() != null) {
            recognise(prepared.get());
        }
    }

    /** Opens a model file in the background; it becomes a new entry of the chooser, chosen. */
    public void open(Path file) {
        background.execute(() -> {
            try {
                ModelFile.Contents contents = ModelFile.load(file);
                Network network = Networks.fromArchitecture(contents.architecture(), new Rng(0));
                contents.applyTo(network.params());
                DigitRecognizer.requireDigitReader(network);
                double accuracy = accuracyOf(contents.metadata());
                Message about = Message.of("playground.model.fromFile", Networks.parameterCount(network),
                        Texts.percent(accuracy));
                fx.execute(() -> {
                    DigitModel model = new DigitModel(Message.of("playground.model.file",
                            String.valueOf(file.getFileName())), null, State.LOADING, about);
                    models.add(model);
                    model.ready(network, accuracy, about);
                    selected.set(model);
                    modelNotice.set(Message.of("playground.model.opened", String.valueOf(file.getFileName())));
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> modelNotice.set(Message.of("playground.model.openFailed", e.getMessage())));
            }
        });
    }

    /**
     * Saves the chosen model (File ▸ Save model).
     *
     * @throws IOException when the file cannot be written, or no model is ready to save
     */
    public void save(Path file) throws IOException {
        DigitModel model = selected.get();
        if (model == null || model.getState() != State.READY) {
            throw new IOException("no trained model is chosen in the playground");
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(ModelFile.CREATED_AT, Instant.now().toString());
        if (Double.isFinite(model.testAccuracy())) {
            metadata.put(ModelFile.ACCURACY, model.testAccuracy());
        }
        ModelFile.save(file, ModelFile.Contents.of(model.network(), null, metadata));
        unsaved.remove(model);
        modelNotice.set(Message.of("playground.model.saved", String.valueOf(file.getFileName())));
    }

    // ---------------------------------------------------------------- reading a drawing

    /**
     * Prepares the drawing and lets the chosen model read it. With no ink, or no model ready, the
     * recognition is cleared (the preprocessing is still shown when there is ink).
     */
    public void read(double[] raster, int width, int height) {
        PreparedDigit digit = DigitPreprocessor.prepare(raster, width, height).orElse(null);
        prepared.set(digit);
        recognise(digit);
    }

    private void recognise(PreparedDigit digit) {
        DigitModel model = selected.get();
        boolean ready = digit != null && model != null && model.getState() == State.READY;
        recognition.set(ready ? DigitRecognizer.recognise(model.network(), digit) : null);
    }

    /** The last drawing as the network sees it, or null when nothing is drawn. */
    public ReadOnlyObjectProperty<PreparedDigit> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** What the chosen model read, or null (nothing drawn, or no model ready). */
    public ReadOnlyObjectProperty<Recognition> recognitionProperty() {
        return recognition.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- latency

    /** An input event changed the drawing at this {@link System#nanoTime()}; the next {@link #shown} covers it. */
    public void inputArrived(long nanos) {
        if (pendingCount == pendingInputs.length) {
            pendingInputs = Arrays.copyOf(pendingInputs, pendingCount * 2);
        }
        pendingInputs[pendingCount++] = nanos;
    }

    /**
     * A reading that began at {@code startNanos} has handed its answer to the views at {@code
     * updatedNanos}: every input since the last reading gets its event → scene latency, and waits
     * for the next painted pulse ({@link #painted}) for its event → frame latency.
     */
    public void shown(long startNanos, long updatedNanos) {
        DigitModel by = selected.get();
        if (recognition.get() != null) {
            if (awaitingFrame.length < awaitingCount + pendingCount) {
                awaitingFrame = Arrays.copyOf(awaitingFrame, awaitingCount + pendingCount);
            }
            for (int i = 0; i < pendingCount; i++) {
                by.sceneLatency().add(pendingInputs[i], updatedNanos);
                awaitingFrame[awaitingCount++] = pendingInputs[i];
            }
            by.computeTime().add(startNanos, updatedNanos);
            shownBy = by;
        }
        pendingCount = 0;
    }

    /** A pulse has laid out and painted the views: each input shown since the last one gets its latency. */
    public void painted(long nanos) {
        if (awaitingCount == 0) {
            return;
        }
        for (int i = 0; i < awaitingCount; i++) {
            shownBy.latency().add(awaitingFrame[i], nanos);
        }
        awaitingCount = 0;
        if (latencyText.get() == null || nanos - latencyShownAt > LATENCY_REFRESH_NANOS) {
            latencyShownAt = nanos;
            latencyText.set(latencyOf(shownBy));
        }
    }

    /** The chosen model's latencies (to the scene, to the painted frame), refreshed a few times a second while drawing. */
    public ReadOnlyObjectProperty<Message> latencyTextProperty() {
        return latencyText.getReadOnlyProperty();
    }

    private static Message latencyOf(DigitModel model) {
        return Message.of("playground.latency.split", model.sceneLatency().p50(), model.sceneLatency().p95(),
                model.latency().p50(), model.latency().p95(), model.latency().count());
    }

    // ---------------------------------------------------------------- the user's digits

    /** The label for "Add to training set", 0–9, or −1 while none is chosen. */
    public IntegerProperty labelProperty() {
        return label;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** The stored digits, or null until they are read (or when they cannot be). */
    public ReadOnlyObjectProperty<ImageDataset> storedDigitsProperty() {
        return storedDigits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> digitsNoticeProperty() {
        return digitsNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Path userDigitsFolder() {
        return userDigits.folder();
    }

    private void loadUserDigits() {
        try {
            ImageDataset digits = userDigits.load();
            fx.execute(() -> storedDigits.set(digits));
        } catch (DatasetException e) {
            fx.execute(() -> digitsNotice.set(Message.of("playground.digits.damaged", e.getMessage())));
        }
    }

    /** Stores the prepared drawing with the chosen label (in the background). */
    public void addDrawing() {
        PreparedDigit digit = prepared.get();
        int digitLabel = label.get();
        if (!canAdd.get()) {
            return;
        }
        saving.set(true);
        background.execute(() -> {
            try {
                UserDigits.Added added = userDigits.add(digit.pixels(), digitLabel);
                ImageDataset all = userDigits.load();
                fx.execute(() -> {
                    storedDigits.set(all);
                    digitsNotice.set(added.setAside() == null
                            ? Message.of("playground.digits.added", digitLabel, added.count())
                            : Message.of("playground.digits.setAside", added.setAside().toString()));
                    saving.set(false);
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    digitsNotice.set(Message.of("playground.digits.saveFailed", e.getMessage()));
                    saving.set(false);
                });
            }
        });
    }

    // ---------------------------------------------------------------- training

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canFineTuneProperty() {
        return canFineTune;
    }

    /** The playground's job while it is queued or running, else null. */
    public ReadOnlyObjectProperty<JobHandle> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /**
     * Progress of the running job, or why the last one ended without a model; null after a success
     * (the new model's own line then tells how it was trained and how well it does).
     */
    public ReadOnlyObjectProperty<Message> jobNoticeProperty() {
        return jobNotice.getReadOnlyProperty();
    }

    /** Whether the chosen model was trained or fine-tuned here and has not been saved since. */
    public boolean hasUnsavedModel() {
        return unsaved.contains(selected.get());
    }

    /** Quick training of the chosen bundled model, when its file is not shipped. */
    public void trainSelected() {
        DigitModel model = selected.get();
        if (!canTrain.get()) {
            return;
        }
        model.set(State.TRAINING, Message.of("playground.model.training"));
        DigitTrainingJob quick = DigitTrainingJob.quick(model.kind(), this::mnist, seed++);
        run(quick, result -> {
                    install(model, result.network(), result.testAccuracy(), result.summary());
                    unsaved.add(model);
                },
                () -> model.set(State.MISSING, Message.of("playground.model.missing")));
    }

    /** Fine-tunes a copy of the chosen model on the stored digits; the copy becomes a new entry, chosen. */
    public void fineTuneSelected() {
        if (!canFineTune.get()) {
            return;
        }
        DigitModel base = selected.get();
        ImageDataset digits = storedDigits.get();
        DigitTrainingJob fineTune = DigitTrainingJob.fineTune(base.network(), digits, this::mnist, seed++);
        run(fineTune, result -> {
            DigitModel tuned = new DigitModel(Message.of("playground.model.fineTuned",
                    base.network().architecture().type(), digits.size()), null, State.LOADING, result.summary());
            models.add(tuned);
            tuned.ready(result.network(), result.testAccuracy(), result.summary());
            unsaved.add(tuned);
            selected.set(tuned);
        }, () -> { });
    }

    /** Submits the job; on success hands its result to {@code succeeded}, otherwise runs {@code otherwise}. */
    private void run(DigitTrainingJob work, Consumer<DigitTrainingJob.Result> succeeded, Runnable otherwise) {
        JobHandle handle = training.submit(work);
        job.set(handle);
        jobNotice.set(Message.of("playground.job.waiting"));
        handle.progressProperty().addListener((obs, old, progress) -> {
            if (progress != null) {
                jobNotice.set(progressOf(progress));
            }
        });
        handle.stateProperty().addListener((obs, old, state) -> {
            if (!state.isFinished()) {
                return;
            }
            job.set(null);
            if (state == JobState.SUCCEEDED && work.result() != null) {
                jobNotice.set(null);
                succeeded.accept(work.result());
            } else {
                jobNotice.set(switch (state) {
                    case CANCELLED -> Message.of("playground.job.cancelled");
                    case DIVERGED -> Message.of("playground.job.diverged");
                    default -> Message.of("playground.job.failed", String.valueOf(handle.errorProperty().get()));
                });
                otherwise.run();
            }
        });
    }

    private static Message progressOf(JobProgress progress) {
        return Message.of("playground.job.progress", progress.iteration(), progress.totalIterations(), progress.loss());
    }

    /** The MNIST training and test sets, loaded on first use (on a job's thread) and kept. */
    private synchronized TrainTest mnist() {
        if (mnist == null) {
            TrainTest loaded = mnistSource.get();
            mnist = loaded.hasTest() ? loaded : loaded.withHeldOutTest(HELD_OUT_TEST);
        }
        return mnist;
    }
}
