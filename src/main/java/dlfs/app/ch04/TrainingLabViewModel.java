package dlfs.app.ch04;

import dlfs.app.ch04.TwoLayerNetTrainingJob.GradientMode;
import dlfs.app.ch04.TwoLayerNetTrainingJob.Settings;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetId;
import dlfs.core.data.LocatedDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.io.ModelFile;
import dlfs.core.io.ModelFileException;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.train.TrainingHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The training lab's settings (each validated, with its message), the run in the shared training
 * service, and what it recorded: the loss of every iteration, train and test accuracy per epoch, a
 * log in the book's format, and the trained network for File ▸ Save model. All on the FX thread;
 * the training itself runs in {@link TwoLayerNetTrainingJob}.
 */
final class TrainingLabViewModel {
    /** Numerical gradients cost two forward passes per weight, so their runs are kept tiny. */
    static final int NUMERICAL_MAX_HIDDEN = 10;
    static final int NUMERICAL_MAX_BATCH = 20;
    static final int NUMERICAL_MAX_IMAGES = 1_000;
    static final int NUMERICAL_MAX_ITERATIONS = 500;
    static final int MAX_HIDDEN = 1_000;
    static final int MAX_BATCH = 10_000;
    static final int MAX_ITERATIONS = 1_000_000;
    static final double MAX_WEIGHT_STD = 10;
    static final int MAX_SEED = 999_999_999;

