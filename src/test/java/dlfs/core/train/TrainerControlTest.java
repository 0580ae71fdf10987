package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.TrainingHistory.Outcome;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pause, resume and cancel called from another thread than the one running the trainer. */
class TrainerControlTest {
    private static final int WAIT_SECONDS = 30;

    @Test
    @Timeout(60)
    void pauseHoldsResumeContinuesCancelStops() throws Exception {
        ImageDataset data = TrainingFixtures.stripes("train", 100, 3, new Rng(1));
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE);
        TrainerConfig config = TrainerConfig.builder(16).epochs(100_000).batchSize(10).evaluationSampleLimit(0).build();
        Trainer trainer = new Trainer(net, new Sgd(), data, null, config, new Rng(3));
        CountDownLatch started = new CountDownLatch(20);
        CountDownLatch resumed = new CountDownLatch(1);
        AtomicInteger iterationAtResume = new AtomicInteger(-1);
        AtomicReference<TrainingHistory> finished = new AtomicReference<>();
        trainer.addListener(new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                started.countDown();
                if (iterationAtResume.get() >= 0 && iteration > iterationAtResume.get() + 20) {
                    resumed.countDown();
                }
            }

            @Override
            public void onFinished(TrainingHistory history) {
                finished.set(history);
            }
        });
        AtomicReference<TrainingHistory> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(trainer.run()), "trainer");
        runner.start();

        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        trainer.pause();
        awaitStatus(trainer, Trainer.Status.PAUSED);
        int held = trainer.iterationsDone();
        Thread.sleep(50);
        assertEquals(held, trainer.iterationsDone(), "no iteration runs while paused");
        assertEquals(Trainer.Status.PAUSED, trainer.status());

        iterationAtResume.set(held);
        trainer.resume();
        assertTrue(resumed.await(WAIT_SECONDS, TimeUnit.SECONDS), "training goes on after resume");

        trainer.cancel();
        runner.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertTrue(!runner.isAlive(), "run() returns after cancel");
        assertEquals(Outcome.CANCELLED, result.get().outcome());
        assertEquals(Outcome.CANCELLED, finished.get().outcome());
        assertTrue(result.get().iterations() > held + 20 && result.get().iterations() < trainer.totalIterations());
        assertEquals(Trainer.Status.FINISHED, trainer.status());
    }

    @Test
    @Timeout(60)
    void cancelReleasesAPausedRun() throws Exception {
        ImageDataset data = TrainingFixtures.stripes("train", 50, 3, new Rng(1));
        SequentialNetwork net = TrainingFixtures.twoLayerNet(16, 8, 3, new Rng(2), WeightDecay.NONE);
        Trainer trainer = new Trainer(net, new Sgd(), data, null,
                TrainerConfig.builder(16).epochs(1000).batchSize(10).evaluationSampleLimit(0).build(), new Rng(3));
        trainer.pause();
        AtomicReference<TrainingHistory> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(trainer.run()), "trainer");
        runner.start();
        awaitStatus(trainer, Trainer.Status.PAUSED);
        assertEquals(0, trainer.iterationsDone());
        trainer.cancel();
        runner.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(Outcome.CANCELLED, result.get().outcome());
        assertEquals(0, result.get().iterations());
    }

    private static void awaitStatus(Trainer trainer, Trainer.Status status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (trainer.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(status, trainer.status());
    }
}
