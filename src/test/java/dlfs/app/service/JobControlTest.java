package dlfs.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Pause, single step, resume and cancel across a real worker thread. */
class JobControlTest {
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 10_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(1);
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting until " + what);
    }

    /** Counts a step, then meets its checkpoint, forever. */
    private static TrainingJob endless(AtomicInteger steps) {
        return TrainingServiceTest.job(ctx -> {
            while (true) {
                int step = steps.incrementAndGet();
                ctx.checkpoint();
                ctx.publish(JobProgress.of(step, 0, 0, 1));
            }
        });
    }

    @Test
    void pausedJobWaitsStepsExactlyOnceAndStopsWhenCancelled() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        TrainingService service = new TrainingService(worker);
        AtomicInteger steps = new AtomicInteger();
        JobHandle handle = service.submit(endless(steps));
        handle.pause();
        JobRun run = handle.run();
        await(run::isWaitingWhilePaused, "the worker waits in a checkpoint");
        int before = steps.get();
        service.deliver();
        assertEquals(JobState.PAUSED, handle.getState());

        handle.step();
        await(() -> steps.get() == before + 1 && run.isWaitingWhilePaused(), "one step ran and it waits again");
        assertEquals(before + 1, steps.get(), "exactly one step");

        handle.resume();
        await(() -> steps.get() > before + 10, "it runs on after resume");
        handle.cancel();
        worker.shutdown();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
        service.deliver();
        assertEquals(JobState.CANCELLED, handle.getState());
    }

    @Test
    void closeCancelsTheRunningJobAndJoinsTheWorker() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        TrainingService service = new TrainingService(worker);
        AtomicInteger steps = new AtomicInteger();
        JobHandle handle = service.submit(endless(steps));
        await(() -> steps.get() > 0, "the job runs");
        service.close();
        assertTrue(worker.isTerminated(), "worker joined");
        assertEquals(JobState.CANCELLED, handle.getState());
    }

    @Test
    void stepDelayHoldsEachCheckpointButCancelCutsItShort() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        TrainingService service = new TrainingService(worker);
        // far longer than the test may take between seeing the first step and cancelling, however busy the machine
        service.stepDelayMillisProperty().set(60_000);
        AtomicInteger steps = new AtomicInteger();
        JobHandle handle = service.submit(endless(steps));
        await(() -> steps.get() == 1, "the first step ran");
        handle.cancel();
        worker.shutdown();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, steps.get(), "the delay was interrupted by the cancel");
        service.deliver();
        assertEquals(JobState.CANCELLED, handle.getState());
    }

    @Test
    void aPauseDuringTheStepDelayHoldsTheJobBeforeItsNextStep() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        TrainingService service = new TrainingService(worker);
        service.stepDelayMillisProperty().set(60_000);
        AtomicInteger steps = new AtomicInteger();
        JobHandle handle = service.submit(endless(steps));
        await(() -> steps.get() == 1, "the first step waits out its delay");
        handle.pause();
        await(handle.run()::isWaitingWhilePaused, "the pause ends the delay and holds the job");
        assertEquals(1, steps.get(), "no step after the pause");
        handle.cancel();
        worker.shutdown();
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
    }
}
