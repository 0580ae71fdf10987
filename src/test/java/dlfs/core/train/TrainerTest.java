package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.train.TrainingHistory.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning, reproducibility, the epoch schedule and single-stepping on a small separable dataset. */
class TrainerTest {
    private final ImageDataset train = TrainingFixtures.stripes("train", 150, 3, new Rng(11));
    private final ImageDataset test = TrainingFixtures.stripes("test", 60, 3, new Rng(12));

    private Trainer trainer(long seed, TrainerConfig config) {
        SequentialNetwork net = TrainingFixtures.twoLayerNet(TrainingFixtures.PIXELS, 10, 3, new Rng(seed), WeightDecay.NONE);
        return new Trainer(net, new Sgd(0.1), train, test, config, new Rng(seed + 1));
    }

    private static TrainerConfig.Builder config() {
        return TrainerConfig.builder(TrainingFixtures.PIXELS).epochs(30).batchSize(10);
    }

    @Test
    void separableDataIsLearned() {
        TrainingHistory h = trainer(1, config().build()).run();
        assertEquals(Outcome.COMPLETED, h.outcome());
        assertEquals(450, h.iterations());
        double[] loss = h.losses();
        assertTrue(mean(loss, 0, 20) > 3 * mean(loss, loss.length - 20, loss.length),
                "loss should fall: first " + mean(loss, 0, 20) + ", last " + mean(loss, loss.length - 20, loss.length));
        assertTrue(h.trainAccuracies()[0] < 0.7, "starts near chance: " + h);
        assertTrue(h.lastTrainAccuracy() > 0.95, h.toString());
        assertTrue(h.lastTestAccuracy() > 0.9, h.toString());
        assertTrue(h.finalTestAccuracy() > 0.9, h.toString());
    }

    @Test
    void augmenterSeesEveryTrainingBatchAndNothingElse() {
        int[] calls = {0};
        // wiping every training image leaves nothing to learn from: accuracy stays near chance,
        // which shows the hook runs on the batch the network trains on, and evaluation is untouched
        BatchAugmenter wipe = (images, shape, rng) -> {
            calls[0]++;
            assertEquals(10 * TrainingFixtures.PIXELS, images.size());
            assertArrayEquals(new int[] {TrainingFixtures.PIXELS}, shape);
            images.fill(0);
        };
        TrainingHistory wiped = trainer(1, config().augmenter(wipe).build()).run();
        assertEquals(450, calls[0]);
        TrainingHistory plain = trainer(1, config().augmenter(BatchAugmenter.NONE).build()).run();
        assertTrue(plain.finalTestAccuracy() > 0.9 && wiped.finalTestAccuracy() < plain.finalTestAccuracy() - 0.2,
                "nothing learnt from blank images: " + wiped.finalTestAccuracy() + " vs " + plain.finalTestAccuracy());
        assertArrayEquals(trainer(1, config().build()).run().losses(), plain.losses(), "NONE is the book's run");
    }

    @Test
    void sameSeedsReplayBitForBit() {
        TrainerConfig c = config().epochs(5).build();
        Trainer a = trainer(5, c);
        Trainer b = trainer(5, c);
        TrainingHistory ha = a.run();
        TrainingHistory hb = b.run();
        assertArrayEquals(ha.losses(), hb.losses());
        assertArrayEquals(ha.testAccuracies(), hb.testAccuracies());
        for (int i = 0; i < a.network().params().size(); i++) {
            assertArrayEquals(a.network().params().get(i).value().data(), b.network().params().get(i).value().data());
        }
        TrainingHistory other = trainer(6, c).run();
        assertFalse(java.util.Arrays.equals(ha.losses(), other.losses()), "another seed takes another path");
    }

