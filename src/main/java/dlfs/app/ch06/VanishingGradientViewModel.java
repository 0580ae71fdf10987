package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.data.TrainTest;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.GradientMagnitudes.LayerGradient;
import dlfs.core.network.GradientMagnitudes;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import dlfs.core.train.LockstepTraining;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The vanishing-gradient panel: a deep network of the chosen activation and initial weights, twice
 * (without and with Batch Normalization), and the mean |∂L/∂W| of every layer: first for one
 * mini-batch before any training, then while both train side by side on MNIST.
 */
final class VanishingGradientViewModel {
    static final int BATCH = 100;
    static final int WIDTH = 100;
    static final int MAX_DEPTH = 30;
    static final String WITHOUT_BN = "ch06.vanishing.without-bn";
    static final String WITH_BN = "ch06.vanishing.with-bn";

    /** Mean |∂L/∂W| per layer (input side first) of the network without and with Batch Norm, after some iterations. */
    record Measurement(int iteration, double[] withoutBatchNorm, double[] withBatchNorm) {
    }

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.SIGMOID);
    private final ObjectProperty<InitChoice> init = new SimpleObjectProperty<>(this, "init", InitChoice.XAVIER);
    private final DoubleProperty customStd = new SimpleDoubleProperty(this, "customStd", 0.1);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 10);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.01);
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", 1000);
    private final IntegerProperty measureEvery = new SimpleIntegerProperty(this, "measureEvery", 10);
    private final ReadOnlyObjectWrapper<Measurement> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final LockstepRun run = new LockstepRun();
    private final List<Measurement> recorded = new CopyOnWriteArrayList<>();
    private final LatestComputation computation;

    VanishingGradientViewModel(LatestComputation computation) {
        this.computation = computation;
        for (var p : List.of(activation, init, customStd, depth)) {
            p.addListener(obs -> measureUntrained(false));
        }
        run.snapshotProperty().addListener(obs -> {
            if (!recorded.isEmpty()) {
                measurement.set(recorded.get(recorded.size() - 1));
            }
        });
        measureUntrained(Chapter6Data.isLoaded());
    }

    /** The settings the networks are built from, read on the FX thread and used on another. */
    private record Setup(Activation activation, WeightInit weights, int depth) {
        /** Without and with Batch Norm, both with the same initial weights drawn from {@code seed}. */
        List<Network> networks(long seed) {
            int[] hidden = new int[depth];
            Arrays.fill(hidden, WIDTH);
            List<Network> nets = new ArrayList<>();
            for (boolean batchNorm : new boolean[] {false, true}) {
                nets.add(new MultiLayerNetExtend(784, hidden, 10, activation, weights, WeightDecay.NONE, batchNorm,
                        false, 0, new Rng(seed)));
            }
            return nets;
        }
    }

    private Setup setup() {
        return new Setup(activation.get(), init.get().create(customStd.get()), depth.get());
    }

    /**
     * Gradients of the untrained networks on the first 100 training images: in the background (latest
     * wins), or at once when the data is already loaded and the panel opens.
     */
    private void measureUntrained(boolean now) {
        Setup setup = setup();
        Supplier<Measurement> work = () -> {
            List<Network> nets = setup.networks(1);
            TrainTest data = Chapter6Data.load();
            InputBatch batch = new InputBatch(new int[] {784}, true);
            int[] first = new int[BATCH];
            Arrays.setAll(first, i -> i);
            batch.load(data.train(), first, 0, BATCH);
            for (Network net : nets) {
                net.gradient(batch.images(), batch.labels());
            }
            return new Measurement(0, magnitudes(nets.get(0)), magnitudes(nets.get(1)));
        };
        Consumer<Measurement> done = measured -> {
            problem.set(null);
            measurement.set(measured);
        };
        Consumer<RuntimeException> failed = e -> problem.set(Message.of("ch06.vanishing.failed", e.getMessage()));
        if (now) {
            computation.runNow(work, done, failed);
        } else {
            computation.submit(work, done, failed);
        }
    }

    private static double[] magnitudes(Network net) {
        return GradientMagnitudes.of(net).stream().mapToDouble(LayerGradient::meanAbsolute).toArray();
    }

    /** Both networks train with SGD on the same batches; the gradients are measured every few iterations. */
    LockstepJob createJob() {
        Setup setup = setup();
        double eta = learningRate.get();
        int every = measureEvery.get();
        LockstepJob.Plan plan = new LockstepJob.Plan(iterations.get(), BATCH, 0, 0, 0, true, 7);
        return new LockstepJob(Message.of("ch06.vanishing.job"), plan, TrainTest::train,
                rng -> {
                    List<Network> nets = setup.networks(1);
                    return List.of(new Contender(WITHOUT_BN, nets.get(0), new Sgd(eta)),
                            new Contender(WITH_BN, nets.get(1), new Sgd(eta)));
                },
                (training, iteration) -> {
                    if (iteration == 1 || iteration % every == 0) {
                        record(training, iteration);
                    }
                });
    }

    private void record(LockstepTraining training, int iteration) {
        recorded.add(new Measurement(iteration, magnitudes(training.contenders().get(0).network()),
                magnitudes(training.contenders().get(1).network())));
    }

    void start(TrainingService service) {
        recorded.clear();
        run.start(service, createJob());
    }

    /** Every measurement of the current run so far (for the chart of first and last layer over time). */
    List<Measurement> history() {
        return List.copyOf(recorded);
    }

    LockstepRun run() {
        return run;
    }

    ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    ObjectProperty<InitChoice> initProperty() {
        return init;
    }

    DoubleProperty customStdProperty() {
        return customStd;
    }

    IntegerProperty depthProperty() {
        return depth;
    }

    DoubleProperty learningRateProperty() {
        return learningRate;
    }

    IntegerProperty iterationsProperty() {
        return iterations;
    }

    ReadOnlyObjectProperty<Measurement> measurementProperty() {
        return measurement.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
