package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.LocatedDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.function.Functions;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.layer.Affine;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.ForwardTrace;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The MNIST page's state: the data set (loaded off the FX thread), the image being looked at, the
 * network (the bundled 784-50-100-10 sigmoid model, one trained here, or one opened from a file),
 * its answer for that image, and the batch evaluations run so far through the training service.
 * The network is only used under its own lock, because an evaluation job may be using it.
 */
public final class MnistViewModel {
    /** Which images are browsed; each knows its bundle key. */
    public enum Split {
        TRAIN("ch03.mnist.split.train"), TEST("ch03.mnist.split.test");

        private final String nameKey;

        Split(String nameKey) {
            this.nameKey = nameKey;
        }

        public String nameKey() {
            return nameKey;
        }
    }

    /** Thumbnails per page of the browser. */
    public static final int PAGE_SIZE = 40;
    /** The book's result with its pretrained weights on the 10,000 MNIST test images (3.6.2). */
    public static final double BOOK_ACCURACY = 0.9352;

    /** What the network makes of one image: softmax probabilities, the winner, hidden activations per layer. */
    public record Prediction(double[] probabilities, int predicted, List<double[]> hidden) {
    }

    /** Data and model as the background loading found them. */
    record Loaded(DatasetId dataset, TrainTest data, Optional<BundledModels.Loaded> model, Message modelProblem) {
    }

    /**
     * The bundled mini set's "test" images are MNIST training digits 8,001–10,000, so a model trained
     * on more of MNIST's training set than the mini set's own 8,000 has seen them.
     */
    static final String MINI_TRAINING_SET = DatasetId.MNIST_MINI.folder() + "/train";

    private final TrainingService service;
    private final Executor background;
    private final Executor fxThread;
    private final Supplier<Loaded> loader;
    private final ReadOnlyObjectWrapper<TrainTest> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Message> dataStatus =
            new ReadOnlyObjectWrapper<>(this, "dataStatus", Message.of("ch03.mnist.data.loading"));
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>(this, "split", Split.TEST);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Message> modelStatus =
            new ReadOnlyObjectWrapper<>(this, "modelStatus", Message.of("ch03.mnist.model.loading"));
    private final ReadOnlyObjectWrapper<Message> caveat = new ReadOnlyObjectWrapper<>(this, "caveat");
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<JobHandle> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<MnistEvaluationJob.Result> runs = FXCollections.observableArrayList();
    private final Rng rng = new Rng(784);
    private String datasetName = "";

    /**
     * @param background runs the loading (a worker thread in the app, the caller's thread in tests)
     * @param fxThread   hands the loaded data back to the FX thread
     */
    public MnistViewModel(TrainingService service, Executor background, Executor fxThread) {
        this(service, background, fxThread, MnistViewModel::loadStandard);
    }

    MnistViewModel(TrainingService service, Executor background, Executor fxThread, Supplier<Loaded> loader) {
        this.service = service;
        this.background = background;
        this.fxThread = fxThread;
        this.loader = loader;
        split.addListener(obs -> select(Math.min(index.get(), Math.max(0, current().size() - 1))));
        network.addListener(obs -> predict());
    }