    @Test
    void epochsFollowTheCompanionSchedule() {
        ImageDataset small = TrainingFixtures.stripes("small", 300, 3, new Rng(2));
        SequentialNetwork net = TrainingFixtures.twoLayerNet(TrainingFixtures.PIXELS, 5, 3, new Rng(3), WeightDecay.NONE);
        Trainer t = new Trainer(net, new Sgd(), small, test, TrainerConfig.builder(16).epochs(5).batchSize(100).build(), new Rng(4));
        assertEquals(3, t.iterationsPerEpoch());
        assertEquals(15, t.totalIterations());
        List<int[]> evaluations = new ArrayList<>();
        List<Integer> epochsOfIterations = new ArrayList<>();
        t.addListener(new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                epochsOfIterations.add(epoch);
            }

            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                evaluations.add(new int[] {epoch, t.iterationsDone()});
            }
        });
        TrainingHistory h = t.run();
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5), epochsOfIterations);
        assertEquals(5, evaluations.size());
        for (int e = 0; e < 5; e++) {
            assertArrayEquals(new int[] {e + 1, 3 * e + 1}, evaluations.get(e), "evaluated after the first update of the epoch");
        }
        assertEquals(5, h.epochsEvaluated());
        assertEquals(3, h.iterationsPerEpoch());
    }

    @Test
    void iterationCountCanOverrideEpochs() {
        Trainer t = trainer(1, config().iterations(40).build());
        assertEquals(15, t.iterationsPerEpoch());
        assertEquals(40, t.totalIterations());
        TrainingHistory h = t.run();
        assertEquals(40, h.iterations());
        assertEquals(3, h.epochsEvaluated());
    }

    @Test
    void smallTrainingSetStillHasOneIterationPerEpoch() {
        ImageDataset tiny = TrainingFixtures.stripes("tiny", 30, 3, new Rng(2));
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 5, 3, new Rng(3), WeightDecay.NONE);
        Trainer t = new Trainer(net, new Sgd(), tiny, null, TrainerConfig.builder(16).epochs(4).batchSize(100).build(), new Rng(4));
        assertEquals(1, t.iterationsPerEpoch());
        TrainingHistory h = t.run();
        assertEquals(4, h.iterations());
        assertTrue(Double.isNaN(h.lastTestAccuracy()), "no test set, no test accuracy");
        assertTrue(Double.isNaN(h.finalTestAccuracy()));
    }

    @Test
    void evaluationLimitZeroSkipsAccuracy() {
        TrainingHistory h = trainer(1, config().epochs(2).evaluationSampleLimit(0).build()).run();
        assertEquals(2, h.epochsEvaluated());
        assertTrue(Double.isNaN(h.lastTrainAccuracy()) && Double.isNaN(h.lastTestAccuracy()));
    }

    @Test
    void evaluationLimitUsesTheFirstSamples() {
        List<Double> seen = new ArrayList<>();
        Trainer t = trainer(1, config().epochs(1).trainEvaluationLimit(7).build());
        t.addListener(new TrainingListener() {
            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                seen.add(trainAccuracy);
            }
        });
        t.run();
        double sevenths = seen.get(0) * 7;
        assertEquals(Math.round(sevenths), sevenths, 1e-9, "an accuracy over 7 samples is a multiple of 1/7");
    }

    @Test
    void singleSteppingReachesTheEndAndFinishesOnce() {
        Trainer t = trainer(1, config().epochs(1).build());
        List<TrainingHistory> finished = new ArrayList<>();
        t.addListener(new TrainingListener() {
            @Override
            public void onFinished(TrainingHistory history) {
                finished.add(history);
            }
        });
        assertEquals(Trainer.Status.READY, t.status());
        int steps = 0;
        while (t.step()) {
            steps++;
        }
        assertEquals(14, steps, "the 15th step completes the run and returns false");
        assertEquals(15, t.iterationsDone());
        assertFalse(t.step());
        assertEquals(Trainer.Status.FINISHED, t.status());
        assertEquals(1, finished.size());
        assertEquals(Outcome.COMPLETED, finished.get(0).outcome());
        assertEquals(Outcome.COMPLETED, t.run().outcome(), "run() after the end just returns the history");
    }

    @Test
    void badSettingsAreRejectedWithClearMessages() {
        assertThrows(IllegalArgumentException.class, () -> config().batchSize(0).build());
        assertThrows(IllegalArgumentException.class, () -> config().epochs(0).build());
        assertThrows(IllegalArgumentException.class, () -> config().evaluationSampleLimit(-1).build());
        assertThrows(IllegalArgumentException.class, () -> TrainerConfig.builder().build());
        assertThrows(ShapeException.class, () -> trainer(1, TrainerConfig.builder(1, 28, 28).build()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer(1, config().batchSize(200).sampling(Sampling.WITHOUT_REPLACEMENT).build()));
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
