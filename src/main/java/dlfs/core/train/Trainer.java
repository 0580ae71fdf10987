package dlfs.core.train;

import dlfs.core.data.ImageDataset;
import dlfs.core.layer.Param;
import dlfs.core.metrics.Evaluator;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.Network;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import dlfs.core.train.TrainingHistory.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Mini-batch training as in the companion code's {@code Trainer}: each iteration draws a batch,
 * backpropagates, and lets the optimizer update the parameters; once per epoch it measures train
 * and test accuracy.
 *
 * <p><b>Schedule.</b> An epoch is {@code max(trainSize / batchSize, 1)} iterations (whole batches).
 * As in the companion code, epoch e is evaluated right after the first update of that epoch
 * (iterations 0, ipe, 2·ipe, …), so the first point shows an almost untrained network; a completed
 * run also measures the whole test set once at the end.
 *
 * <p><b>Threads.</b> {@link #step()} runs one iteration (a GUI can single-step); {@link #run()} runs to
 * the end on the calling thread. {@link #pause()}, {@link #resume()} and {@link #cancel()} may be called
 * from any thread: run() blocks while paused, and a cancel takes effect at the next iteration boundary.
 * Iterations never overlap, whichever thread calls them.
 *
 * <p><b>Divergence.</b> A NaN or infinite loss stops the run before the update, and a non-finite
 * parameter after the update restores every parameter from a copy taken just before it; either way
 * the parameters end as they were at the start of the failing iteration. (In the second case the
 * optimizer's own state has taken that step; start a new optimizer to continue.)
 */
public final class Trainer {
    /** Where a trainer is, for a GUI's buttons. */
    public enum Status { READY, RUNNING, PAUSED, FINISHED }

    private final Network network;
    private final Optimizer optimizer;
    private final ImageDataset train;
    private final ImageDataset test;
    private final TrainerConfig config;
    private final Rng rng;
    private final int iterationsPerEpoch;
    private final int totalIterations;

    private final List<Param> params;
    private final Tensor[] lastGood;
    private final InputBatch batch;
    private final Evaluator evaluator;
    private final int[] drawn;
    private int[] epochOrder;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();

    /** Serialises iterations. */
    private final Object stepLock = new Object();
    /** Guards the flags and the recorded history. */
    private final Object lock = new Object();
    private boolean pauseRequested;
    private boolean cancelRequested;
    private boolean running;
    private boolean waiting;
    private final double[] losses;
    private final double[] trainAccuracies;
    private final double[] testAccuracies;
    private int iterationsDone;
    private int epochsEvaluated;
    private Outcome outcome = Outcome.UNFINISHED;
    private int divergedAt = -1;
    private double finalTestAccuracy = Double.NaN;

    /**
     * @param test the test (or validation) set measured each epoch; may be null when only the loss matters
     * @param rng  draws the mini-batches (the network's initial weights come from the caller's own draws)
     */
    public Trainer(Network network, Optimizer optimizer, ImageDataset train, ImageDataset test, TrainerConfig config, Rng rng) {
        if (network == null || optimizer == null || train == null || config == null || rng == null) {
            throw new IllegalArgumentException("a trainer needs a network, an optimizer, training data, a config and an Rng");
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("training set " + train.name() + " is empty");
        }
        this.network = network;
        this.optimizer = optimizer;
        this.train = train;
        this.test = test;
        this.config = config;
        this.rng = rng;
        this.batch = new InputBatch(config.sampleShape(), config.normalize());
        batch.requireFits(train);
        if (test != null) {
            batch.requireFits(test);
        }
        if (config.sampling() == Sampling.WITHOUT_REPLACEMENT && config.batchSize() > train.size()) {
            throw new IllegalArgumentException("batch size " + config.batchSize() + " exceeds the " + train.size()
                    + " training images; sample with replacement or use a smaller batch");
        }
        this.iterationsPerEpoch = Math.max(train.size() / config.batchSize(), 1);
        this.totalIterations = config.iterations() > 0 ? config.iterations() : config.epochs() * iterationsPerEpoch;
        int evaluations = (totalIterations + iterationsPerEpoch - 1) / iterationsPerEpoch;
        this.losses = new double[totalIterations];
        this.trainAccuracies = new double[evaluations];
        this.testAccuracies = new double[evaluations];
        this.evaluator = new Evaluator(config.sampleShape(), config.normalize(), config.evaluationBatchSize());
        this.drawn = new int[config.batchSize()];
        this.params = network.params();
        this.lastGood = new Tensor[params.size()];
        for (int i = 0; i < lastGood.length; i++) {
            lastGood[i] = Tensor.zeros(params.get(i).value().shape());
        }
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs one iteration (and the epoch's evaluation when it falls on it).
     *
     * @return true while more iterations remain; false once the run has completed, diverged or been cancelled
     */
    public boolean step() {
        synchronized (stepLock) {
            if (outcome() != Outcome.UNFINISHED) {
                return false;
            }
            if (isCancelRequested()) {
                finish(Outcome.CANCELLED);
                return false;
            }
            iterate();
            return outcome() == Outcome.UNFINISHED;
        }
    }

    /** Runs the remaining iterations on the calling thread, honouring pause and cancel; returns the history. */
    public TrainingHistory run() {
        synchronized (lock) {
            if (running) {
                throw new IllegalStateException("the trainer is already running on another thread");
            }
            running = true;
        }
        try {
            do {
                awaitWhilePaused();
            } while (step());
        } finally {
            synchronized (lock) {
                running = false;
            }
        }
        return history();
    }

    /** Holds run() before its next iteration until {@link #resume()} or {@link #cancel()}. */
    public void pause() {
        synchronized (lock) {
            pauseRequested = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            pauseRequested = false;
            lock.notifyAll();
        }
    }

    /** Stops at the next iteration boundary (also releases a paused run). */
    public void cancel() {
        synchronized (lock) {
            cancelRequested = true;
            lock.notifyAll();
        }
    }

    private void awaitWhilePaused() {
        synchronized (lock) {
            waiting = true;
            try {
                while (pauseRequested && !cancelRequested) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRequested = true;
            } finally {
                waiting = false;
            }
        }
    }

    private boolean isCancelRequested() {
        synchronized (lock) {
            return cancelRequested;
        }
    }

    // ---------------------------------------------------------------- one iteration

    private void iterate() {
        int iteration = iterationsDone();
        int epoch = iteration / iterationsPerEpoch + 1;
        int[] indices = drawBatch(iteration);
        int from = indices == drawn ? 0 : (iteration % iterationsPerEpoch) * config.batchSize();
        batch.load(train, indices, from, config.batchSize());
        config.augmenter().augment(batch.images(), config.sampleShape(), rng);

        double loss = network.gradient(batch.images(), batch.labels());
        if (!Double.isFinite(loss)) {
            diverge(iteration, loss);
            return;
        }
        for (int i = 0; i < lastGood.length; i++) {
            lastGood[i].copyFrom(params.get(i).value());
        }
        optimizer.update(params);
        if (!parametersFinite()) {
            for (int i = 0; i < lastGood.length; i++) {
                params.get(i).value().copyFrom(lastGood[i]);
            }
            diverge(iteration, loss);
            return;
        }

        synchronized (lock) {
            losses[iteration] = loss;
            iterationsDone++;
        }
        for (TrainingListener l : listeners) {
            l.onIteration(iteration, epoch, loss);
        }
        if (iteration % iterationsPerEpoch == 0) {
            evaluate(epoch);
        }
        if (iteration + 1 == totalIterations) {
            finish(Outcome.COMPLETED);
        }
    }

    /** The indices of this iteration's batch: fresh random draws, or a slice of this epoch's shuffle. */
    private int[] drawBatch(int iteration) {
        if (config.sampling() == Sampling.WITH_REPLACEMENT) {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = rng.nextInt(train.size());
            }
            return drawn;
        }
        if (iteration % iterationsPerEpoch == 0) {
            epochOrder = rng.permutation(train.size());
        }
        return epochOrder;
    }

    private boolean parametersFinite() {
        for (Param p : params) {
            if (!p.value().isFinite()) {
                return false;
            }
        }
        return true;
    }

    private void evaluate(int epoch) {
        double trainAccuracy = evaluator.accuracy(network, train, config.trainEvaluationLimit());
        double testAccuracy = test == null ? Double.NaN : evaluator.accuracy(network, test, config.testEvaluationLimit());
        synchronized (lock) {
            trainAccuracies[epochsEvaluated] = trainAccuracy;
            testAccuracies[epochsEvaluated] = testAccuracy;
            epochsEvaluated++;
        }
        for (TrainingListener l : listeners) {
            l.onEpoch(epoch, trainAccuracy, testAccuracy);
        }
    }

    private void diverge(int iteration, double loss) {
        synchronized (lock) {
            divergedAt = iteration;
        }
        for (TrainingListener l : listeners) {
            l.onDiverged(iteration, loss);
        }
        finish(Outcome.DIVERGED);
    }

    private void finish(Outcome how) {
        double finalAccuracy = how == Outcome.COMPLETED && test != null
                ? evaluator.accuracy(network, test, TrainerConfig.ALL) : Double.NaN;
        synchronized (lock) {
            finalTestAccuracy = finalAccuracy;
            outcome = how;
        }
        TrainingHistory history = history();
        for (TrainingListener l : listeners) {
            l.onFinished(history);
        }
    }

    // ---------------------------------------------------------------- reading

    /** A snapshot of everything recorded so far (safe to call from any thread). */
    public TrainingHistory history() {
        synchronized (lock) {
            return new TrainingHistory(Arrays.copyOf(losses, iterationsDone), Arrays.copyOf(trainAccuracies, epochsEvaluated),
                    Arrays.copyOf(testAccuracies, epochsEvaluated), iterationsPerEpoch, outcome, divergedAt, finalTestAccuracy);
        }
    }

    public Status status() {
        synchronized (lock) {
            if (outcome != Outcome.UNFINISHED) {
                return Status.FINISHED;
            }
            if (!running) {
                return Status.READY;
            }
            return waiting && pauseRequested ? Status.PAUSED : Status.RUNNING;
        }
    }

    public Outcome outcome() {
        synchronized (lock) {
            return outcome;
        }
    }

    public int iterationsDone() {
        synchronized (lock) {
            return iterationsDone;
        }
    }

    /** max(trainSize / batchSize, 1), the book's {@code iter_per_epoch} in whole batches. */
    public int iterationsPerEpoch() {
        return iterationsPerEpoch;
    }

    public int totalIterations() {
        return totalIterations;
    }

    public Network network() {
        return network;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public TrainerConfig config() {
        return config;
    }
}
