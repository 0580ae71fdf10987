package dlfs.app.ch08;

import dlfs.app.ch07.EvaluationJob;
import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.ch07.TrainingRun;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.metrics.Misclassification;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.Network;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Sampling;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The deeper CNN of 8.1.1: train it here for a few epochs (Adam 0.001, batch 100, as the book's
 * {@code train_deepnet.py}) or take the pretrained model, then measure it on a whole test set
 * through the training service: accuracy, confusion matrix, per-class accuracy and the list of
 * mistakes with their three most probable classes, which can be narrowed to one confusion pair.
 */
public final class DeepConvNetViewModel extends TrainingRun {
    /** The book's test accuracy for this network (8.1.1): 99.38 %, 62 mistakes in 10,000. */
    public static final double BOOK_TEST_ACCURACY = 0.9938;
    public static final int BOOK_MISTAKES = 62;
    public static final double LEARNING_RATE = 0.001;
    public static final int BATCH_SIZE = 100;
    /** Classes shown for each mistake. */
    public static final int TOP_K = 3;

    /**
     * Which mistakes to show: true class {@code a} predicted as {@code b} and, when {@code eitherWay},
     * also {@code b} predicted as {@code a} (the pairs the book names: 1/7, 0/6, 3/5).
     */
    public record MistakeFilter(int a, int b, boolean eitherWay) {
        public boolean matches(Misclassification m) {
            return m.trueLabel() == a && m.predictedLabel() == b
                    || eitherWay && m.trueLabel() == b && m.predictedLabel() == a;
        }
    }

    /** The pairs the book says are easy to confuse, and 4/9. */
    public static final List<MistakeFilter> BOOK_PAIRS = List.of(new MistakeFilter(1, 7, true),
            new MistakeFilter(0, 6, true), new MistakeFilter(3, 5, true), new MistakeFilter(4, 9, true));

    private final TrainingService service;
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Message> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ReadOnlyObjectWrapper<Predictions> predictions = new ReadOnlyObjectWrapper<>(this, "predictions");
    private final ReadOnlyObjectWrapper<ImageDataset> evaluatedOn = new ReadOnlyObjectWrapper<>(this, "evaluatedOn");
    private final ObjectProperty<MistakeFilter> filter = new SimpleObjectProperty<>(this, "filter");
    private final ReadOnlyObjectWrapper<List<Misclassification>> mistakes =
            new ReadOnlyObjectWrapper<>(this, "mistakes", List.of());
    private List<Misclassification> allMistakes = List.of();

    public DeepConvNetViewModel(TrainingService service) {
        super(1);
        this.service = service;
        filter.addListener(obs -> applyFilter());
    }

    /** The trained or loaded network, once no job is using it; null before. */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Where the network came from (trained here, or the pretrained file), or null. */
    public ReadOnlyObjectProperty<Message> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The answers on the last evaluated test set, or null. */
    public ReadOnlyObjectProperty<Predictions> predictionsProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** The test set the predictions are for (the gallery draws its images). */
    public ReadOnlyObjectProperty<ImageDataset> evaluatedOnProperty() {
        return evaluatedOn.getReadOnlyProperty();
    }

    /** Which mistakes the gallery shows; null for all. */
    public ObjectProperty<MistakeFilter> filterProperty() {
        return filter;
    }

    /** The mistakes that pass the filter, in test-set order. */
    public ReadOnlyObjectProperty<List<Misclassification>> mistakesProperty() {
        return mistakes.getReadOnlyProperty();
    }

    /** Trains a fresh DeepConvNet (He initialisation from the seed) and evaluates it on the test set afterwards. */
    public JobHandle train(TrainTest data) {
        requireIdle();
        DeepConvNet fresh = new DeepConvNet(new Rng(seedProperty().get()));
        network.set(null);
        predictions.set(null);
        curves().clear();
        TrainerConfig config = TrainerConfig.builder(fresh.inputDim()).epochs(epochsProperty().get()).batchSize(BATCH_SIZE)
                .sampling(Sampling.WITH_REPLACEMENT).evaluationSampleLimit(1_000).build();
        Trainer trainer = new Trainer(fresh, new Adam(LEARNING_RATE), data.train(), data.test(), config,
                new Rng(seedProperty().get()).split());
        int perEpoch = trainer.iterationsPerEpoch();
        Message trainedHere = Message.of("ch08.deep.trainedHere", data.train().name(), epochsProperty().get());
        JobHandle handle = service.submit(new NetworkTrainingJob(Message.of("ch08.deep.trainTitle", data.train().name()),
                trainer, data.train(), data.test().size(), () -> { }));
        handle.addProgressListener(batch -> curves().accept(batch, perEpoch));
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state.isFinished() && state != JobState.FAILED) {
                network.set(fresh);
                origin.set(trainedHere);
                if (state == JobState.SUCCEEDED) {
                    evaluate(data.test());
                }
            }
        });
        monitor().watch(handle);
        return handle;
    }

    /** Takes a network made elsewhere (the pretrained file) and evaluates it on {@code test}. */
    public JobHandle use(Network loaded, Message from, ImageDataset test) {
        requireIdle();
        curves().clear();
        predictions.set(null);
        network.set(loaded);
        origin.set(from);
        return evaluate(test);
    }

    /** Runs the current network over {@code test} through the service (e.g. after a run was stopped early). */
    public JobHandle evaluate(ImageDataset test) {
        Network current = network.get();
        if (current == null) {
            throw new IllegalStateException("there is no DeepConvNet to evaluate yet; train one or load the pretrained one");
        }
        EvaluationJob job = new EvaluationJob(Message.of("ch08.deep.evaluateTitle", test.name()), current, test);
        JobHandle handle = service.submit(job);
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.SUCCEEDED) {
                showPredictions(job.result(), test);
            }
        });
        monitor().watchEvaluation(handle);
        return handle;
    }

    private void showPredictions(Predictions result, ImageDataset test) {
        evaluatedOn.set(test);
        allMistakes = List.copyOf(result.misclassified(TOP_K));
        predictions.set(result);
        applyFilter();
    }

    private void applyFilter() {
        MistakeFilter f = filter.get();
        mistakes.set(f == null ? allMistakes : allMistakes.stream().filter(f::matches).toList());
    }
}
