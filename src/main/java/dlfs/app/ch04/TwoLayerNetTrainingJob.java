package dlfs.app.ch04;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.DatasetId;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.gradient.NumericalGradientNetwork;
import dlfs.core.layer.Activation;
import dlfs.core.network.Network;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.DivergenceGuard;
import dlfs.core.train.Sampling;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingHistory;
import dlfs.core.train.TrainingListener;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The book's 4.5 training run as a job of the shared service: TwoLayerNet (sigmoid hidden layer)
 * trained by SGD on random mini-batches drawn with replacement, train and test accuracy once per
 * epoch. Between iterations it meets the service's checkpoint, so pause, single-step and cancel
 * work from the status bar; the core {@link Trainer} runs one iteration per {@code step()}.
 *
 * <p>A loss that becomes NaN, infinite or more than {@value DivergenceGuard#DEFAULT_GROWTH_LIMIT}
 * times the first one stops the run as diverged, with the last good weights put back
 * ({@link DivergenceGuard}). {@link #simulateNaN()} makes the next loss count as NaN, to see that
 * happen without waiting for a real overflow.
 */
final class TwoLayerNetTrainingJob implements TrainingJob {
    /** How the gradient of each iteration is computed. */
    enum GradientMode {
        /** Backpropagation (the book's "fast version", chapter 5). */
        BACKPROP,
        /** Central differences for every weight: two forward passes per parameter (4.5.1). */
        NUMERICAL
    }

    /** Everything that defines a run. */
    record Settings(DatasetId dataset, int hiddenSize, double learningRate, int batchSize, int iterations,
                    double weightInitStd, int trainImages, long seed, GradientMode mode) {
        static final int INPUT_SIZE = 784;
        static final int OUTPUT_SIZE = 10;

        /** The book's summary of the run, for the model file: "784-50-10, lr 0.1, batch 100, 10000 iterations". */
        String describe() {
            return INPUT_SIZE + "-" + hiddenSize + "-" + OUTPUT_SIZE + ", lr " + NumberText.plain(learningRate)
                    + ", batch " + batchSize + ", " + iterations + " iterations, " + trainImages + " images, "
                    + mode.name().toLowerCase(java.util.Locale.ROOT) + " gradient, seed " + seed;
        }
    }

    private final Settings settings;
    private final Function<DatasetId, TrainTest> data;
    private final Network startFrom;
    private final AtomicBoolean nanRequested = new AtomicBoolean();
    private volatile Network network;
    private volatile TrainingHistory history;
    private double lastLoss = Double.NaN;

    /**
     * @param data      loads (and caches) a data set; called on the worker thread
     * @param startFrom weights to continue training, or null for a new network from the seed
     */
    TwoLayerNetTrainingJob(Settings settings, Function<DatasetId, TrainTest> data, Network startFrom) {
        this.settings = settings;
        this.data = data;
        this.startFrom = startFrom;
    }

    @Override
    public Message title() {
        return Message.of("ch04.training.jobTitle", settings.hiddenSize(), NumberText.plain(settings.learningRate()));
    }

    Settings settings() {
        return settings;
    }

    /** The network being trained; null until the run has built it. Read its weights only once the job ended. */
    Network network() {
        return network;
    }

    /** What the trainer recorded, once the run has ended; null before. */
    TrainingHistory history() {
        return history;
    }

    /** The next iteration's loss counts as NaN (a stand-in for an overflow). */
    void simulateNaN() {
        nanRequested.set(true);
    }

    @Override
    public void run(JobContext context) {
        context.publish(new JobProgress(0, settings.iterations(), 0, Double.NaN, Double.NaN, Double.NaN,
                Message.of("ch04.training.loading", settings.dataset().title())));
        TrainTest sets = data.apply(settings.dataset());
        ImageDataset train = settings.trainImages() < sets.train().size()
                ? sets.train().slice(0, settings.trainImages()) : sets.train();
        Rng rng = new Rng(settings.seed());
        Network net = startFrom != null ? startFrom
                : new TwoLayerNet(Settings.INPUT_SIZE, settings.hiddenSize(), Settings.OUTPUT_SIZE,
                        settings.weightInitStd(), Activation.SIGMOID, rng);
        network = net;
        Network trained = settings.mode() == GradientMode.NUMERICAL ? new NumericalGradientNetwork(net) : net;
        TrainerConfig config = TrainerConfig.builder(Settings.INPUT_SIZE).iterations(settings.iterations())
                .batchSize(settings.batchSize()).sampling(Sampling.WITH_REPLACEMENT).build();
        Trainer trainer = new Trainer(trained, new Sgd(settings.learningRate()), train, sets.test(), config, rng.split());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                lastLoss = loss;
                context.publish(JobProgress.of(iteration + 1L, settings.iterations(), epoch, loss));
            }

            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                context.publish(new JobProgress(trainer.iterationsDone(), settings.iterations(), epoch, lastLoss,
                        trainAccuracy, testAccuracy, Message.of("ch04.training.epochLine",
                        NumberText.significant(trainAccuracy, 4), NumberText.significant(testAccuracy, 4))));
            }

            @Override
            public void onDiverged(int iteration, double loss) {
                lastLoss = loss;
            }
        });
        DivergenceGuard guard = new DivergenceGuard(net.params(), DivergenceGuard.DEFAULT_GROWTH_LIMIT);
        try {
            boolean more = true;
            while (more) {
                context.checkpoint();
                guard.beforeStep();
                more = trainer.step();
                double loss = nanRequested.getAndSet(false) ? Double.NaN : lastLoss;
                if (!guard.accept(loss)) {
                    throw diverged(guard, loss);
                }
            }
        } finally {
            history = trainer.history();
        }
    }

    private static JobDivergedException diverged(DivergenceGuard guard, double loss) {
        if (!Double.isFinite(loss)) {
            return new JobDivergedException(Message.of("ch04.training.divergedNaN", guard.divergedAt(),
                    Math.max(0, guard.divergedAt() - 1)));
        }
        return new JobDivergedException(Message.of("ch04.training.divergedExploded", guard.divergedAt(),
                NumberText.significant(loss, 4), NumberText.significant(guard.limit(), 4),
                Math.max(0, guard.divergedAt() - 1)));
    }
}
