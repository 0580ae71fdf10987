package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import dlfs.core.train.TrainingHistory.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A NaN or infinite loss or parameter stops the run and leaves the last good parameters. */
class TrainerDivergenceTest {
    private final ImageDataset data = TrainingFixtures.stripes("train", 100, 3, new Rng(1));

    /**
     * With a stable softmax and the δ inside the log the loss stays finite (about −log 1e-7 ≈ 16) even at
     * η = 1e9: the weights just grow. It takes an η whose updates overflow the doubles to make NaN.
     */
    @Test
    void overflowingLearningRateStopsWithTheLastGoodWeights() {
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE);
        Watch watch = run(net, 1e300);
        assertEquals(Outcome.DIVERGED, watch.history.outcome());
        assertEquals(1, watch.divergedAt.size(), "reported once");
        int bad = watch.divergedAt.get(0);
        assertEquals(bad, watch.history.divergedAt());
        assertEquals(bad, watch.history.iterations(), "iterations before the bad one are kept");
        assertTrue(bad > 0 && bad < 100, "diverges early: " + bad);
        assertParamsEqual(watch.lastGood, net.params());
    }

    @Test
    void nanLossStopsBeforeTheUpdate() {
        Poison poison = new Poison();
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE, poison);
        poison.forwardFromCall = 6;
        Watch watch = run(net, 0.1);
        assertEquals(List.of(5), watch.divergedAt);
        assertTrue(Double.isNaN(watch.divergedLoss));
        assertEquals(5, watch.history.iterations());
        assertParamsEqual(watch.lastGood, net.params());
    }

    @Test
    void nanGradientIsUndoneAfterTheUpdate() {
        Poison poison = new Poison();
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE, poison);
        poison.backwardFromCall = 4;
        Watch watch = run(net, 0.1);
        assertEquals(List.of(3), watch.divergedAt);
        assertFalse(Double.isNaN(watch.divergedLoss), "the loss was finite; the update was not");
        assertParamsEqual(watch.lastGood, net.params());
        for (Param p : net.params()) {
            assertTrue(p.value().isFinite());
        }
    }

    @Test
    void largeButFiniteLearningRateKeepsTheLossFinite() {
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE);
        Watch watch = run(net, 1e9);
        assertEquals(Outcome.COMPLETED, watch.history.outcome());
        for (double loss : watch.history.losses()) {
            // the loss is computed as log-sum-exp, so huge scores give a huge but finite loss, not a divergence
            assertTrue(Double.isFinite(loss), "finite loss: " + loss);
        }
    }

    private Watch run(SequentialNetwork net, double lr) {
        TrainerConfig config = TrainerConfig.builder(16).epochs(100).batchSize(10).evaluationSampleLimit(0).build();
        Trainer trainer = new Trainer(net, new Sgd(lr), data, null, config, new Rng(3));
        Watch watch = new Watch(net.params());
        trainer.addListener(watch);
        watch.history = trainer.run();
        return watch;
    }

    private static void assertParamsEqual(List<double[]> expected, List<Param> params) {
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(expected.get(i), params.get(i).value().data(), params.get(i).name());
        }
    }

    /** Copies the parameters after every successful iteration and records divergence reports. */
    private static final class Watch implements TrainingListener {
        private final List<Param> params;
        List<double[]> lastGood;
        final List<Integer> divergedAt = new ArrayList<>();
        double divergedLoss;
        TrainingHistory history;

        Watch(List<Param> params) {
            this.params = params;
            this.lastGood = TrainingFixtures.snapshot(params);
        }

        @Override
        public void onIteration(int iteration, int epoch, double loss) {
            lastGood = TrainingFixtures.snapshot(params);
        }

        @Override
        public void onDiverged(int iteration, double loss) {
            divergedAt.add(iteration);
            divergedLoss = loss;
        }
    }

    /** Passes values through until its n-th training forward (or backward) call, then returns NaN. */
    private static final class Poison implements Layer {
        int forwardFromCall = Integer.MAX_VALUE;
        int backwardFromCall = Integer.MAX_VALUE;
        private int forwards;
        private int backwards;

        @Override
        public Tensor forward(Tensor x, boolean train) {
            if (train && ++forwards >= forwardFromCall) {
                return x.map(v -> Double.NaN);
            }
            return x;
        }

        @Override
        public Tensor backward(Tensor dout) {
            if (++backwards >= backwardFromCall) {
                return dout.map(v -> Double.NaN);
            }
            return dout;
        }

        @Override
        public String name() {
            return "Poison";
        }
    }
}
