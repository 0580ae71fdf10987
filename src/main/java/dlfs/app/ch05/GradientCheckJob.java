package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.ImageDataset;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.gradient.InjectedBug;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.function.Supplier;

/**
 * The book's gradient check (5.7.3) as a background job: TwoLayerNet(784, 50, 10) on the first
 * three training images, backprop against central differences, optionally with a planted bug.
 * Tens of thousands of nudged forward passes take seconds, so the job publishes its progress and
 * meets a checkpoint (pause, step, cancel) every few hundred elements.
 */
final class GradientCheckJob implements TrainingJob {
    /** The book's batch: the first three training samples. */
    static final int SAMPLES = 3;
    static final int HIDDEN = 50;
    /** Elements differentiated between two checkpoints. */
    static final int CHECKPOINT_EVERY = 250;

    /** The first three training images and their one-hot labels. */
    record Batch(Tensor x, Tensor t) {
        /** From the default data set (full MNIST when installed, else the bundled mini set). */
        static Batch firstTrainingImages() {
            ImageDataset first = DatasetLocator.standard(null).locateDefault().load().train().slice(0, SAMPLES);
            return new Batch(first.images(true), first.labels(true));
        }
    }

    /** What the check found, with its timing (for the "why not always numerical?" comparison). */
    record Outcome(InjectedBug bug, GradientCheck.Report report, double numericalSeconds, double backpropMillis) {
    }

    private final InjectedBug bug;
    private final int maxElementsPerParam;
    private final long seed;
    private final Supplier<Batch> batch;
    private volatile Outcome outcome;

    /**
     * @param maxElementsPerParam {@link Integer#MAX_VALUE} for every element (as the book), else a random sample
     * @param batch               the three images, loaded (once) on the worker thread
     */
    GradientCheckJob(InjectedBug bug, int maxElementsPerParam, long seed, Supplier<Batch> batch) {
        this.bug = bug;
        this.maxElementsPerParam = maxElementsPerParam;
        this.seed = seed;
        this.batch = batch;
    }

    @Override
    public Message title() {
        return Message.of("ch05.gradcheck.jobTitle");
    }

    @Override
    public void run(JobContext context) {
        Batch data = batch.get();
        Rng rng = new Rng(seed);
        TwoLayerNet net = TwoLayerNet.chapter5(data.x().cols(), HIDDEN, data.t().cols(), rng);
        SequentialNetwork checked = bug.injectInto(net);
        double loss = checked.loss(data.x(), data.t(), true);
        context.publish(JobProgress.of(0, 1, 0, loss));
        long start = System.nanoTime();
        GradientCheck.Report report = GradientCheck.of(checked, data.x(), data.t(), maxElementsPerParam, rng.split(),
                (param, done, total) -> {
                    if (done % CHECKPOINT_EVERY == 0 || done == total) {
                        context.checkpoint();
                        context.publish(JobProgress.of(done, total, 0, loss));
                    }
                });
        double numericalSeconds = (System.nanoTime() - start) / 1e9;
        int repeats = 20;
        long backpropStart = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            checked.gradient(data.x(), data.t());
        }
        double backpropMillis = (System.nanoTime() - backpropStart) / 1e6 / repeats;
        outcome = new Outcome(bug, report, numericalSeconds, backpropMillis);
    }

    /** The result once the job has succeeded, else null. */
    Outcome outcome() {
        return outcome;
    }
}
