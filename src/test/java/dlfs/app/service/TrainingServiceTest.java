package dlfs.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The service with a same-thread (or hand-run) executor: every outcome is deterministic. */
class TrainingServiceTest {
    private static final Executor SAME_THREAD = Runnable::run;

    /** A job of {@code steps} checkpointed steps, each publishing its record. */
    static TrainingJob counting(int steps) {
        return job(ctx -> {
            for (int i = 1; i <= steps; i++) {
                ctx.checkpoint();
                ctx.publish(JobProgress.of(i, steps, 0, 1.0 / i));
            }
        });
    }

    interface Body {
        void run(JobContext context) throws Exception;
    }

    static TrainingJob job(Body body) {
        return new TrainingJob() {
            @Override
            public Message title() {
                return Message.of("page.ch04.overview.title");
            }

            @Override
            public void run(JobContext context) throws Exception {
                body.run(context);
            }
        };
    }

    @Test
    void everyPublishedRecordReachesObserversInOrderInOneDelivery() {
        TrainingService service = new TrainingService(SAME_THREAD);
        JobHandle handle = service.submit(counting(1000));
        List<List<JobProgress>> batches = new ArrayList<>();
        handle.addProgressListener(batches::add);

        service.deliver();

        assertEquals(1, batches.size(), "coalesced into one batch");
        assertEquals(1000, batches.get(0).size(), "no record lost");
        for (int i = 0; i < 1000; i++) {
            assertEquals(i + 1, batches.get(0).get(i).iteration());
        }
        assertEquals(1000, handle.progressProperty().get().iteration(), "latest record wins");
        assertEquals(JobState.SUCCEEDED, handle.getState());
        assertNull(handle.etaProperty().get(), "no ETA once finished");
    }

    @Test
    void severalObserversSeeTheSameRecords() {
        TrainingService service = new TrainingService(SAME_THREAD);
        JobHandle handle = service.submit(counting(10));
        List<JobProgress> first = new ArrayList<>();
        List<JobProgress> second = new ArrayList<>();
        handle.addProgressListener(first::addAll);
        handle.addProgressListener(second::addAll);
        service.deliver();
        assertEquals(10, first.size());
        assertEquals(first, second);
    }

    @Test
    void aThrowingJobEndsFailedWithItsError() {
        TrainingService service = new TrainingService(SAME_THREAD);
        JobHandle handle = service.submit(job(ctx -> {
            throw new IllegalStateException("batch larger than the data");
        }));
        service.deliver();
        assertEquals(JobState.FAILED, handle.getState());
        assertEquals("batch larger than the data", handle.errorProperty().get().getMessage());
    }

    @Test
    void aDivergingJobEndsDivergedWithItsExplanation() {
        TrainingService service = new TrainingService(SAME_THREAD);
        JobHandle handle = service.submit(job(ctx -> {
            ctx.publish(JobProgress.of(1, 10, 0, Double.NaN));
            throw new JobDivergedException(Message.of("status.failed", "NaN at iteration 1"));
        }));
        service.deliver();
        assertEquals(JobState.DIVERGED, handle.getState());
        JobDivergedException error = assertInstanceOf(JobDivergedException.class, handle.errorProperty().get());
        assertEquals("status.failed", error.explanation().key());
    }

    @Test
    void cancellingStopsTheJobAtItsNextCheckpoint() {
        TrainingService service = new TrainingService(SAME_THREAD);
        List<Long> done = new ArrayList<>();
        JobHandle handle = service.submit(job(ctx -> {
            for (long i = 1; i <= 100; i++) {
                ctx.checkpoint();
                done.add(i);
                if (i == 5) {
                    service.getCurrentJob().cancel();
                }
            }
        }));
        service.deliver();
        assertEquals(JobState.CANCELLED, handle.getState());
        assertEquals(5, done.size(), "no step after the cancel");
    }

    @Test
    void jobsRunOneAtATimeInSubmissionOrderAndACancelledQueuedJobNeverRuns() {
        List<Runnable> pending = new ArrayList<>();
        TrainingService service = new TrainingService(pending::add);
        List<String> ran = new ArrayList<>();
        JobHandle first = service.submit(job(ctx -> ran.add("first")));
        JobHandle second = service.submit(job(ctx -> ran.add("second")));
        JobHandle third = service.submit(job(ctx -> ran.add("third")));
        service.deliver();
        assertEquals(3, service.queuedCountProperty().get());
        assertSame(first, service.getCurrentJob());

        second.cancel();
        pending.forEach(Runnable::run);
        service.deliver();

        assertEquals(List.of("first", "third"), ran);
        assertEquals(JobState.SUCCEEDED, first.getState());
        assertEquals(JobState.CANCELLED, second.getState());
        assertEquals(JobState.SUCCEEDED, third.getState());
        assertEquals(0, service.queuedCountProperty().get());
    }

    @Test
    void speedKeysWalkTheDelayLadder() {
        TrainingService service = new TrainingService(SAME_THREAD);
        service.slower();
        service.slower();
        assertEquals(2, service.stepDelayMillisProperty().get());
        service.faster();
        assertEquals(1, service.stepDelayMillisProperty().get());
        service.faster();
        service.faster();
        assertEquals(0, service.stepDelayMillisProperty().get(), "full speed is the floor");
        service.stepDelayMillisProperty().set(1000);
        service.slower();
        assertEquals(1000, service.stepDelayMillisProperty().get(), "1 s is the ceiling");
    }

    @Test
    void throttleLetsAtMostThirtyDeliveriesThroughPerSecond() {
        DeliveryThrottle throttle = new DeliveryThrottle(DeliveryThrottle.DEFAULT_INTERVAL_NANOS);
        int delivered = 0;
        long frame = 1_000_000_000L / 144;
        for (long now = 0; now < 1_000_000_000L; now += frame) {
            if (throttle.tryAcquire(now)) {
                delivered++;
            }
        }
        assertTrue(delivered <= 30 && delivered >= 28, "deliveries in 1 s of 144 Hz frames: " + delivered);
    }

    @Test
    void etaExtrapolatesTheTimeSpentSoFar() {
        assertEquals(java.time.Duration.ofSeconds(90), Eta.remaining(10_000_000_000L, 100, 1000).orElseThrow());
        assertTrue(Eta.remaining(10, 0, 1000).isEmpty(), "unknown before the first step");
        assertTrue(Eta.remaining(10, 5, 0).isEmpty(), "unknown without a total");
    }
}
