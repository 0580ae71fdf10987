package dlfs.app.ch02;

import dlfs.app.i18n.Message;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import dlfs.core.perceptron.PerceptronLearning;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The perceptron learning rule run one sample at a time on a gate's four inputs, with the core's
 * {@link PerceptronLearning}: the weights after every step, the mistakes of every finished epoch,
 * and the update just made. Learning stops by itself once an epoch makes no mistake (AND, NAND and
 * OR get there) or after {@link #MAX_EPOCHS} epochs (XOR never gets there).
 */
public final class PerceptronLearningViewModel {
    /** Where a continuous run gives up; XOR is still wrong here, as at any other epoch. */
    public static final int MAX_EPOCHS = 100;

    /** The step just taken: which sample, its label y and prediction ŷ in {−1, +1}, weights before and after. */
    public record Update(int sample, int label, int predicted, Perceptron before, Perceptron after) {
        public boolean mistake() {
            return label != predicted;
        }
    }

    private final ObjectProperty<GateKind> target = new SimpleObjectProperty<>(this, "target", GateKind.AND);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final BooleanProperty randomStart = new SimpleBooleanProperty(this, "randomStart");
    private final ReadOnlyObjectWrapper<Perceptron> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyIntegerWrapper nextSample = new ReadOnlyIntegerWrapper(this, "nextSample");
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch", 1);
    private final ReadOnlyObjectWrapper<List<Integer>> errorsPerEpoch =
            new ReadOnlyObjectWrapper<>(this, "errorsPerEpoch", List.of());
    private final ReadOnlyObjectWrapper<Update> lastUpdate = new ReadOnlyObjectWrapper<>(this, "lastUpdate");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final Rng rng = new Rng(1957);
    private PerceptronLearning learner;
    private int errorsThisEpoch;

    public PerceptronLearningViewModel() {
        target.addListener(obs -> restart());
        learningRate.addListener(obs -> restart());
        randomStart.addListener(obs -> restart());
        restart();
    }

    /** Starts again from the chosen start weights (zero, or a fresh random line) with the current settings. */
    public void restart() {
        double rate = learningRate.get();
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + rate);
        }
        Perceptron start = randomStart.get()
                ? new Perceptron(randomWeight(), randomWeight(), randomWeight())
                : new Perceptron(0, 0, 0);
        learner = new PerceptronLearning(rate, start);
        weights.set(learner.current());
        nextSample.set(0);
        epoch.set(1);
        errorsThisEpoch = 0;
        errorsPerEpoch.set(List.of());
        lastUpdate.set(null);
        finished.set(false);
        status.set(Message.of("ch02.learning.status.ready", target.get().name()));
    }

    private double randomWeight() {
        return Math.round(rng.uniform(-1, 1) * 100) / 100.0;
    }

    /** Applies the rule to the next sample; does nothing once learning has finished. */
    public void step() {
        if (finished.get()) {
            return;
        }
        int sample = nextSample.get();
        Perceptron before = learner.current();
        int[] x = Gates.input(sample);
        int label = 2 * target.get().target(sample) - 1;
        int predicted = 2 * before.output(x[0], x[1]) - 1;
        if (learner.learn(sample, target.get().function())) {
            errorsThisEpoch++;
        }
        weights.set(learner.current());
        lastUpdate.set(new Update(sample, label, predicted, before, learner.current()));
        if (sample < 3) {
            nextSample.set(sample + 1);
            return;
        }
        endEpoch();
    }

    private void endEpoch() {
        List<Integer> history = new ArrayList<>(errorsPerEpoch.get());
        history.add(errorsThisEpoch);
        errorsPerEpoch.set(List.copyOf(history));
        if (errorsThisEpoch == 0) {
            // the status first: whoever sees "finished" (a listener, another thread) reads the final status
            status.set(Message.of("ch02.learning.status.converged", target.get().name(), history.size()));
            finished.set(true);
        } else if (history.size() >= MAX_EPOCHS) {
            status.set(Message.of("ch02.learning.status.gaveUp", target.get().name(), history.size()));
            finished.set(true);
        } else {
            status.set(Message.of("ch02.learning.status.epoch", history.size(), errorsThisEpoch));
            epoch.set(history.size() + 1);
        }
        errorsThisEpoch = 0;
        nextSample.set(0);
    }

    /** Runs the samples left in the current epoch. */
    public void finishEpoch() {
        int epochBefore = errorsPerEpoch.get().size();
        while (!finished.get() && errorsPerEpoch.get().size() == epochBefore) {
            step();
        }
    }

    /** Runs until the rule stops (converged, or {@link #MAX_EPOCHS} epochs). */
    public void runToEnd() {
        while (!finished.get()) {
            step();
        }
    }

    public ObjectProperty<GateKind> targetProperty() {
        return target;
    }

    /** α of the rule; changing it starts again. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** True: start from a random line instead of all-zero weights. */
    public BooleanProperty randomStartProperty() {
        return randomStart;
    }

    public ReadOnlyObjectProperty<Perceptron> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    public Perceptron weights() {
        return weights.get();
    }

    /** The sample the next step looks at, 0 … 3 in truth-table order. */
    public ReadOnlyIntegerProperty nextSampleProperty() {
        return nextSample.getReadOnlyProperty();
    }

    /** The epoch in progress, from 1. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** Mistakes in each finished epoch. */
    public ReadOnlyObjectProperty<List<Integer>> errorsPerEpochProperty() {
        return errorsPerEpoch.getReadOnlyProperty();
    }

    public List<Integer> errorsPerEpoch() {
        return errorsPerEpoch.get();
    }

    /** The last step taken, or null right after a start. */
    public ReadOnlyObjectProperty<Update> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    /** True once an epoch had no mistake or the epoch limit was reached. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
