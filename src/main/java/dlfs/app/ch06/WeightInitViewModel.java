package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.TrainTest;
import dlfs.core.init.Symmetry;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Affine;
import dlfs.core.network.ActivationExperiment.LayerActivations;
import dlfs.core.network.ActivationExperiment;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import dlfs.core.train.LockstepTraining;
import java.util.ArrayList;
import java.util.List;
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
 * The weight-initialisation panel (6.2): the book's activation histograms for the chosen activation
 * and initial weights, recomputed in the background whenever a setting changes, and the MNIST
 * comparison of 6.2.4 (std 0.01, Xavier and He, plus the chosen setting) as one lockstep job.
 */
final class WeightInitViewModel {
    /** Footnote of Fig 6-14: mean activation of layers 1 … 5 for ReLU with std 0.01. */
    static final double[] BOOK_RELU_MEANS = {0.0396, 0.00290, 0.000197, 1.32e-5, 9.46e-7};
    static final int BOOK_ITERATIONS = 2000;
    static final int BATCH = 128;
    static final double LEARNING_RATE = 0.01;
    static final int MAX_LAYERS = 10;
    static final int MAX_NODES = 300;
    static final int MAX_SAMPLES = 5000;

    /** One finished experiment with the settings it ran with (the controls may have moved on since). */
    record Result(List<LayerActivations> layers, Activation activation, InitChoice init, int nodes) {
        /** The histogram range: (−1, 1) for tanh, (0, 1) otherwise, as in the book. */
        double histogramFrom() {
            return activation == Activation.TANH ? -1 : 0;
        }

        /** ReLU puts half its outputs at exactly 0; that bin is drawn cut off. */
        int clippedBin() {
            return activation == Activation.RELU ? 0 : -1;
        }

        /** True for the setting of the book's footnote: ReLU, std 0.01, 100 nodes. */
        boolean isFootnoteSetting() {
            return activation == Activation.RELU && init == InitChoice.STD_0_01 && nodes == 100;
        }
    }

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.SIGMOID);
    private final ObjectProperty<InitChoice> init = new SimpleObjectProperty<>(this, "init", InitChoice.STD_1);
    private final DoubleProperty customStd = new SimpleDoubleProperty(this, "customStd", 0.1);
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", ActivationExperiment.BOOK_LAYERS);
    private final IntegerProperty nodes = new SimpleIntegerProperty(this, "nodes", ActivationExperiment.BOOK_NODES);
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", ActivationExperiment.BOOK_SAMPLES);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result",
            new Result(List.of(), Activation.SIGMOID, InitChoice.STD_1, ActivationExperiment.BOOK_NODES));
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", BOOK_ITERATIONS);
    private final LockstepRun run = new LockstepRun();
    private final ReadOnlyObjectWrapper<double[]> unitSpreads = new ReadOnlyObjectWrapper<>(this, "unitSpreads");
    private final LatestComputation computation;
    /** Written by the job's thread at its last iteration, published when the job has succeeded. */
    private volatile double[] measuredSpreads;

    WeightInitViewModel(LatestComputation computation) {
        this.computation = computation;
        for (var p : List.of(activation, init, customStd, layers, nodes, samples, seed)) {
            p.addListener(obs -> recompute(false));
        }
        run.endStateProperty().addListener((obs, old, now) ->
                unitSpreads.set(now == JobState.SUCCEEDED ? measuredSpreads : null));
        recompute(true);
    }

    /** @param now compute on this thread (the book's setting takes a few tens of milliseconds) */
    private void recompute(boolean now) {
        Activation a = activation.get();
        var weights = init.get().create(customStd.get());
        int l = layers.get();
        int n = nodes.get();
        int m = samples.get();
        long s = seed.get();
        InitChoice choice = init.get();
        Supplier<Result> work = () -> new Result(ActivationExperiment.run(m, n, l, a, weights, new Rng(s)), a, choice, n);
        Consumer<Result> done = finished -> {
            problem.set(null);
            result.set(finished);
        };
        Consumer<RuntimeException> failed = e -> problem.set(Message.of("ch06.init.failed", e.getMessage()));
        if (now) {
            computation.runNow(work, done, failed);
        } else {
            computation.submit(work, done, failed);
        }
    }

    /** A new random input and new weights. */
    void redraw() {
        seed.set(seed.get() + 1);
    }

    /** The inits trained on MNIST: the book's three, and the chosen one when it is none of them. */
    List<InitChoice> comparedInits() {
        List<InitChoice> chosen = new ArrayList<>(List.of(InitChoice.STD_0_01, InitChoice.XAVIER, InitChoice.HE));
        if (!chosen.contains(init.get())) {
            chosen.add(init.get());
        }
        return chosen;
    }

    /** 6.2.4: 4 hidden layers of 100 with the chosen activation, SGD 0.01, batch 128, one network per init. */
    LockstepJob createComparisonJob() {
        List<InitChoice> inits = comparedInits();
        Activation a = activation.get();
        double custom = customStd.get();
        LockstepJob.Plan plan = new LockstepJob.Plan(iterations.get(), BATCH, 0, 0, 0, true, seed.get());
        int planned = iterations.get();
        return new LockstepJob(Message.of("ch06.init.job"), plan, TrainTest::train, rng -> {
            List<Contender> contenders = new ArrayList<>();
            for (InitChoice choice : inits) {
                contenders.add(new Contender(choice.nameKey(), new MultiLayerNet(784, OptimizerRaceViewModel.HIDDEN, 10, a,
                        choice.create(custom), WeightDecay.NONE, rng.split()), new Sgd(LEARNING_RATE)));
            }
            return contenders;
        }, (training, iteration) -> {
            if (iteration == planned) {
                recordSpreads(training);
            }
        });
    }

    /** After training: how different the units of the first hidden layer became (0: still identical). */
    private void recordSpreads(LockstepTraining training) {
        double[] spreads = new double[training.contenders().size()];
        for (int c = 0; c < spreads.length; c++) {
            Affine first = (Affine) training.contenders().get(c).network().layers().get(0);
            spreads[c] = Symmetry.unitSpread(first.weight().value());
        }
        measuredSpreads = spreads;
    }

    void startComparison(TrainingService service) {
        measuredSpreads = null;
        unitSpreads.set(null);
        run.start(service, createComparisonJob());
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

    IntegerProperty layersProperty() {
        return layers;
    }

    IntegerProperty nodesProperty() {
        return nodes;
    }

    IntegerProperty samplesProperty() {
        return samples;
    }

    IntegerProperty iterationsProperty() {
        return iterations;
    }

    /** The latest finished experiment. */
    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Unit spread of layer 1's weights per compared network after training, or null. */
    ReadOnlyObjectProperty<double[]> unitSpreadsProperty() {
        return unitSpreads.getReadOnlyProperty();
    }
}
