package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which images the batches hold: every image once per epoch without replacement, independent draws with. */
class TrainerSamplingTest {
    private static final int N = 40;

    @Test
    void withoutReplacementEachEpochSeesEveryImageOnce() {
        List<List<Integer>> batches = batchesOf(Sampling.WITHOUT_REPLACEMENT, 3);
        assertEquals(12, batches.size());
        for (int epoch = 0; epoch < 3; epoch++) {
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < 4; b++) {
                seen.addAll(batches.get(epoch * 4 + b));
            }
            assertEquals(N, seen.size(), "epoch " + (epoch + 1) + " covers all " + N + " images");
        }
        assertTrue(!batches.get(0).equals(batches.get(4)), "each epoch reshuffles");
    }

    @Test
    void withReplacementDrawsIndependently() {
        List<List<Integer>> batches = batchesOf(Sampling.WITH_REPLACEMENT, 3);
        boolean someEpochRepeats = false;
        for (int epoch = 0; epoch < 3; epoch++) {
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < 4; b++) {
                seen.addAll(batches.get(epoch * 4 + b));
            }
            someEpochRepeats |= seen.size() < N;
        }
        assertTrue(someEpochRepeats, "40 draws from 40 images almost surely repeat one");
    }

    /** The labels (= image indices here) of every training batch. */
    private static List<List<Integer>> batchesOf(Sampling sampling, int epochs) {
        byte[] pixels = new byte[N];
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            labels[i] = i;
        }
        ImageDataset data = new ImageDataset("indexed", pixels, labels, 1, 1, 1, N);
        RecordingNetwork net = new RecordingNetwork();
        TrainerConfig config = TrainerConfig.builder(1).epochs(epochs).batchSize(10).sampling(sampling).evaluationSampleLimit(0).build();
        new Trainer(net, new Sgd(), data, null, config, new Rng(9)).run();
        return net.batches;
    }

    /** Remembers the labels it was trained on; has no parameters. */
    private static final class RecordingNetwork extends StubNetwork {
        final List<List<Integer>> batches = new ArrayList<>();

        @Override
        public Tensor predict(Tensor x, boolean train) {
            return Tensor.zeros(x.dim(0), N);
        }

        @Override
        public double gradient(Tensor x, Tensor targets) {
            List<Integer> batch = new ArrayList<>();
            for (double t : targets.data()) {
                batch.add((int) t);
            }
            batches.add(batch);
            return 1;
        }
    }
}
