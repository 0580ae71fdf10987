package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Dropout;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import dlfs.core.train.LockstepTraining;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The overfitting lab (6.4): a 7-layer ReLU network (6 hidden layers of 100) learns only 300 MNIST
 * images with plain SGD, so it soon knows them by heart while the test accuracy stays behind. The
 * same network with weight decay (L2, L1) and dropout trains beside an unregularised twin on the
 * same batches; after each epoch both are measured on all their training images and the test set.
 */
final class OverfittingViewModel {
    static final int BOOK_TRAINING_SIZE = 300;
    static final int BOOK_EPOCHS = 201;
    static final int HIDDEN_LAYERS = 6;
    static final int BATCH = 100;
    static final double LEARNING_RATE = 0.01;
    static final double BOOK_LAMBDA = 0.1;
    /** The figure's caption; the companion code uses 0.2. */
    static final double BOOK_DROPOUT = 0.15;
    static final String REGULARISED = "ch06.overfit.regularised";
    static final String BASELINE = "ch06.overfit.baseline";
    /** Weight histograms span [−RANGE, RANGE]. */
    static final double WEIGHT_RANGE = 0.5;
    static final int WEIGHT_BINS = 40;

    /** The latest look inside the regularised network, taken on the training thread. */
    record Inside(int iteration, boolean[][] keptUnits, long[] regularisedWeights, long[] baselineWeights,
                  double regularisedZeroShare) {
    }

    private final IntegerProperty trainingSize = new SimpleIntegerProperty(this, "trainingSize", BOOK_TRAINING_SIZE);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", BOOK_EPOCHS);
    private final BooleanProperty l2 = new SimpleBooleanProperty(this, "l2", true);
    private final DoubleProperty l2Lambda = new SimpleDoubleProperty(this, "l2Lambda", BOOK_LAMBDA);
    private final BooleanProperty l1 = new SimpleBooleanProperty(this, "l1");
    private final DoubleProperty l1Lambda = new SimpleDoubleProperty(this, "l1Lambda", 0.001);
    private final BooleanProperty dropout = new SimpleBooleanProperty(this, "dropout");
    private final DoubleProperty dropoutRatio = new SimpleDoubleProperty(this, "dropoutRatio", BOOK_DROPOUT);
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare", true);
    private final LockstepRun run = new LockstepRun();
    private final ReadOnlyObjectWrapper<Inside> inside = new ReadOnlyObjectWrapper<>(this, "inside");
    private volatile Inside latestInside;
    private int testLimit = TrainerConfig.ALL;

    OverfittingViewModel() {
        run.snapshotProperty().addListener(obs -> inside.set(latestInside));
    }

    /** Measures only the first {@code limit} test images each epoch (tests keep runs short). */
    void setTestLimit(int limit) {
        testLimit = limit;
    }

    /** True when at least one regulariser is ticked. */
    boolean regularised() {
        return l2.get() || l1.get() || dropout.get();
    }

    LockstepJob createJob() {
        int size = trainingSize.get();
        int perEpoch = Math.max(1, size / BATCH);
        boolean withRegulariser = regularised();
        boolean withBaseline = compare.get() || !withRegulariser;
        WeightDecay decay = new WeightDecay(l2.get() ? l2Lambda.get() : 0, l1.get() ? l1Lambda.get() : 0);
        boolean drop = dropout.get();
        double ratio = dropoutRatio.get();
        LockstepJob.Plan plan = new LockstepJob.Plan(epochs.get() * perEpoch, BATCH, perEpoch, size, testLimit, false, 11);
        int[] hidden = new int[HIDDEN_LAYERS];
        Arrays.fill(hidden, 100);
        latestInside = null;
        return new LockstepJob(Message.of("ch06.overfit.job"), plan,
                data -> data.train().slice(0, Math.min(size, data.train().size())), rng -> {
                    long seed = rng.nextInt(Integer.MAX_VALUE);
                    List<Contender> contenders = new ArrayList<>();
                    if (withRegulariser) {
                        contenders.add(new Contender(REGULARISED, new MultiLayerNetExtend(784, hidden, 10,
                                Activation.RELU, WeightInit.he(), decay, false, drop, ratio, new Rng(seed)),
                                new Sgd(LEARNING_RATE)));
                    }
                    if (withBaseline) {
                        contenders.add(new Contender(BASELINE, new MultiLayerNetExtend(784, hidden, 10, Activation.RELU,
                                WeightInit.he(), WeightDecay.NONE, false, false, 0, new Rng(seed)), new Sgd(LEARNING_RATE)));
                    }
                    return contenders;
                }, this::lookInside);
    }

    /** Training thread: the dropout masks of the first image of the batch, and both networks' weights. */
    private void lookInside(LockstepTraining training, int iteration) {
        Network first = training.contenders().get(0).network();
        Network last = training.contenders().get(training.contenders().size() - 1).network();
        List<boolean[]> kept = new ArrayList<>();
        for (Layer layer : first.layers()) {
            if (layer instanceof Dropout d && d.keepMask() != null) {
                int units = d.keepMask().length / BATCH;
                kept.add(Arrays.copyOf(d.keepMask(), units));
            }
        }
        latestInside = new Inside(iteration, kept.toArray(new boolean[0][]), weightHistogram(first),
                weightHistogram(last), zeroShare(first));
    }

    private static long[] weightHistogram(Network net) {
        long[] counts = new long[WEIGHT_BINS];
        double width = 2 * WEIGHT_RANGE / WEIGHT_BINS;
        for (Param p : net.params()) {
            if (p.decays()) {
                for (double w : p.value().data()) {
                    if (w >= -WEIGHT_RANGE && w <= WEIGHT_RANGE) {
                        counts[Math.min(WEIGHT_BINS - 1, (int) ((w + WEIGHT_RANGE) / width))]++;
                    }
                }
            }
        }
        return counts;
    }

    /** Share of weights within 10⁻⁴ of zero: L1 pushes many of them there. */
    private static double zeroShare(Network net) {
        long near = 0;
        long total = 0;
        for (Param p : net.params()) {
            if (p.decays()) {
                for (double w : p.value().data()) {
                    near += Math.abs(w) < 1e-4 ? 1 : 0;
                    total++;
                }
            }
        }
        return total == 0 ? 0 : (double) near / total;
    }

    void start(TrainingService service) {
        run.start(service, createJob());
    }

    /** The book's setting: 300 images, 201 epochs, L2 with λ = 0.1, no dropout, compared with the plain network. */
    void bookSettings() {
        trainingSize.set(BOOK_TRAINING_SIZE);
        epochs.set(BOOK_EPOCHS);
        l2.set(true);
        l2Lambda.set(BOOK_LAMBDA);
        l1.set(false);
        dropout.set(false);
        dropoutRatio.set(BOOK_DROPOUT);
        compare.set(true);
    }

    LockstepRun run() {
        return run;
    }

    ReadOnlyObjectProperty<Inside> insideProperty() {
        return inside.getReadOnlyProperty();
    }

    IntegerProperty trainingSizeProperty() {
        return trainingSize;
    }

    IntegerProperty epochsProperty() {
        return epochs;
    }

    BooleanProperty l2Property() {
        return l2;
    }

    DoubleProperty l2LambdaProperty() {
        return l2Lambda;
    }

    BooleanProperty l1Property() {
        return l1;
    }

    DoubleProperty l1LambdaProperty() {
        return l1Lambda;
    }

    BooleanProperty dropoutProperty() {
        return dropout;
    }

    DoubleProperty dropoutRatioProperty() {
        return dropoutRatio;
    }

    BooleanProperty compareProperty() {
        return compare;
    }
}
