package dlfs.app.service;

import dlfs.core.parallel.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The one service that runs training jobs, off the FX thread.
 *
 * <p>Jobs run one at a time in submission order: a job submitted while another runs waits as
 * {@link JobState#QUEUED} (the status bar shows how many wait) and starts when the one before it
 * ends; cancelling a queued job removes it. Progress goes from the worker to the FX thread only in
 * {@link #deliver()}, which the display pulse calls at most 30 times a second, so the UI stays smooth
 * whatever the training speed; the latest record wins for the status bar, and batch listeners still
 * see every record.
 *
 * <p>Tests construct it with a same-thread executor and call {@link #deliver()} themselves.
 */
public final class TrainingService implements AutoCloseable {
    /** Step delays offered by the speed keys, in milliseconds: 0 is full speed. */
    static final int[] DELAY_STEPS_MILLIS = {0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    /** Priority of the threads that train (on Linux with priorities honoured: nice 4). */
    static final int TRAINING_PRIORITY = Thread.MIN_PRIORITY;

    private final Executor executor;
    private final List<JobHandle> unfinished = new ArrayList<>();
    private final ReadOnlyObjectWrapper<JobHandle> currentJob = new ReadOnlyObjectWrapper<>(this, "currentJob");
    private final ReadOnlyIntegerWrapper queuedCount = new ReadOnlyIntegerWrapper(this, "queuedCount");
    private final IntegerProperty stepDelayMillis = new SimpleIntegerProperty(this, "stepDelayMillis");
    private final AtomicLong stepDelayNanos = new AtomicLong();
    private AnimationTimer pump;

    public TrainingService(Executor executor) {
        this.executor = executor;
        stepDelayMillis.addListener((obs, old, now) ->
                stepDelayNanos.set(TimeUnit.MILLISECONDS.toNanos(Math.max(0, now.intValue()))));
    }

    /**
     * The app's service: one daemon worker and a delivery pulse at ≤ 30 Hz. Call on the FX thread.
     * The worker and the core's compute threads run at the lowest priority, so where the platform
     * honours Java priorities (Windows, macOS; Linux with {@code -XX:ThreadPriorityPolicy=1}) the
     * FX and render threads are served first while a job trains at full speed; on an idle machine
     * the priority costs the training nothing.
     */
    public static TrainingService start() {
        Parallel.setWorkerPriority(TRAINING_PRIORITY);
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dlfs-training");
            thread.setDaemon(true);
            thread.setPriority(TRAINING_PRIORITY);
            return thread;
        });
        TrainingService service = new TrainingService(worker);
        DeliveryThrottle throttle = new DeliveryThrottle(DeliveryThrottle.DEFAULT_INTERVAL_NANOS);
        service.pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (throttle.tryAcquire(now)) {
                    service.deliver();
                }
            }
        };
        service.pump.start();
        return service;
    }

    /**
     * Queues a job; it starts at once if nothing else runs. Nothing is delivered before the next
     * {@link #deliver()}, so observers attached right after this call miss no record.
     */
    public JobHandle submit(TrainingJob job) {
        JobRun run = new JobRun(stepDelayNanos::get, System::nanoTime);
        JobHandle handle = new JobHandle(job, run);
        unfinished.add(handle);
        if (currentJob.get() == null || currentJob.get().getState().isFinished()) {
            currentJob.set(handle);
        }
        queuedCount.set(queuedCount.get() + 1);
        executor.execute(() -> run.execute(job));
        return handle;
    }

    /** FX thread: hands every job's new progress and state to its observers. */
    public void deliver() {
        for (JobHandle handle : List.copyOf(unfinished)) {
            handle.deliver();
            if (handle.getState().isFinished()) {
                unfinished.remove(handle);
            }
        }
        JobHandle active = unfinished.stream().filter(h -> h.getState() != JobState.QUEUED).findFirst()
                .orElse(unfinished.isEmpty() ? currentJob.get() : unfinished.get(0));
        currentJob.set(active);
        queuedCount.set((int) unfinished.stream().filter(h -> h.getState() == JobState.QUEUED).count());
    }

    /** The job the status bar shows: the running or paused one, else the last to finish; null before any. */
    public ReadOnlyObjectProperty<JobHandle> currentJobProperty() {
        return currentJob.getReadOnlyProperty();
    }

    public JobHandle getCurrentJob() {
        return currentJob.get();
    }

    /** Jobs waiting behind the current one. */
    public ReadOnlyIntegerProperty queuedCountProperty() {
        return queuedCount.getReadOnlyProperty();
    }

    /** Pause between two steps of every job, in milliseconds (the speed control). */
    public IntegerProperty stepDelayMillisProperty() {
        return stepDelayMillis;
    }

    /** Shorter delay between steps (key +). */
    public void faster() {
        int now = stepDelayMillis.get();
        int faster = 0;
        for (int step : DELAY_STEPS_MILLIS) {
            if (step < now) {
                faster = step;
            }
        }
        stepDelayMillis.set(faster);
    }

    /** Longer delay between steps (key −). */
    public void slower() {
        int now = stepDelayMillis.get();
        for (int step : DELAY_STEPS_MILLIS) {
            if (step > now) {
                stepDelayMillis.set(step);
                return;
            }
        }
    }

    /** Space: pauses the current job when it runs, resumes it when paused. */
    public void togglePause() {
        JobHandle job = currentJob.get();
        if (job == null) {
            return;
        }
        if (job.getState() == JobState.RUNNING) {
            job.pause();
        } else if (job.getState() == JobState.PAUSED) {
            job.resume();
        }
    }

    /** Right arrow: one step of the current job. */
    public void stepCurrent() {
        JobHandle job = currentJob.get();
        if (job != null) {
            job.step();
        }
    }

    /**
     * Cancels every job, waits up to five seconds for the worker to stop (interrupting it after
     * that) and stops the delivery pulse. Called when the window closes.
     */
    @Override
    public void close() {
        for (JobHandle handle : List.copyOf(unfinished)) {
            handle.cancel();
        }
        if (pump != null) {
            pump.stop();
        }
        if (executor instanceof ExecutorService worker) {
            worker.shutdown();
            try {
                if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                    worker.shutdownNow();
                    worker.awaitTermination(1, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                worker.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        deliver();
    }
}
