package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.data.TrainTest;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The MNIST optimizer race of 6.1.8: the book's 5-layer network (4 hidden layers of 100 ReLU units,
 * He initial weights) once per optimizer, all learning from the same mini-batches of 128 for 2,000
 * iterations. Every network starts from the same initial weights, so only the update rule differs.
 */
final class OptimizerRaceViewModel {
    static final int BOOK_ITERATIONS = 2000;
    static final int BOOK_BATCH = 128;
    static final int[] HIDDEN = {100, 100, 100, 100};
    static final long SEED = 2016;

    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", BOOK_ITERATIONS);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", BOOK_BATCH);
    private final List<OptimizerSettings> settings = new ArrayList<>();
    private final LockstepRun run = new LockstepRun();

    OptimizerRaceViewModel() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            settings.add(new OptimizerSettings(kind, kind.mnistLearningRate()));
        }
    }

    /** The book's setting: 2,000 iterations of 128, the companion code's learning rates, every optimizer. */
    void bookSettings() {
        iterations.set(BOOK_ITERATIONS);
        batchSize.set(BOOK_BATCH);
        for (OptimizerSettings s : settings) {
            s.enabledProperty().set(true);
            s.learningRateProperty().set(s.kind().mnistLearningRate());
            s.resetCoefficients();
        }
    }

    /** The job for the current settings; null when no optimizer is ticked. */
    LockstepJob createJob() {
        List<OptimizerSettings> chosen = settings.stream().filter(s -> s.enabledProperty().get()).toList();
        if (chosen.isEmpty()) {
            return null;
        }
        LockstepJob.Plan plan = new LockstepJob.Plan(iterations.get(), batchSize.get(), 0, 0, 0, true, SEED);
        return new LockstepJob(Message.of("ch06.race.job"), plan, TrainTest::train, rng -> {
            List<Contender> contenders = new ArrayList<>();
            long weightSeed = rng.nextInt(Integer.MAX_VALUE);
            for (OptimizerSettings s : chosen) {
                MultiLayerNet net = new MultiLayerNet(784, HIDDEN, 10, Activation.RELU, WeightInit.he(), WeightDecay.NONE,
                        new Rng(weightSeed));
                contenders.add(new Contender(s.kind().nameKey(), net, s.create()));
            }
            return contenders;
        }, null);
    }

    /** Starts the race; false when no optimizer is ticked. */
    boolean start(TrainingService service) {
        LockstepJob job = createJob();
        if (job == null) {
            return false;
        }
        run.start(service, job);
        return true;
    }

    LockstepRun run() {
        return run;
    }

    IntegerProperty iterationsProperty() {
        return iterations;
    }

    IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    List<OptimizerSettings> settings() {
        return settings;
    }

    OptimizerSettings settings(OptimizerKind kind) {
        return settings.get(kind.ordinal());
    }
}
