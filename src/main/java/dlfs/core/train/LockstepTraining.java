package dlfs.core.train;

import dlfs.core.data.ImageDataset;
import dlfs.core.layer.Param;
import dlfs.core.metrics.Evaluator;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.Network;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.random.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * Several networks trained side by side on the same mini-batches, each in turn taking one
 * iteration: the book's comparison scripts (optimizers on MNIST in 6.1.8, initial weights in
 * 6.2.4, with and without Batch Norm in 6.3.2) draw one batch per iteration and let every network
 * learn from it, so differences come from the method and not from the luck of the draw.
 *
 * <p>A contender whose loss or parameters stop being finite is taken out of the race and
 * records NaN from then on; the others go on. Not thread-safe: one thread steps and reads it.
 */
public final class LockstepTraining {
    /** One network with the optimizer that trains it. */
    public record Contender(String name, Network network, Optimizer optimizer) {
    }

    private final List<Contender> contenders;
    private final ImageDataset train;
    private final int batchSize;
    private final Rng rng;
    private final InputBatch batch;
    private final Evaluator evaluator;
    private final int[] drawn;
    private final boolean[] diverged;
    private double[][] losses;
    private int iterations;

    /**
     * @param sampleShape one input sample as the networks read it, e.g. {784}
     * @param rng         draws the mini-batches (with replacement, like {@code np.random.choice})
     */
    public LockstepTraining(List<Contender> contenders, ImageDataset train, int batchSize, int[] sampleShape, Rng rng) {
        if (contenders.isEmpty()) {
            throw new IllegalArgumentException("lockstep training needs at least one network");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("training set " + train.name() + " is empty");
        }
        this.contenders = List.copyOf(contenders);
        this.train = train;
        this.batchSize = batchSize;
        this.rng = rng;
        this.batch = new InputBatch(sampleShape, true);
        batch.requireFits(train);
        this.evaluator = new Evaluator(sampleShape, true);
        this.drawn = new int[batchSize];
        this.diverged = new boolean[contenders.size()];
        this.losses = new double[contenders.size()][256];
    }

    /**
     * One iteration: draws a batch and lets every contender still in the race do forward, backward
     * and its optimizer's update on it.
     *
     * @return this iteration's loss per contender (NaN for those out of the race)
     */
    public double[] step() {
        for (int i = 0; i < batchSize; i++) {
            drawn[i] = rng.nextInt(train.size());
        }
        batch.load(train, drawn, 0, batchSize);
        if (iterations == losses[0].length) {
            for (int c = 0; c < losses.length; c++) {
                losses[c] = Arrays.copyOf(losses[c], iterations * 2);
            }
        }
        double[] now = new double[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            now[c] = diverged[c] ? Double.NaN : train(contenders.get(c));
            if (!Double.isFinite(now[c])) {
                diverged[c] = true;
                now[c] = Double.NaN;
            }
            losses[c][iterations] = now[c];
        }
        iterations++;
        return now;
    }

    /** Forward, backward and update; NaN when the loss or the updated parameters are not finite. */
    private double train(Contender contender) {
        double loss = contender.network().gradient(batch.images(), batch.labels());
        if (!Double.isFinite(loss)) {
            return Double.NaN;
        }
        List<Param> params = contender.network().params();
        contender.optimizer().update(params);
        for (Param p : params) {
            if (!p.value().isFinite()) {
                return Double.NaN;
            }
        }
        return loss;
    }

    /** Accuracy of one contender on the first {@code limit} samples of {@code data} (inference mode); NaN once it diverged. */
    public double accuracy(int contender, ImageDataset data, int limit) {
        return diverged[contender] ? Double.NaN : evaluator.accuracy(contenders.get(contender).network(), data, limit);
    }

    /** Iterations done so far. */
    public int iterations() {
        return iterations;
    }

    /** The mini-batch loss of every iteration so far for one contender (NaN after it diverged). */
    public double[] losses(int contender) {
        return Arrays.copyOf(losses[contender], iterations);
    }

    public boolean diverged(int contender) {
        return diverged[contender];
    }

    public List<Contender> contenders() {
        return contenders;
    }
}
