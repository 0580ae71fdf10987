package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.search.DatasetRole;
import dlfs.core.search.HyperparameterSearch;
import dlfs.core.search.LogUniformRange;
import dlfs.core.search.SearchSettings;
import dlfs.core.search.TrialResult;
import dlfs.core.search.ValidationSplit;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The hyper-parameter search panel (6.5): random search of the learning rate and the weight-decay
 * strength on log scales, each trial a 7-layer network trained for a few epochs on 80 % of the first
 * 500 training images and scored on the other 20 % (the validation data). Scoring on the test set
 * is refused, as the book insists.
 */
final class HyperparameterSearchViewModel {
    static final int BOOK_IMAGES = 500;
    static final int BOOK_EPOCHS = 50;
    static final int HIDDEN_LAYERS = 6;
    static final int BATCH = 100;
    /** The book's printed Best-5: validation accuracy, learning rate, weight decay. */
    static final double[][] BOOK_BEST = {
        {0.83, 0.0092, 3.86e-7}, {0.78, 0.00956, 6.04e-7}, {0.77, 0.00571, 1.27e-6}, {0.74, 0.00626, 1.43e-5},
        {0.73, 0.0052, 8.97e-6}};

    private final DoubleProperty lrFrom = new SimpleDoubleProperty(this, "lrFrom", LogUniformRange.BOOK_LEARNING_RATE.minExponent());
    private final DoubleProperty lrTo = new SimpleDoubleProperty(this, "lrTo", LogUniformRange.BOOK_LEARNING_RATE.maxExponent());
    private final DoubleProperty wdFrom = new SimpleDoubleProperty(this, "wdFrom", LogUniformRange.BOOK_WEIGHT_DECAY.minExponent());
    private final DoubleProperty wdTo = new SimpleDoubleProperty(this, "wdTo", LogUniformRange.BOOK_WEIGHT_DECAY.maxExponent());
    private final IntegerProperty trials = new SimpleIntegerProperty(this, "trials", SearchSettings.BOOK_TRIALS);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", BOOK_EPOCHS);
    private final IntegerProperty images = new SimpleIntegerProperty(this, "images", BOOK_IMAGES);
    private final ObjectProperty<DatasetRole> scoredOn = new SimpleObjectProperty<>(this, "scoredOn", DatasetRole.TRAINING);
    private final ReadOnlyObjectWrapper<Message> warning = new ReadOnlyObjectWrapper<>(this, "warning");
    private final ReadOnlyObjectWrapper<List<TrialResult>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Message> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private JobHandle handle;
    private SearchJob job;

    HyperparameterSearchViewModel() {
        scoredOn.addListener(obs -> warning.set(checkSettings()));
        for (var p : List.of(lrFrom, lrTo, wdFrom, wdTo)) {
            p.addListener(obs -> warning.set(checkSettings()));
        }
    }

    /** Why the search cannot start as set, or null. */
    private Message checkSettings() {
        if (scoredOn.get() == DatasetRole.TEST) {
            return Message.of("ch06.search.test-warning");
        }
        if (lrFrom.get() > lrTo.get() || wdFrom.get() > wdTo.get()) {
            return Message.of("ch06.search.range-order");
        }
        return null;
    }

    SearchSettings settings() {
        TrainerConfig training = TrainerConfig.builder(784).epochs(epochs.get()).batchSize(BATCH).build();
        return new SearchSettings(trials.get(), new LogUniformRange(lrFrom.get(), lrTo.get()),
                new LogUniformRange(wdFrom.get(), wdTo.get()), ValidationSplit.BOOK_FRACTION, "sgd", training);
    }

    /**
     * The job; it hands the role to the core, which refuses the test set. Images: the first ones of the
     * training set, or for {@link DatasetRole#TEST} the test set itself.
     */
    SearchJob createJob() {
        int[] hidden = new int[HIDDEN_LAYERS];
        Arrays.fill(hidden, 100);
        HyperparameterSearch search = new HyperparameterSearch((weightDecay, rng) -> new MultiLayerNet(784, hidden, 10,
                Activation.RELU, WeightInit.he(), WeightDecay.l2(weightDecay), rng), settings());
        int count = images.get();
        DatasetRole role = scoredOn.get();
        return new SearchJob(search, data -> role == DatasetRole.TEST ? data.test()
                : data.train().slice(0, Math.min(count, data.train().size())), role, 5);
    }

