package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetId;
import dlfs.core.data.TrainTest;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Sampling;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Training the book's SimpleConvNet (7.5) with the settings of its {@code train_convnet.py}: Adam with
 * learning rate 0.001, mini-batches of 100 drawn with replacement, 1,000 images evaluated per epoch.
 * The run goes through the shared training service; the curves and the first layer's filters are
 * kept here, so both the training panel and the filter viewer show them, live, and still show them
 * after the user has looked elsewhere.
 *
 * <p>Threads: the network being trained belongs to the worker while a job runs. After every step
 * the worker copies the 30 filters into {@link #latestFilters}; the FX thread only ever reads copies.
 */
public final class SimpleConvNetTrainingViewModel extends TrainingRun {
    /** The book's reported accuracies (7.5), on full MNIST after 20 epochs. */
    public static final double BOOK_TRAIN_ACCURACY = 0.9982;
    public static final double BOOK_TEST_ACCURACY = 0.9896;
    public static final double LEARNING_RATE = 0.001;
    public static final int BATCH_SIZE = 100;
    /** {@code evaluate_sample_num_per_epoch} of the book's trainer. */
    public static final int EVALUATION_SAMPLES = 1_000;

    /** The first layer's weights (FN·C·FH·FW values) and biases at one moment, with the iteration it was taken at. */
    public record Filters(double[] weights, double[] biases, int count, int height, int width, long iteration) {
        /** Filter {@code k} as FH·FW values (first channel). */
        public double[] filter(int k) {
            int size = weights.length / count;
            double[] out = new double[height * width];
            System.arraycopy(weights, k * size, out, 0, out.length);
            return out;
        }

        static Filters of(SimpleConvNet network, long iteration) {
            double[] w = network.convolution().weight().value().data().clone();
            double[] b = network.convolution().bias().value().data().clone();
            int[] shape = network.convolution().weight().value().shape();
            return new Filters(w, b, shape[0], shape[2], shape[3], iteration);
        }
    }

    /** A finished run: where it trained, how long, and what it reached (NaN when stopped early). */
    public record Outcome(DatasetId dataset, int epochs, double trainAccuracy, double testAccuracy) {
    }

    private final TrainingService service;
    private final ReadOnlyObjectWrapper<Filters> initialFilters = new ReadOnlyObjectWrapper<>(this, "initialFilters");
    private final ReadOnlyObjectWrapper<Filters> currentFilters = new ReadOnlyObjectWrapper<>(this, "currentFilters");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final AtomicReference<Filters> latestFilters = new AtomicReference<>();
    private SimpleConvNet network;
    private int iterationsPerEpoch = 1;

    public SimpleConvNetTrainingViewModel(TrainingService service) {
        super(20);
        this.service = service;
        freshNetwork();
    }

    private void freshNetwork() {
        network = new SimpleConvNet(new Rng(seedProperty().get()));
        Filters start = Filters.of(network, 0);
        initialFilters.set(start);
        currentFilters.set(start);
    }

    /** The filters the current network started from (random, N(0, 0.01²)). */
    public ReadOnlyObjectProperty<Filters> initialFiltersProperty() {
        return initialFilters.getReadOnlyProperty();
    }

    /** The filters now: updated while training, at most as often as the service delivers progress. */
    public ReadOnlyObjectProperty<Filters> currentFiltersProperty() {
        return currentFilters.getReadOnlyProperty();
    }

    /** The last completed run, or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * The trained network, for saving or inspecting; null while a job owns it. Only call on the FX thread.
     */
    public SimpleConvNet network() {
        return monitor().isBusy() ? null : network;
    }

    /**
     * Starts a run on {@code data} with a fresh network from the seed; the curves start over.
     *
     * @throws IllegalStateException when a run is already queued or running
     */
    public JobHandle train(TrainTest data) {
        requireIdle();
        freshNetwork();
        curves().clear();
        outcome.set(null);
        TrainerConfig config = TrainerConfig.builder(network.inputDim()).epochs(epochsProperty().get()).batchSize(BATCH_SIZE)
                .sampling(Sampling.WITH_REPLACEMENT).evaluationSampleLimit(EVALUATION_SAMPLES).build();
        Trainer trainer = new Trainer(network, new Adam(LEARNING_RATE), data.train(), data.test(), config,
                new Rng(seedProperty().get()).split());
        iterationsPerEpoch = trainer.iterationsPerEpoch();
        SimpleConvNet trained = network;
        latestFilters.set(null);
        NetworkTrainingJob job = new NetworkTrainingJob(Message.of("ch07.train.jobTitle", data.train().name()), trainer,
                data.train(), data.test().size(), () -> latestFilters.set(Filters.of(trained, trainer.iterationsDone())));
        DatasetId trainedOn = datasetProperty().get();
        int plannedEpochs = epochsProperty().get();
        JobHandle handle = service.submit(job);
        Consumer<List<JobProgress>> listener = batch -> {
            curves().accept(batch, iterationsPerEpoch);
            Filters latest = latestFilters.get();
            if (latest != null && latest != currentFilters.get()) {
                currentFilters.set(latest);
            }
        };
        handle.addProgressListener(listener);
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state.isFinished()) {
                handle.removeProgressListener(listener);
                Filters latest = latestFilters.get();
                if (latest != null) {
                    currentFilters.set(latest);
                }
                if (state == JobState.SUCCEEDED) {
                    outcome.set(new Outcome(trainedOn, plannedEpochs, curves().finalTrainAccuracyProperty().get(),
                            curves().finalTestAccuracyProperty().get()));
                }
            }
        });
        monitor().watch(handle);
        return handle;
    }

    /** Replaces the network by a loaded one (File ▸ Open model); its filters become the current ones. */
    public void adopt(SimpleConvNet loaded) {
        requireIdle();
        network = loaded;
        curves().clear();
        outcome.set(null);
        currentFilters.set(Filters.of(loaded, 0));
    }
}