    private final TrainingService service;
    private final Function<DatasetId, Optional<LocatedDataset>> locator;
    private final Map<DatasetId, TrainTest> loaded = new ConcurrentHashMap<>();
    private final List<DatasetId> datasets;

    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST_MINI);
    private final ObjectProperty<GradientMode> mode = new SimpleObjectProperty<>(this, "mode", GradientMode.BACKPROP);
    private final BooleanProperty continueTraining = new SimpleBooleanProperty(this, "continueTraining");
    private final NumberInput hidden;
    private final NumberInput learningRate;
    private final NumberInput batch;
    private final NumberInput iterations;
    private final NumberInput weightStd;
    private final NumberInput trainImages;
    private final NumberInput seed;

    private final ReadOnlyObjectWrapper<JobHandle> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Message> status =
            new ReadOnlyObjectWrapper<>(this, "status", Message.of("ch04.training.idle"));
    private final ReadOnlyObjectWrapper<Message> cost = new ReadOnlyObjectWrapper<>(this, "cost");
    private final ReadOnlyIntegerWrapper recorded = new ReadOnlyIntegerWrapper(this, "recorded");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private double[] losses = new double[0];
    private int lossCount;
    private final List<double[]> accuracies = new ArrayList<>();
    private TwoLayerNetTrainingJob current;
    private Settings lastSettings;
    private long startNanos;
    private double secondsPerIteration = Double.NaN;

    /**
     * @param locator finds a data set on this machine (the bundled mini MNIST is always there)
     */
    TrainingLabViewModel(TrainingService service, Function<DatasetId, Optional<LocatedDataset>> locator) {
        this.service = service;
        this.locator = locator;
        List<DatasetId> found = new ArrayList<>();
        for (DatasetId id : List.of(DatasetId.MNIST_MINI, DatasetId.MNIST, DatasetId.FASHION_MNIST)) {
            if (locator.apply(id).isPresent()) {
                found.add(id);
            }
        }
        datasets = List.copyOf(found);
        hidden = NumberInput.integer("50", 1, () -> numerical() ? NUMERICAL_MAX_HIDDEN : MAX_HIDDEN,
                "ch04.input.between");
        learningRate = NumberInput.positive("0.1", Double.MAX_VALUE, "ch04.input.positive");
        trainImages = NumberInput.integer(Integer.toString(trainCount()), 1, this::maxTrainImages,
                "ch04.training.imagesRange");
        batch = NumberInput.integer("100", 1, this::maxBatch, "ch04.training.batchRange");
        iterations = NumberInput.integer("10000", 1,
                () -> numerical() ? NUMERICAL_MAX_ITERATIONS : MAX_ITERATIONS, "ch04.input.between");
        weightStd = NumberInput.positive("0.01", MAX_WEIGHT_STD, "ch04.input.positiveUpTo");
        seed = NumberInput.integer("1", 0, () -> MAX_SEED, "ch04.input.between");

        trainImages.textProperty().addListener(obs -> batch.revalidate());
        dataset.addListener((obs, old, now) -> {
            if (now == null || !datasets.contains(now)) {
                dataset.set(old);
                return;
            }
            trainImages.setValue(Math.min(trainCount(), maxTrainImages()));
            revalidateAll();
        });
        mode.addListener(obs -> revalidateAll());
        for (NumberInput input : inputs()) {
            input.textProperty().addListener(obs -> updateCost());
        }
        mode.addListener(obs -> updateCost());
        continueTraining.addListener(obs -> updateCost());
        network.addListener(obs -> {
            if (network.get() == null) {
                continueTraining.set(false);
            }
        });
        updateCost();
    }

    // ---------------------------------------------------------------- settings

    List<DatasetId> datasets() {
        return datasets;
    }

    ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    ObjectProperty<GradientMode> modeProperty() {
        return mode;
    }

    /** Train the current network further instead of a new one (its hidden size then applies). */
    BooleanProperty continueTrainingProperty() {
        return continueTraining;
    }

    NumberInput hidden() {
        return hidden;
    }

    NumberInput learningRate() {
        return learningRate;
    }

    NumberInput batch() {
        return batch;
    }

    NumberInput iterations() {
        return iterations;
    }

    NumberInput weightStd() {
        return weightStd;
    }

    NumberInput trainImages() {
        return trainImages;
    }

    NumberInput seed() {
        return seed;
    }

    List<NumberInput> inputs() {
        return List.of(hidden, learningRate, batch, iterations, weightStd, trainImages, seed);
    }

    private boolean numerical() {
        return mode.get() == GradientMode.NUMERICAL;
    }

    /** Training images in the chosen data set (known without loading it). */
    int trainCount() {
        return dataset.get().trainCount();
    }

    private double maxTrainImages() {
        return numerical() ? Math.min(NUMERICAL_MAX_IMAGES, trainCount()) : trainCount();
    }

    /** A batch may not exceed the training images chosen (nor 20 with numerical gradients). */
    private double maxBatch() {
        double images = trainImages.isValid() ? trainImages.value() : maxTrainImages();
        return Math.min(images, numerical() ? NUMERICAL_MAX_BATCH : MAX_BATCH);
    }

    private void revalidateAll() {
        inputs().forEach(NumberInput::revalidate);
        batch.revalidate();
        updateCost();
    }

    /** The book's run: hidden 50, η 0.1, batch 100, 10,000 iterations, std 0.01, every image, backprop. */
    void useBookSettings() {
        mode.set(GradientMode.BACKPROP);
        continueTraining.set(false);
        trainImages.setValue(trainCount());
        hidden.setValue(50);
        learningRate.setValue(0.1);
        batch.setValue(100);
        iterations.setValue(10_000);
        weightStd.setValue(0.01);
    }

    /** The same for a minute or less: 1,000 iterations. */
    void useQuickSettings() {
        useBookSettings();
        iterations.setValue(1_000);
    }

    /**
     * A numerical-gradient run small enough to finish: hidden 5, batch 10, 500 images, 30 iterations,
     * with η 1 so that the loss moves in so few steps.
     */
    void useNumericalSettings() {
        continueTraining.set(false);
        mode.set(GradientMode.NUMERICAL);
        hidden.setValue(5);
        trainImages.setValue(500);
        batch.setValue(10);
        iterations.setValue(30);
        learningRate.setValue(1);
        weightStd.setValue(0.01);
    }

    /** Only 300 training images for 1,500 iterations: train accuracy reaches 1, test accuracy stays near 0.8. */
    void useOverfittingSettings() {
        useBookSettings();
        trainImages.setValue(300);
        iterations.setValue(1_500);
    }

    /** A learning rate so large that the loss explodes. */
    void useExplodingSettings() {
        useQuickSettings();
        learningRate.setValue(1e9);
    }

    /** True when every setting is acceptable and no run of this lab is going on. */
    boolean isReady() {
        return inputs().stream().allMatch(NumberInput::isValid) && !running.get();
    }

    /** What one run costs, and the warning for numerical gradients. */
    ReadOnlyObjectProperty<Message> costProperty() {
        return cost.getReadOnlyProperty();
    }

    private void updateCost() {
        if (!hidden.isValid() && !continuingFromNetwork() || !batch.isValid() || !iterations.isValid()
                || !trainImages.isValid()) {
            cost.set(null);
            return;
        }
        int h = hiddenSize();
        long params = (long) Settings.INPUT_SIZE * h + h + (long) h * Settings.OUTPUT_SIZE + Settings.OUTPUT_SIZE;
        int perEpoch = Math.max(trainImages.intValue() / batch.intValue(), 1);
        String epochs = NumberText.significant((double) iterations.intValue() / perEpoch, 3);
        if (numerical()) {
            long passes = 2 * params + 1;
            String seconds = Double.isNaN(secondsPerIteration) ? "?" : NumberText.significant(secondsPerIteration, 2);
            cost.set(Message.of("ch04.training.costNumerical", params, perEpoch, epochs, passes, batch.intValue(),
                    seconds));
        } else {
            cost.set(Message.of("ch04.training.cost", params, perEpoch, epochs));
        }
    }

    private boolean continuingFromNetwork() {
        return continueTraining.get() && network.get() != null;
    }

    private int hiddenSize() {
        return continuingFromNetwork() ? hiddenSizeOf(network.get()) : hidden.intValue();
    }

    static int hiddenSizeOf(Network net) {
        return net.params().get(0).value().shape()[1];
    }

    // ---------------------------------------------------------------- running

    /** The run in the service, or null before the first. */
    ReadOnlyObjectProperty<JobHandle> jobProperty() {
        return job.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Submits a run with the current settings; false (and nothing submitted) when a setting is not acceptable. */
    boolean start() {
        if (!isReady()) {
            status.set(Message.of("ch04.training.fixSettings"));
            return false;
        }
        Network startFrom = continuingFromNetwork() ? network.get() : null;
        Settings settings = new Settings(dataset.get(), startFrom != null ? hiddenSizeOf(startFrom) : hidden.intValue(),
                learningRate.value(), batch.intValue(), iterations.intValue(), weightStd.value(),
                trainImages.intValue(), (long) seed.value(), mode.get());
        clearRecords();
        current = new TwoLayerNetTrainingJob(settings, this::load, startFrom);
        lastSettings = settings;
        startNanos = System.nanoTime();
        JobHandle handle = service.submit(current);
        TwoLayerNetTrainingJob submitted = current;
        handle.addProgressListener(batch -> record(submitted, batch));
        handle.stateProperty().addListener((obs, old, now) -> {
            if (now.isFinished()) {
                finished(submitted, handle);
            }
        });
        running.set(true);
        status.set(Message.of("ch04.training.started", settings.describe()));
        job.set(handle);
        return true;
    }

    /** Loads a data set once; called by the job on the worker thread. */
    private TrainTest load(DatasetId id) {
        return loaded.computeIfAbsent(id, key -> locator.apply(key)
                .orElseThrow(() -> new IllegalStateException(key.title() + " is not on this machine")).load());
    }

    void pauseOrResume() {
        JobHandle handle = job.get();
        if (handle == null) {
            return;
        }
        if (handle.getState() == JobState.PAUSED) {
            handle.resume();
        } else if (handle.getState() == JobState.RUNNING) {
            handle.pause();
        }
    }

    void step() {
        if (job.get() != null) {
            job.get().step();
        }
    }

    void cancel() {
        if (job.get() != null) {
            job.get().cancel();
        }
    }

    /** The running job's next loss counts as NaN (to see how a divergence is handled). */
    void simulateNaN() {
        if (current != null && running.get()) {
            current.simulateNaN();
        }
    }

    private void clearRecords() {
        losses = new double[1024];
        lossCount = 0;
        accuracies.clear();
        log.clear();
        secondsPerIteration = Double.NaN;
        recorded.set(recorded.get() + 1);
    }

    private void record(TwoLayerNetTrainingJob from, List<JobProgress> batch) {
        if (from != current) {
            return;
        }
        for (JobProgress p : batch) {
            if (!Double.isNaN(p.trainAccuracy())) {
                accuracies.add(new double[] {p.epoch() - 1, p.trainAccuracy(), p.testAccuracy()});
                log.add("train acc, test acc | " + p.trainAccuracy() + ", " + p.testAccuracy());
            } else if (p.iteration() > 0 && Double.isFinite(p.loss())) {
                if (lossCount == losses.length) {
                    losses = Arrays.copyOf(losses, losses.length * 2);
                }
                losses[lossCount++] = p.loss();
            }
        }
        if (lossCount > 0) {
            secondsPerIteration = (System.nanoTime() - startNanos) / 1e9 / lossCount;
            if (numerical()) {
                updateCost();
            }
        }
        recorded.set(recorded.get() + 1);
    }

    private void finished(TwoLayerNetTrainingJob from, JobHandle handle) {
        if (from != current) {
            return;
        }
        running.set(false);
        if (from.network() != null) {
            network.set(from.network());
        }
        TrainingHistory history = from.history();
        int done = history == null ? 0 : history.iterations();
        JobState state = handle.getState();
        if (state == JobState.SUCCEEDED) {
            status.set(Message.of("ch04.training.done", done,
                    NumberText.significant(history.finalTestAccuracy(), 4), testImages(from.settings().dataset())));
        } else if (state == JobState.CANCELLED) {
            status.set(Message.of("ch04.training.cancelled", done));
        } else if (state == JobState.DIVERGED && handle.errorProperty().get() instanceof JobDivergedException diverged) {
            status.set(diverged.explanation());
        } else {
            Throwable error = handle.errorProperty().get();
            status.set(Message.of("ch04.training.failed",
                    error == null ? state.name() : String.valueOf(error.getMessage())));
        }
        recorded.set(recorded.get() + 1);
    }

    /** Test images of a data set as loaded (counted without loading it again). */
    private int testImages(DatasetId id) {
        TrainTest sets = loaded.get(id);
        return sets == null ? id.testCount() : sets.test().size();
    }

    // ---------------------------------------------------------------- results

    /** Changes whenever new records arrived or were cleared. */
    ReadOnlyIntegerProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** The mini-batch loss of every iteration so far, in order. */
    double[] losses() {
        return Arrays.copyOf(losses, lossCount);
    }

    /** Per evaluated epoch: {epoch index from 0, train accuracy, test accuracy}. */
    List<double[]> accuracies() {
        return accuracies.stream().map(double[]::clone).toList();
    }

    /** One line per evaluated epoch, as the book's script prints it. */
    ObservableList<String> log() {
        return log;
    }

    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last trained or opened network, or null. */
    ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /**
     * Saves the current network with what is known about its training.
     *
     * @throws IllegalStateException when there is no network yet, or a run is going on
     */
    void save(Path file) throws ModelFileException {
        if (network.get() == null || running.get()) {
            throw new IllegalStateException("no finished network to save");
        }
        List<double[]> acc = accuracies();
        double accuracy = acc.isEmpty() ? Double.NaN : acc.get(acc.size() - 1)[2];
        String dataset = lastSettings == null ? "" : lastSettings.dataset().folder();
        String how = lastSettings == null ? "" : "dlfs-studio training lab: " + lastSettings.describe();
        ModelFile.save(file, ModelFile.Contents.of(network.get(), null,
                ModelFile.metadata(dataset, acc.size(), Double.isNaN(accuracy) ? 0 : accuracy, how)));
    }

    /**
     * Opens a TwoLayerNet model file (784 inputs, 10 outputs) as the current network, to continue
     * training it or save it elsewhere.
     */
    void open(Path file) throws ModelFileException {
        if (running.get()) {
            throw new IllegalStateException("a run is going on");
        }
        ModelFile.Contents contents = ModelFile.load(file);
        if (!TwoLayerNet.TYPE.equals(contents.architecture().type())) {
            throw new ModelFileException(file + " holds a " + contents.architecture().type()
                    + ", not a " + TwoLayerNet.TYPE);
        }
        Network opened = Networks.fromArchitecture(contents.architecture(), new Rng(0));
        contents.applyTo(opened.params());
        int[] w1 = opened.params().get(0).value().shape();
        int[] w2 = opened.params().get(2).value().shape();
        if (w1[0] != Settings.INPUT_SIZE || w2[1] != Settings.OUTPUT_SIZE) {
            throw new ModelFileException(file + " has " + w1[0] + " inputs and " + w2[1] + " outputs; the lab needs "
                    + Settings.INPUT_SIZE + " and " + Settings.OUTPUT_SIZE);
        }
        network.set(opened);
        hidden.setValue(hiddenSizeOf(opened));
        continueTraining.set(true);
        status.set(Message.of("ch04.training.opened", file.getFileName().toString(), hiddenSizeOf(opened),
                String.valueOf(contents.metadata().getOrDefault(ModelFile.ACCURACY, "?"))));
    }
}
