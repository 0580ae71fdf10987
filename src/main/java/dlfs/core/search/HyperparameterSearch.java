package dlfs.core.search;

import dlfs.core.data.ImageDataset;
import dlfs.core.network.Network;
import dlfs.core.optimizer.Optimizers;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainingHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Random search for the learning rate and the weight-decay strength (the book's 6.5.3): split the
 * training data into training and validation parts, then for each trial sample both values on a log
 * scale, train a fresh network for a few epochs and score it on the validation part. Results come
 * back best first, so the good region can be read off and the ranges narrowed for the next round.
 */
public final class HyperparameterSearch {
    /** Builds a fresh, untrained network for one trial. */
    @FunctionalInterface
    public interface NetworkFactory {
        /**
         * @param weightDecay the trial's L2 strength λ
         * @param rng         source of the initial weights
         */
        Network create(double weightDecay, Rng rng);
    }

    /** Follows a search trial by trial, on the search's thread. */
    public interface SearchListener {
        default void onTrialStarted(int trial, double learningRate, double weightDecay) {
        }

        default void onTrialFinished(TrialResult result) {
        }
    }

    /** Best validation accuracy first; NaN (diverged) last; ties in trial order. */
    public static final Comparator<TrialResult> BEST_FIRST = Comparator
            .comparingDouble((TrialResult r) -> Double.isNaN(r.validationAccuracy()) ? Double.NEGATIVE_INFINITY : -r.validationAccuracy())
            .thenComparingInt(TrialResult::trial);

    private final NetworkFactory factory;
    private final SearchSettings settings;
    private final List<SearchListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile Trainer current;

    public HyperparameterSearch(NetworkFactory factory, SearchSettings settings) {
        if (factory == null || settings == null) {
            throw new IllegalArgumentException("a search needs a network factory and settings");
        }
        this.factory = factory;
        this.settings = settings;
    }

    public void addListener(SearchListener listener) {
        listeners.add(listener);
    }

    /**
     * Runs the trials on the calling thread and returns the finished ones, best first.
     *
     * @param data the data to split into training and validation parts
     * @param role what {@code data} is; the test set is refused
     * @param rng  draws the split, the hyper-parameters, the initial weights and the batches
     */
    public List<TrialResult> run(ImageDataset data, DatasetRole role, Rng rng) {
        if (role == DatasetRole.TEST) {
            throw new IllegalArgumentException("refusing to tune hyper-parameters on the test set " + data.name()
                    + ": carve validation data out of the training set instead, so the test score stays honest");
        }
        ValidationSplit split = ValidationSplit.of(data, settings.validationFraction(), rng);
        List<TrialResult> results = new ArrayList<>();
        for (int trial = 0; trial < settings.trials() && !cancelled; trial++) {
            double learningRate = settings.learningRates().sample(rng);
            double weightDecay = settings.weightDecays().sample(rng);
            for (SearchListener l : listeners) {
                l.onTrialStarted(trial, learningRate, weightDecay);
            }
            Network network = factory.create(weightDecay, rng.split());
            Trainer trainer = new Trainer(network, Optimizers.create(settings.optimizer(), learningRate),
                    split.training(), split.validation(), settings.training(), rng.split());
            current = trainer;
            if (cancelled) {
                break;
            }
            TrainingHistory history = trainer.run();
            if (history.outcome() == TrainingHistory.Outcome.CANCELLED) {
                break;
            }
            TrialResult result = new TrialResult(trial, learningRate, weightDecay, history);
            results.add(result);
            for (SearchListener l : listeners) {
                l.onTrialFinished(result);
            }
        }
        current = null;
        results.sort(BEST_FIRST);
        return results;
    }

    /** Stops after the current trial's next iteration; that trial is dropped, finished trials are returned. */
    public void cancel() {
        cancelled = true;
        Trainer t = current;
        if (t != null) {
            t.cancel();
        }
    }

    public SearchSettings settings() {
        return settings;
    }
}
