package dlfs.core.metrics;

import dlfs.core.data.ImageDataset;
import dlfs.core.function.Functions;
import dlfs.core.network.Network;
import dlfs.core.tensor.Tensor;

/**
 * Runs a network over a dataset in batches (inference mode: no dropout, BatchNorm on running
 * statistics) to measure accuracy or collect {@link Predictions}. Batching keeps memory flat: 10,000
 * test images go through 500 at a time instead of as one 10,000-row tensor per layer.
 */
public final class Evaluator {
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final InputBatch batch;
    private final int batchSize;
    private int[] range = new int[0];

    public Evaluator(int[] sampleShape, boolean normalize) {
        this(sampleShape, normalize, DEFAULT_BATCH_SIZE);
    }

    public Evaluator(int[] sampleShape, boolean normalize, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("evaluation batch size must be at least 1, got " + batchSize);
        }
        this.batch = new InputBatch(sampleShape, normalize);
        this.batchSize = batchSize;
    }

    /**
     * Fraction of the first {@code limit} samples (all when limit ≥ size, as the book's
     * {@code x[:t]}) whose highest score is the true class; NaN when that is no sample.
     */
    public double accuracy(Network network, ImageDataset data, int limit) {
        int n = count(data, limit);
        if (n == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int from = 0; from < n; from += batchSize) {
            int count = Math.min(batchSize, n - from);
            int[] predicted = scores(network, data, from, count).argmaxRows();
            double[] labels = batch.labels().data();
            for (int i = 0; i < count; i++) {
                if (predicted[i] == (int) labels[i]) {
                    hits++;
                }
            }
        }
        return hits / (double) n;
    }

    /** Predictions with softmax probabilities for the first {@code limit} samples. */
    public Predictions predict(Network network, ImageDataset data, int limit) {
        int n = count(data, limit);
        int classes = data.classes();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] probabilities = new double[n * classes];
        double[] batchProbabilities = new double[Math.min(batchSize, n) * classes];
        for (int from = 0; from < n; from += batchSize) {
            int count = Math.min(batchSize, n - from);
            Tensor scores = scores(network, data, from, count);
            System.arraycopy(scores.argmaxRows(), 0, predicted, from, count);
            Functions.softmaxRows(scores.data(), batchProbabilities, count, classes);
            System.arraycopy(batchProbabilities, 0, probabilities, from * classes, count * classes);
            for (int i = 0; i < count; i++) {
                truth[from + i] = (int) batch.labels().at(i);
            }
        }
        return new Predictions(classes, truth, predicted, probabilities);
    }

    private Tensor scores(Network network, ImageDataset data, int from, int count) {
        batch.load(data, range, from, count);
        Tensor scores = network.predict(batch.images(), false);
        if (scores.rows() != count || scores.cols() != data.classes()) {
            throw new IllegalArgumentException("the network gives scores "
                    + Tensor.shapeString(scores.shape()) + " for " + count + " samples of " + data.name()
                    + ", which has " + data.classes() + " classes");
        }
        return scores;
    }

    private int count(ImageDataset data, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("evaluation sample limit must be ≥ 0, got " + limit);
        }
        int n = Math.min(limit, data.size());
        if (range.length < n) {
            range = new int[n];
            for (int i = 0; i < n; i++) {
                range[i] = i;
            }
        }
        return n;
    }
}
