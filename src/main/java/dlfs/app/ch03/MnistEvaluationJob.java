package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.Network;
import dlfs.core.tensor.Tensor;

/**
 * The book's batch inference loop (3.6.3) as a job: the test set goes through the network
 * {@code batchSize} images at a time, {@code p = argmax(y, axis=1)} is compared with the labels, and
 * the time spent in loading and predicting is measured per batch. With a batch size of 1 it is the
 * one-image-at-a-time loop of 3.6.2, so the two can be timed against each other.
 */
public final class MnistEvaluationJob implements TrainingJob {
    /** The outcome: correct answers out of all images, and the time inside the batches. */
    public record Result(int batchSize, int images, int correct, int batches, long nanos) {
        public double accuracy() {
            return images == 0 ? Double.NaN : correct / (double) images;
        }

        public double millisPerBatch() {
            return batches == 0 ? Double.NaN : nanos / 1e6 / batches;
        }

        public double imagesPerSecond() {
            return nanos == 0 ? Double.NaN : images / (nanos / 1e9);
        }
    }

    private final Network network;
    private final ImageDataset test;
    private final int batchSize;
    private volatile Result result;

    /** @param network used under its own lock, so a panel may predict single images meanwhile */
    MnistEvaluationJob(Network network, ImageDataset test, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.network = network;
        this.test = test;
        this.batchSize = batchSize;
    }

    @Override
    public Message title() {
        return Message.of("ch03.mnist.job.evaluate", batchSize, test.size());
    }

    @Override
    public void run(JobContext context) {
        int n = test.size();
        int totalBatches = (n + batchSize - 1) / batchSize;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        InputBatch batch = new InputBatch(new int[] {test.imageSize()}, true);
        int correct = 0;
        int batches = 0;
        long nanos = 0;
        for (int from = 0; from < n; from += batchSize) {
            context.checkpoint();
            int count = Math.min(batchSize, n - from);
            long start = System.nanoTime();
            int[] predicted;
            synchronized (network) {
                batch.load(test, order, from, count);
                predicted = network.predict(batch.images(), false).argmaxRows();
            }
            nanos += System.nanoTime() - start;
            Tensor labels = batch.labels();
            for (int i = 0; i < count; i++) {
                if (predicted[i] == (int) labels.at(i)) {
                    correct++;
                }
            }
            batches++;
            result = new Result(batchSize, from + count, correct, batches, nanos);
            context.publish(new JobProgress(batches, totalBatches, 0, Double.NaN, Double.NaN,
                    result.accuracy(), null));
        }
    }

    /** The counts so far (all of them once the job has succeeded), or null before the first batch. */
    Result result() {
        return result;
    }
}