    /** Starts loading the data set and the bundled model (once). */
    public void load() {
        if (data.get() != null || dataStatus.get().key().equals("ch03.mnist.data.failed")) {
            return;
        }
        CompletableFuture.supplyAsync(loader, background).whenComplete((loaded, failure) ->
                fxThread.execute(() -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        dataStatus.set(Message.of("ch03.mnist.data.failed", String.valueOf(cause.getMessage())));
                        modelStatus.set(Message.of("ch03.mnist.model.missing"));
                        return;
                    }
                    apply(loaded);
                }));
    }

    /** Full MNIST when it is installed, else the bundled mini set; and the bundled sigmoid model if shipped. */
    private static Loaded loadStandard() {
        LocatedDataset located = DatasetLocator.standard(null).locateDefault();
        TrainTest pair = located.load().withHeldOutTest(1000);
        try {
            return new Loaded(located.id(), pair, BundledModels.load(BundledModels.MLP_SIGMOID), null);
        } catch (IOException e) {
            return new Loaded(located.id(), pair, Optional.empty(),
                    Message.of("ch03.mnist.model.broken", e.getMessage()));
        }
    }

    private void apply(Loaded loaded) {
        datasetName = loaded.dataset().title();
        data.set(loaded.data());
        dataStatus.set(Message.of("ch03.mnist.data.loaded", datasetName, loaded.data().train().size(),
                loaded.data().test().size()));
        if (loaded.model().isPresent()) {
            BundledModels.Loaded model = loaded.model().get();
            Object recorded = model.metadata().get(ModelFile.ACCURACY);
            modelStatus.set(Message.of("ch03.mnist.model.bundled", model.file(),
                    recorded instanceof Number n ? format(n.doubleValue()) : "–",
                    String.valueOf(model.metadata().getOrDefault(ModelFile.DATASET, "–"))));
            Object trainedOn = model.metadata().get(ModelFile.DATASET);
            if (loaded.dataset() == DatasetId.MNIST_MINI && !MINI_TRAINING_SET.equals(trainedOn)) {
                caveat.set(Message.of("ch03.mnist.model.overlap", String.valueOf(trainedOn)));
            }
            network.set(model.network());
        } else {
            modelStatus.set(loaded.modelProblem() != null ? loaded.modelProblem()
                    : Message.of("ch03.mnist.model.missing"));
        }
        select(0);
    }

    private static String format(double accuracy) {
        return String.format(Locale.ROOT, "%.4f", accuracy);
    }

    /** The images of the chosen split; an empty set until loading has finished. */
    public ImageDataset current() {
        TrainTest pair = data.get();
        if (pair == null) {
            return new ImageDataset("none", new byte[0], new int[0], 1, 28, 28, 10);
        }
        return split.get() == Split.TRAIN ? pair.train() : pair.test();
    }

    /** Shows image {@code i} of the current split. */
    public void select(int i) {
        int size = current().size();
        if (size == 0) {
            return;
        }
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("image index must be in 0 … " + (size - 1) + ", got " + i);
        }
        index.set(i);
        predict();
    }

    public void selectRandom() {
        if (current().size() > 0) {
            select(rng.nextInt(current().size()));
        }
    }

    /** Pixel values 0 … 255 of image {@code i}, row-major 28 × 28. */
    public double[] pixels(int i) {
        ImageDataset set = current();
        double[] out = new double[set.imageSize()];
        for (int p = 0; p < out.length; p++) {
            out[p] = set.pixel(i, p);
        }
        return out;
    }

    public int label(int i) {
        return current().label(i);
    }

    private void predict() {
        Network net = network.get();
        if (net == null || current().size() == 0) {
            prediction.set(null);
            return;
        }
        Tensor x = Tensor.zeros(1, current().imageSize());
        current().fillBatch(new int[] {index.get()}, 0, 1, true, x, null);
        List<ForwardTrace.Step> steps;
        synchronized (net) {
            steps = ForwardTrace.run(net, x, false);
        }
        List<double[]> hidden = new ArrayList<>();
        for (int i = 0; i < steps.size() - 1; i++) {
            if (!(net.layers().get(i) instanceof Affine)) {
                hidden.add(steps.get(i).output().data());
            }
        }
        Tensor probabilities = Functions.softmax(steps.get(steps.size() - 1).output());
        prediction.set(new Prediction(probabilities.data(), probabilities.argmaxRows()[0], hidden));
    }

    /**
     * The first test-split image after the current one that the network gets wrong (wrapping
     * around), checked 100 at a time; −1 when it gets every image right.
     */
    public int nextMistake() {
        Network net = network.get();
        ImageDataset set = current();
        if (net == null || set.size() == 0) {
            return -1;
        }
        int n = set.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (index.get() + 1 + i) % n;
        }
        InputBatch batch = new InputBatch(new int[] {set.imageSize()}, true);
        for (int from = 0; from < n; from += 100) {
            int count = Math.min(100, n - from);
            int[] predicted;
            synchronized (net) {
                batch.load(set, order, from, count);
                predicted = net.predict(batch.images(), false).argmaxRows();
            }
            for (int i = 0; i < count; i++) {
                if (predicted[i] != (int) batch.labels().at(i)) {
                    select(order[from + i]);
                    return order[from + i];
                }
            }
        }
        return -1;
    }

    /** Runs the test set through the network in batches of {@code batchSize}, as a job of the training service. */
    public JobHandle evaluate(int batchSize) {
        Network net = network.get();
        if (net == null || data.get() == null) {
            throw new IllegalStateException("evaluation needs the data and a network");
        }
        MnistEvaluationJob evaluation = new MnistEvaluationJob(net, data.get().test(), batchSize);
        JobHandle handle = submit(() -> service.submit(evaluation));
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.SUCCEEDED && evaluation.result() != null) {
                runs.add(evaluation.result());
            }
        });
        return handle;
    }

    /** Trains a stand-in model through the training service; it replaces the network when done. */
    public JobHandle trainModel(int epochs) {
        if (data.get() == null) {
            throw new IllegalStateException("training needs the data set to be loaded");
        }
        MnistTrainingJob training = new MnistTrainingJob(data.get(), epochs, rng.nextInt(Integer.MAX_VALUE));
        JobHandle handle = submit(() -> service.submit(training));
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.SUCCEEDED && training.network() != null) {
                modelStatus.set(Message.of("ch03.mnist.model.trained", training.epochs(), datasetName,
                        format(training.testAccuracy())));
                caveat.set(null);
                network.set(training.network());
            }
        });
        return handle;
    }

    private JobHandle submit(Supplier<JobHandle> submission) {
        JobHandle handle = submission.get();
        job.set(handle);
        busy.bind(Bindings.createBooleanBinding(() -> !handle.getState().isFinished(), handle.stateProperty()));
        return handle;
    }

    /** Reads a model file; it must take 784 inputs and give 10 scores. */
    public void openModel(Path file) throws IOException {
        ModelFile.Contents contents = ModelFile.load(file);
        Network opened = Networks.fromArchitecture(contents.architecture(), new Rng(0));
        contents.applyTo(opened.params());
        int[] shape = Networks.sampleShape(opened);
        int inputs = 1;
        for (int d : shape) {
            inputs *= d;
        }
        if (inputs != current().imageSize() || shape.length != 1) {
            throw new IOException(file.getFileName() + ": the network reads " + Tensor.shapeString(shape)
                    + " per sample, this panel feeds flat images of " + current().imageSize() + " values");
        }
        modelStatus.set(Message.of("ch03.mnist.model.opened", file.getFileName().toString()));
        caveat.set(null);
        network.set(opened);
    }

    /** Writes the current network (weights only) to a model file. */
    public void saveModel(Path file) throws IOException {
        Network net = network.get();
        if (net == null) {
            throw new IOException("there is no network to save yet");
        }
        synchronized (net) {
            ModelFile.save(file, ModelFile.Contents.of(net, null, Map.of(ModelFile.DATASET, datasetName)));
        }
    }

    public ReadOnlyObjectProperty<TrainTest> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> dataStatusProperty() {
        return dataStatus.getReadOnlyProperty();
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    /** A warning about the network and the data, e.g. test images it was trained on; null when none applies. */
    public ReadOnlyObjectProperty<Message> caveatProperty() {
        return caveat.getReadOnlyProperty();
    }

    /** The network's answer for the selected image, or null without a network. */
    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** The last evaluation or training submitted, or null. */
    public ReadOnlyObjectProperty<JobHandle> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** True while that job is queued, running or paused. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Finished evaluations, oldest first. */
    public ObservableList<MnistEvaluationJob.Result> runs() {
        return runs;
    }

    public String datasetName() {
        return datasetName;
    }
}