    /** Starts the search; refuses (with the warning shown) when the settings are not allowed. */
    boolean start(TrainingService service) {
        Message problem = checkSettings();
        warning.set(problem);
        if (problem != null) {
            return false;
        }
        if (handle != null && !handle.getState().isFinished()) {
            handle.cancel();
        }
        SearchJob next = createJob();
        job = next;
        results.set(List.of());
        JobHandle submitted = service.submit(next);
        handle = submitted;
        running.set(true);
        progress.set(Message.of("ch06.search.progress", 0, trials.get()));
        int planned = trials.get();
        submitted.addProgressListener(batch -> {
            if (job == next) {
                refresh(next, planned);
            }
        });
        submitted.stateProperty().addListener((obs, old, now) -> {
            if (job == next && now.isFinished()) {
                refresh(next, planned);
                running.set(false);
                if (now == JobState.FAILED && submitted.errorProperty().get() != null) {
                    warning.set(Message.of("ch06.search.failed", submitted.errorProperty().get().getMessage()));
                }
            }
        });
        return true;
    }

    private void refresh(SearchJob from, int planned) {
        List<TrialResult> sorted = new ArrayList<>(from.finished());
        sorted.sort(HyperparameterSearch.BEST_FIRST);
        results.set(List.copyOf(sorted));
        progress.set(Message.of("ch06.search.progress", from.finished().size(), planned));
    }

    void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** Narrows the ranges to the best trials' values, widened by half a power of ten each way. */
    void narrowToBest(int k) {
        List<TrialResult> best = results.get().stream().filter(r -> !Double.isNaN(r.validationAccuracy())).limit(k).toList();
        if (best.isEmpty()) {
            return;
        }
        lrFrom.set(roundTenth(best.stream().mapToDouble(r -> Math.log10(r.learningRate())).min().orElseThrow() - 0.5));
        lrTo.set(roundTenth(best.stream().mapToDouble(r -> Math.log10(r.learningRate())).max().orElseThrow() + 0.5));
        wdFrom.set(roundTenth(best.stream().mapToDouble(r -> Math.log10(r.weightDecay())).min().orElseThrow() - 0.5));
        wdTo.set(roundTenth(best.stream().mapToDouble(r -> Math.log10(r.weightDecay())).max().orElseThrow() + 0.5));
    }

    private static double roundTenth(double v) {
        return Math.round(v * 10) / 10.0;
    }

    void bookSettings() {
        lrFrom.set(LogUniformRange.BOOK_LEARNING_RATE.minExponent());
        lrTo.set(LogUniformRange.BOOK_LEARNING_RATE.maxExponent());
        wdFrom.set(LogUniformRange.BOOK_WEIGHT_DECAY.minExponent());
        wdTo.set(LogUniformRange.BOOK_WEIGHT_DECAY.maxExponent());
        trials.set(SearchSettings.BOOK_TRIALS);
        epochs.set(BOOK_EPOCHS);
        images.set(BOOK_IMAGES);
        scoredOn.set(DatasetRole.TRAINING);
    }

    DoubleProperty lrFromProperty() {
        return lrFrom;
    }

    DoubleProperty lrToProperty() {
        return lrTo;
    }

    DoubleProperty wdFromProperty() {
        return wdFrom;
    }

    DoubleProperty wdToProperty() {
        return wdTo;
    }

    IntegerProperty trialsProperty() {
        return trials;
    }

    IntegerProperty epochsProperty() {
        return epochs;
    }

    IntegerProperty imagesProperty() {
        return images;
    }

    ObjectProperty<DatasetRole> scoredOnProperty() {
        return scoredOn;
    }

    ReadOnlyObjectProperty<Message> warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Finished trials, best validation accuracy first. */
    ReadOnlyObjectProperty<List<TrialResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
