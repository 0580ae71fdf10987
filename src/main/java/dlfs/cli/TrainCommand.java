package dlfs.cli;

import dlfs.core.data.TrainTest;
import dlfs.core.io.ModelFile;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.optimizer.LearningRateSchedule;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.optimizer.Optimizers;
import dlfs.core.random.Rng;
import dlfs.core.train.BatchAugmenter;
import dlfs.core.train.RandomShift;
import dlfs.core.train.Sampling;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingHistory;
import dlfs.core.train.TrainingListener;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dlfs train}: trains one of the book's networks and optionally saves it. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network on MNIST-format data and print per-epoch accuracy.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "two-layer, multi-layer, simple-convnet or deep-convnet")
    String model;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam (default: the book's choice for the model)")
    String optimizer;

    @Option(names = "--lr", paramLabel = "RATE", description = "learning rate (default: the book's for the model)")
    Double learningRate;

    @Option(names = "--epochs", defaultValue = "20", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "100", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--hidden", split = ",", paramLabel = "N[,N…]", description = "hidden layer sizes of two-layer / multi-layer")
    int[] hidden;

    @Option(names = "--activation", description = "relu, sigmoid, tanh, leaky_relu or hard_tanh (dense models)")
    String activation;

    @Option(names = "--weight-init", description = "he, xavier or a standard deviation such as 0.01 (multi-layer)")
    String weightInit;

    @Option(names = "--weight-decay", defaultValue = "0", description = "L2 weight decay λ (multi-layer)")
    double weightDecay;

    @Option(names = "--dropout", defaultValue = "0", description = "dropout ratio (multi-layer)")
    double dropout;

    @Option(names = "--batch-norm", description = "insert Batch Normalization (multi-layer)")
    boolean batchNorm;

    @Option(names = "--shuffle", description = "draw each epoch as a shuffled pass instead of the book's sampling with replacement")
    boolean shuffle;

    @Option(names = "--eval-samples", defaultValue = "2000",
            description = "images evaluated per epoch on each set, 0 = all (default: ${DEFAULT-VALUE})")
    int evalSamples;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--save", paramLabel = "FILE", description = "save the trained model (.npz, readable with numpy.load)")
    Path save;

    @Option(names = "--lr-decay", defaultValue = "1", paramLabel = "FACTOR",
            description = "multiply the learning rate by FACTOR after every epoch (default: ${DEFAULT-VALUE}, no decay, as the book)")
    double lrDecay;

    @Option(names = "--augment", paramLabel = "PIXELS", defaultValue = "0",
            description = "shift each training image by up to PIXELS in each direction at random (data augmentation; default: ${DEFAULT-VALUE}, none, as the book)")
    int augment;

    @Option(names = "--weights-only", description = "save without the optimizer state (a smaller file that cannot resume training exactly)")
    boolean weightsOnly;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        Validation.positive("--epochs", epochs);
        Validation.positive("--batch", batch);
        threads.apply();
        TrainTest sets = data.load();
        if (batch > sets.train().size()) {
            throw new IllegalArgumentException("--batch " + batch + " is larger than the " + sets.train().size() + " training images");
        }
        Rng rng = new Rng(seed);
        Network network = ModelCatalog.create(model, new ModelCatalog.Settings(hidden, activation, weightInit,
                weightDecay, dropout, batchNorm, sets.train().imageSize(), sets.train().classes()), rng);
        String optimizerName = optimizer == null ? ModelCatalog.defaultOptimizer(model) : optimizer;
        double lr = learningRate == null ? ModelCatalog.defaultLearningRate(model) : learningRate;
        Optimizer opt = Optimizers.create(optimizerName, lr);
        if (!(lrDecay > 0 && lrDecay <= 1)) {
            throw new IllegalArgumentException("--lr-decay must be in (0, 1], got " + lrDecay);
        }

        int limit = evalSamples == 0 ? TrainerConfig.ALL : evalSamples;
        TrainerConfig config = TrainerConfig.builder(Networks.sampleShape(network)).epochs(epochs).batchSize(batch)
                .sampling(shuffle ? Sampling.WITHOUT_REPLACEMENT : Sampling.WITH_REPLACEMENT)
                .evaluationSampleLimit(limit)
                .augmenter(augment > 0 ? new RandomShift(augment) : BatchAugmenter.NONE).build();
        Trainer trainer = new Trainer(network, opt, sets.train(), sets.test(), config, rng.split());
        if (lrDecay < 1) {
            opt.setSchedule(LearningRateSchedule.stepDecay(lrDecay, trainer.iterationsPerEpoch()));
        }
        System.out.printf(Locale.ROOT, "%s (%,d parameters), %s lr %s, %d epochs × %d iterations, batch %d, on %s (%d train / %d test)%n",
                network.architecture().type(), Networks.parameterCount(network), opt.name(), lr, epochs,
                trainer.iterationsPerEpoch(), batch, sets.train().name(), sets.train().size(), sets.test().size());

        ProgressBar bar = new ProgressBar(System.err, "train", trainer.totalIterations());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                bar.update(iteration + 1, String.format(Locale.ROOT, "loss %.4f", loss));
            }

            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                bar.finish();
                System.out.printf(Locale.ROOT, "epoch %d train_acc=%.4f test_acc=%.4f%n", epoch, trainAccuracy, testAccuracy);
            }

            @Override
            public void onDiverged(int iteration, double loss) {
                bar.finish();
                System.err.printf(Locale.ROOT, "error: training diverged at iteration %d (loss %s); the weights from before that step are kept. Try a smaller --lr.%n",
                        iteration, loss);
            }
        });
        long start = System.nanoTime();
        TrainingHistory history = trainer.run();
        bar.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "finished: %s in %.1f s (%.2f ms/iter); final test accuracy %.4f on %d images%n",
                history.outcome().toString().toLowerCase(Locale.ROOT), seconds, 1000 * seconds / Math.max(1, history.iterations()),
                history.finalTestAccuracy(), sets.test().size());
        if (save != null) {
            ModelFile.save(save, ModelFile.Contents.of(network, weightsOnly ? null : OptimizerStates.of(opt),
                    ModelFile.metadata(sets.train().name(), epochs, history.finalTestAccuracy(), CommandLines.current("train"))));
            System.out.println("saved " + save);
        }
        return history.outcome() == TrainingHistory.Outcome.DIVERGED ? 3 : 0;
    }
}
