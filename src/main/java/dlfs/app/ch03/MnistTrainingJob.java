package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.TrainTest;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingHistory;
import dlfs.core.train.TrainingListener;

/**
 * Trains a stand-in for the book's pretrained network when no model file is bundled: the same
 * shape, 784-50-100-10 with sigmoid hidden layers and softmax output, trained with the core
 * {@link Trainer} with Adam in batches of 100, as the command line makes the bundled file, but with
 * a larger learning rate and fewer epochs so that it takes seconds: on the 8,000 images of the
 * bundled mini MNIST this reaches about 0.93 on its test set.
 */
final class MnistTrainingJob implements TrainingJob {
    static final int[] HIDDEN = {50, 100};
    static final int EPOCHS = 20;
    static final double LEARNING_RATE = 0.003;
    /** Samples measured after each epoch; the full test set is measured once at the end. */
    static final int EVALUATION_SAMPLES = 1000;

    private final TrainTest data;
    private final int epochs;
    private final long seed;
    private volatile Network network;
    private volatile double testAccuracy = Double.NaN;

    MnistTrainingJob(TrainTest data, int epochs, long seed) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        this.data = data;
        this.epochs = epochs;
        this.seed = seed;
    }

    @Override
    public Message title() {
        return Message.of("ch03.mnist.job.train", epochs);
    }

    @Override
    public void run(JobContext context) {
        Rng rng = new Rng(seed);
        Network net = new MultiLayerNetExtend(data.train().imageSize(), HIDDEN, data.train().classes(),
                Activation.SIGMOID, WeightInit.parse("xavier"), WeightDecay.NONE, false, false, 0, rng.split());
        TrainerConfig config = TrainerConfig.builder(data.train().imageSize()).epochs(epochs).batchSize(100)
                .evaluationSampleLimit(EVALUATION_SAMPLES).build();
        Trainer trainer = new Trainer(net, new Adam(LEARNING_RATE), data.train(), data.test(), config, rng.split());
        double[] accuracies = {Double.NaN, Double.NaN};
        trainer.addListener(new TrainingListener() {
            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                accuracies[0] = trainAccuracy;
                accuracies[1] = testAccuracy;
            }
        });
        boolean more = true;
        while (more) {
            context.checkpoint();
            more = trainer.step();
            TrainingHistory history = trainer.history();
            if (history.outcome() == TrainingHistory.Outcome.DIVERGED) {
                throw new JobDivergedException(Message.of("ch03.mnist.job.diverged", history.divergedAt()));
            }
            int done = history.iterations();
            if (done > 0) {
                context.publish(new JobProgress(done, trainer.totalIterations(), done / trainer.iterationsPerEpoch(),
                        history.loss(done - 1), accuracies[0], accuracies[1], null));
            }
        }
        testAccuracy = trainer.history().finalTestAccuracy();
        network = net;
    }

    /** The trained network, once the job has succeeded. */
    Network network() {
        return network;
    }

    /** Accuracy on the whole test set at the end. */
    double testAccuracy() {
        return testAccuracy;
    }

    int epochs() {
        return epochs;
    }
}
