package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import dlfs.core.train.LockstepTraining;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Several networks trained side by side on the same mini-batches, as one job of the shared
 * service: the comparison runs of chapter 6 (optimizers, initial weights, Batch Norm, regularisation).
 * Every iteration passes a checkpoint, so pause, single-step and cancel work; the panel reads what
 * has been recorded with {@link #snapshot()} whenever the service delivers progress.
 */
final class LockstepJob implements TrainingJob {
    /** Makes the networks on the worker thread; {@code rng} draws their initial weights. */
    interface Contenders {
        List<Contender> create(Rng rng);
    }

    /** Looks at the networks after an iteration, on the worker thread (e.g. gradient sizes, dropout masks). */
    interface Probe {
        void afterIteration(LockstepTraining training, int iteration);
    }

    /**
     * How long and how to measure.
     *
     * @param evaluateEvery measure accuracy before training and after every this many iterations (0: never)
     * @param trainLimit    training samples measured each time (the first ones)
     * @param testLimit     test samples measured each time
     * @param finalTest     measure the whole test set once at the end
     */
    record Plan(int iterations, int batchSize, int evaluateEvery, int trainLimit, int testLimit, boolean finalTest,
                long seed) {
    }

    /** Accuracy of every contender after {@code iteration} iterations. */
    record Evaluation(int iteration, double[] train, double[] test) {
    }

    /** What has been recorded so far, copied for the FX thread. */
    record Snapshot(List<String> names, int iterations, int planned, List<double[]> losses,
                    List<Evaluation> evaluations, double[] finalTest, boolean[] diverged, boolean finished) {
        static final Snapshot EMPTY = new Snapshot(List.of(), 0, 0, List.of(), List.of(), new double[0], new boolean[0],
                false);
    }

    private final Message title;
    private final Plan plan;
    private final Function<TrainTest, ImageDataset> trainingSet;
    private final Contenders contenders;
    private final Probe probe;
    private LockstepTraining training;
    private final List<Evaluation> evaluations = new ArrayList<>();
    private double[] finalTest = new double[0];
    private boolean finished;

    /** @param trainingSet the part of the training data to learn from (e.g. the first 300 images) */
    LockstepJob(Message title, Plan plan, Function<TrainTest, ImageDataset> trainingSet, Contenders contenders,
                Probe probe) {
        this.title = title;
        this.plan = plan;
        this.trainingSet = trainingSet;
        this.contenders = contenders;
        this.probe = probe;
    }

    @Override
    public Message title() {
        return title;
    }

    @Override
    public void run(JobContext context) {
        TrainTest data = Chapter6Data.load();
        ImageDataset train = trainingSet.apply(data);
        Rng rng = new Rng(plan.seed());
        LockstepTraining built = new LockstepTraining(contenders.create(rng.split()), train, plan.batchSize(),
                new int[] {train.imageSize()}, rng.split());
        synchronized (this) {
            training = built;
        }
        if (plan.evaluateEvery() > 0) {
            evaluate(built, train, data.test(), 0);
        }
        double best = Double.NaN;
        for (int iteration = 1; iteration <= plan.iterations(); iteration++) {
            context.checkpoint();
            double[] losses;
            synchronized (this) {
                losses = built.step();
            }
            if (probe != null) {
                probe.afterIteration(built, iteration);
            }
            if (plan.evaluateEvery() > 0 && iteration % plan.evaluateEvery() == 0) {
                evaluate(built, train, data.test(), iteration);
            }
            best = Arrays.stream(losses).filter(Double::isFinite).min().orElse(Double.NaN);
            if (Double.isNaN(best)) {
                throw new JobDivergedException(Message.of("ch06.job.all-diverged", iteration));
            }
            context.publish(new JobProgress(iteration, plan.iterations(), 0, best, Double.NaN, Double.NaN, null));
        }
        double[] last = new double[built.contenders().size()];
        for (int c = 0; c < last.length; c++) {
            last[c] = plan.finalTest() ? built.accuracy(c, data.test(), TrainerConfig.ALL) : Double.NaN;
        }
        synchronized (this) {
            finalTest = last;
            finished = true;
        }
        context.publish(new JobProgress(plan.iterations(), plan.iterations(), 0, Double.isNaN(best) ? 0 : best,
                Double.NaN, Double.NaN, null));
    }

    private void evaluate(LockstepTraining built, ImageDataset train, ImageDataset test, int iteration) {
        int n = built.contenders().size();
        double[] trainAccuracy = new double[n];
        double[] testAccuracy = new double[n];
        for (int c = 0; c < n; c++) {
            trainAccuracy[c] = built.accuracy(c, train, plan.trainLimit());
            testAccuracy[c] = plan.testLimit() == 0 ? Double.NaN : built.accuracy(c, test, plan.testLimit());
        }
        synchronized (this) {
            evaluations.add(new Evaluation(iteration, trainAccuracy, testAccuracy));
        }
    }

    /** A copy of everything recorded so far (any thread). */
    synchronized Snapshot snapshot() {
        if (training == null) {
            return Snapshot.EMPTY;
        }
        int n = training.contenders().size();
        List<double[]> losses = new ArrayList<>();
        boolean[] diverged = new boolean[n];
        for (int c = 0; c < n; c++) {
            losses.add(training.losses(c));
            diverged[c] = training.diverged(c);
        }
        return new Snapshot(training.contenders().stream().map(Contender::name).toList(), training.iterations(),
                plan.iterations(), losses, List.copyOf(evaluations), finalTest.clone(), diverged, finished);
    }
}
