package dlfs.app.playground;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.data.UserDigits;
import dlfs.core.metrics.Evaluator;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingHistory;
import java.util.function.Supplier;

/**
 * The playground's two trainings, run by the shared training service:
 * <ul>
 *   <li><b>quick training</b> of a model whose pretrained file is not shipped: a fresh network,
 *       Adam (learning rate 0.001) on the MNIST training set for a few hundred mini-batches;</li>
 *   <li><b>fine-tuning</b> a copy of the current model on the user's digits, mixed with ordinary
 *       training digits so that it adapts to one handwriting without forgetting the others
 *       (a smaller learning rate, 3·10⁻⁴, nudges rather than retrains). Accuracy on the user's
 *       digits and on test digits is measured before and after.</li>
 * </ul>
 * The network the job trains is never the one the panel predicts with; the panel takes over the
 * trained copy when the job has succeeded ({@link #result()}).
 */
final class DigitTrainingJob implements TrainingJob {
    /** The trained network, its test accuracy, and a line about how it was made and how well it does. */
    record Result(Network network, double testAccuracy, Message summary) {
    }

    /** Mini-batches of a fine-tuning. */
    static final int FINE_TUNE_ITERATIONS = 150;
    static final int FINE_TUNE_BATCH_SIZE = 50;
    static final double FINE_TUNE_LEARNING_RATE = 3e-4;
    /** Ordinary training digits in the fine-tuning mix. */
    static final int FINE_TUNE_BASE_DIGITS = 1000;
    /** About how many samples of the mix are the user's digits (each is repeated to reach it). */
    static final int FINE_TUNE_USER_SAMPLES = 500;
    /** Test digits measured before and after fine-tuning. */
    static final int FINE_TUNE_TEST_DIGITS = 1000;
    private static final double QUICK_LEARNING_RATE = 0.001;
    private static final int EVALUATION_SAMPLES = 500;

    @FunctionalInterface
    private interface Work {
        Result run(JobContext context) throws Exception;
    }

    private final Message title;
    private final Work work;
    private volatile Result result;

    private DigitTrainingJob(Message title, Work work) {
        this.title = title;
        this.work = work;
    }

    /** Trains a fresh network of {@code kind} on the MNIST training set (loaded by {@code data} in the job). */
    static DigitTrainingJob quick(DigitModelKind kind, Supplier<TrainTest> data, long seed) {
        return new DigitTrainingJob(Message.of("playground.job.quick", kind.networkType()), context -> {
            TrainTest mnist = data.get();
            Rng rng = new Rng(seed);
            Network network = kind.create(rng);
            TrainerConfig config = TrainerConfig.builder(Networks.sampleShape(network))
                    .iterations(kind.quickIterations()).batchSize(kind.quickBatchSize())
                    .evaluationSampleLimit(EVALUATION_SAMPLES).build();
            Trainer trainer = new Trainer(network, new Adam(QUICK_LEARNING_RATE), mnist.train(), mnist.test(), config,
                    rng.split());
            train(context, trainer);
            double accuracy = trainer.history().finalTestAccuracy();
            return new Result(network, accuracy, Message.of("playground.model.trained", kind.quickIterations(),
                    mnist.train().name(), Networks.parameterCount(network), Texts.percent(accuracy)));
        });
    }

    /** Fine-tunes a copy of {@code base} on the user's digits mixed with training digits. */
    static DigitTrainingJob fineTune(Network base, ImageDataset userDigits, Supplier<TrainTest> data, long seed) {
        if (userDigits.size() == 0) {
            throw new IllegalArgumentException("fine-tuning needs at least one user digit");
        }
        return new DigitTrainingJob(Message.of("playground.job.fineTune", base.architecture().type()), context -> {
            TrainTest mnist = data.get();
            Rng rng = new Rng(seed);
            Network network = copyOf(base, rng);
            int[] shape = Networks.sampleShape(network);
            Evaluator evaluator = new Evaluator(shape, true);
            ImageDataset testDigits = mnist.test().slice(0, Math.min(FINE_TUNE_TEST_DIGITS, mnist.test().size()));
            double userBefore = evaluator.accuracy(network, userDigits, TrainerConfig.ALL);
            double testBefore = evaluator.accuracy(network, testDigits, TrainerConfig.ALL);

            int repeats = Math.max(1, Math.round((float) FINE_TUNE_USER_SAMPLES / userDigits.size()));
            ImageDataset mix = UserDigits.mix(userDigits, repeats, mnist.train(), FINE_TUNE_BASE_DIGITS, rng);
            TrainerConfig config = TrainerConfig.builder(shape).iterations(FINE_TUNE_ITERATIONS)
                    .batchSize(FINE_TUNE_BATCH_SIZE).evaluationSampleLimit(0).build();
            train(context, new Trainer(network, new Adam(FINE_TUNE_LEARNING_RATE), mix, null, config, rng.split()));

            double userAfter = evaluator.accuracy(network, userDigits, TrainerConfig.ALL);
            double testAfter = evaluator.accuracy(network, testDigits, TrainerConfig.ALL);
            return new Result(network, testAfter, Message.of("playground.finetune.done", userDigits.size(),
                    Texts.percent(userBefore), Texts.percent(userAfter), testDigits.size(), Texts.percent(testBefore),
                    Texts.percent(testAfter)));
        });
    }

    /** A network of the same architecture holding the same parameter values. */
    static Network copyOf(Network source, Rng rng) {
        Network copy = Networks.fromArchitecture(source.architecture(), rng);
        for (int i = 0; i < source.params().size(); i++) {
            copy.params().get(i).value().copyFrom(source.params().get(i).value());
        }
        return copy;
    }

    /** Steps the trainer, meeting the service at a checkpoint before every step and reporting after it. */
    private static void train(JobContext context, Trainer trainer) {
        boolean more = true;
        while (more) {
            context.checkpoint();
            more = trainer.step();
            TrainingHistory history = trainer.history();
            if (history.iterations() > 0) {
                int done = history.iterations();
                context.publish(new JobProgress(done, trainer.totalIterations(),
                        (done - 1) / trainer.iterationsPerEpoch() + 1, history.loss(done - 1),
                        history.lastTrainAccuracy(), history.lastTestAccuracy(), null));
            }
        }
        if (trainer.outcome() == TrainingHistory.Outcome.DIVERGED) {
            throw new JobDivergedException(Message.of("playground.job.diverged"));
        }
    }

    @Override
    public Message title() {
        return title;
    }

    @Override
    public void run(JobContext context) throws Exception {
        result = work.run(context);
    }

    /** The trained network once the job has succeeded, else null. */
    Result result() {
        return result;
    }
}
