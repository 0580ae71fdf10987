package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.BatchNormalization;
import dlfs.core.layer.Param;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import dlfs.core.train.LockstepTraining.Contender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Batch Normalization panel (6.3): one mini-batch pushed through the core's Batch Norm layer
 * step by step (μ, σ², x̂, then γx̂ + β), and the book's experiment of 16 initial scales from 1 to
 * 10⁻⁴, each trained with and without Batch Norm on 1,000 images, as one lockstep job.
 */
final class BatchNormViewModel {
    /** The steps of (6.7) and (6.8): the mean, the variance, the normalised values, the scaled and shifted output. */
    static final int STEPS = 4;
    static final int MAX_BATCH = 32;
    /** The companion code's grid: {@code np.logspace(0, -4, num=16)}. */
    static final double[] BOOK_SCALES = logspace(0, -4, 16);
    static final int BOOK_EPOCHS = 20;
    static final int BOOK_TRAINING_SIZE = 1000;
    static final int BATCH = 100;
    static final double LEARNING_RATE = 0.01;

    /** ε of the book's text and of the companion code. */
    enum Epsilon {
        BOOK_TEXT(1e-7), COMPANION_CODE(BatchNormalization.DEFAULT_EPSILON);

        final double value;

        Epsilon(double value) {
            this.value = value;
        }

        String nameKey() {
            return this == BOOK_TEXT ? "ch06.bn.epsilon.text" : "ch06.bn.epsilon.code";
        }
    }

    /** One mini-batch through the layer: the input and everything (6.7) and (6.8) compute from it. */
    record Forward(double[] x, double mean, double variance, double epsilon, double[] normalized, double[] output) {
    }

    private final StringProperty batchText = new SimpleStringProperty(this, "batchText", "1, 2, 3, 4");
    private final ObjectProperty<Epsilon> epsilon = new SimpleObjectProperty<>(this, "epsilon", Epsilon.BOOK_TEXT);
    private final DoubleProperty gamma = new SimpleDoubleProperty(this, "gamma", 1);
    private final DoubleProperty beta = new SimpleDoubleProperty(this, "beta", 0);
    private final IntegerProperty stage = new SimpleIntegerProperty(this, "stage", STEPS);
    private final ReadOnlyObjectWrapper<Forward> forward = new ReadOnlyObjectWrapper<>(this, "forward");
    private final ReadOnlyObjectWrapper<Message> batchError = new ReadOnlyObjectWrapper<>(this, "batchError");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", BOOK_EPOCHS);
    private final IntegerProperty trainingSize = new SimpleIntegerProperty(this, "trainingSize", BOOK_TRAINING_SIZE);
    private final LockstepRun run = new LockstepRun();
    private double[] scales = BOOK_SCALES.clone();

    BatchNormViewModel() {
        for (var p : List.of(batchText, epsilon, gamma, beta)) {
            p.addListener(obs -> recompute());
        }
        recompute();
    }

    static double[] logspace(double fromExponent, double toExponent, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Math.pow(10, fromExponent + (toExponent - fromExponent) * i / (count - 1));
        }
        return out;
    }

    private void recompute() {
        double[] x = parseBatch(batchText.get());
        if (x == null) {
            batchError.set(Message.of("ch06.bn.batch-error", MAX_BATCH));
            return;
        }
        batchError.set(null);
        Param g = new Param("gamma", Tensor.vector(gamma.get()), false);
        Param b = new Param("beta", Tensor.vector(beta.get()), false);
        BatchNormalization layer = new BatchNormalization("BatchNorm", g, b, BatchNormalization.DEFAULT_MOMENTUM,
                epsilon.get().value);
        Tensor y = layer.forward(Tensor.wrap(x.clone(), x.length, 1), true);
        forward.set(new Forward(x, layer.lastMean().at(0), layer.lastVariance().at(0), epsilon.get().value,
                layer.normalized().data().clone(), y.data().clone()));
    }

    /** "1, 2, 3, 4" or "1 2 3 4" → the numbers; null unless there are 2 … 32 finite numbers. */
    static double[] parseBatch(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("[,\\s、;]+");
        if (parts.length < 2 || parts.length > MAX_BATCH) {
            return null;
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = NumberField.parse(parts[i]);
            if (!Double.isFinite(values[i])) {
                return null;
            }
        }
        return values;
    }

    /** Shows the next step; false when every step is already shown. */
    boolean nextStep() {
        if (stage.get() >= STEPS) {
            return false;
        }
        stage.set(stage.get() + 1);
        return true;
    }

    void firstStep() {
        stage.set(0);
    }

    /** The grid to train; the book's 16 scales unless a test asks for fewer. */
    void setScales(double... chosen) {
        scales = chosen.clone();
    }

    double[] scales() {
        return scales.clone();
    }

    /**
     * One network with and one without Batch Norm per scale (5 hidden layers of 100 ReLU units, the
     * same initial weights for the pair), SGD 0.01, batch 100, training accuracy after every epoch.
     */
    LockstepJob createGridJob() {
        double[] chosen = scales.clone();
        int size = trainingSize.get();
        int perEpoch = Math.max(1, size / BATCH);
        LockstepJob.Plan plan = new LockstepJob.Plan(epochs.get() * perEpoch, BATCH, perEpoch, size, 0, false, 3);
        int[] hidden = new int[5];
        Arrays.fill(hidden, 100);
        return new LockstepJob(Message.of("ch06.bn.job"), plan, data -> data.train().slice(0, Math.min(size,
                data.train().size())), rng -> {
                    List<Contender> contenders = new ArrayList<>();
                    for (int i = 0; i < chosen.length; i++) {
                        long seed = rng.nextInt(Integer.MAX_VALUE);
                        for (boolean batchNorm : new boolean[] {true, false}) {
                            contenders.add(new Contender((batchNorm ? "bn " : "plain ") + chosen[i],
                                    new MultiLayerNetExtend(784, hidden, 10, Activation.RELU, WeightInit.fixed(chosen[i]),
                                            WeightDecay.NONE, batchNorm, false, 0, new Rng(seed)),
                                    new Sgd(LEARNING_RATE)));
                        }
                    }
                    return contenders;
                }, null);
    }

    void startGrid(TrainingService service) {
        run.start(service, createGridJob());
    }

    LockstepRun run() {
        return run;
    }

    StringProperty batchTextProperty() {
        return batchText;
    }

    ObjectProperty<Epsilon> epsilonProperty() {
        return epsilon;
    }

    DoubleProperty gammaProperty() {
        return gamma;
    }

    DoubleProperty betaProperty() {
        return beta;
    }

    /** How many of the four steps are shown (0: only the input). */
    IntegerProperty stageProperty() {
        return stage;
    }

    ReadOnlyObjectProperty<Forward> forwardProperty() {
        return forward.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> batchErrorProperty() {
        return batchError.getReadOnlyProperty();
    }

    IntegerProperty epochsProperty() {
        return epochs;
    }

    IntegerProperty trainingSizeProperty() {
        return trainingSize;
    }
}
