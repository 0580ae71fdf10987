package dlfs.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The worker-thread side of one job: the pause / step / cancel switches the job meets at each
 * checkpoint, and the progress records waiting to be delivered to the FX thread. Everything shared
 * between the two threads is guarded by one lock.
 */
final class JobRun implements JobContext {
    /** What the FX thread takes over at a delivery. */
    record Snapshot(JobState state, List<JobProgress> batch, long activeNanos, Throwable error) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LongSupplier stepDelayNanos;
    private final LongSupplier clock;

    private JobState state = JobState.QUEUED;
    private boolean paused;
    private boolean cancelled;
    private int stepPermits;
    private boolean waitingWhilePaused;
    private List<JobProgress> pending = new ArrayList<>();
    private Throwable error;
    private long startNanos;
    private long pausedNanos;
    private long activeNanos;

    JobRun(LongSupplier stepDelayNanos, LongSupplier clock) {
        this.stepDelayNanos = stepDelayNanos;
        this.clock = clock;
    }

    /** Runs the job on the calling (worker) thread and records how it ended. */
    void execute(TrainingJob job) {
        lock.lock();
        try {
            if (cancelled) {
                state = JobState.CANCELLED;
                return;
            }
            state = paused ? JobState.PAUSED : JobState.RUNNING;
            startNanos = clock.getAsLong();
        } finally {
            lock.unlock();
        }
        try {
            job.run(this);
            finish(JobState.SUCCEEDED, null);
        } catch (JobCancelledException e) {
            finish(JobState.CANCELLED, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(JobState.CANCELLED, null);
        } catch (JobDivergedException e) {
            finish(JobState.DIVERGED, e);
        } catch (Exception | Error e) {
            finish(JobState.FAILED, e);
        }
    }

    private void finish(JobState end, Throwable cause) {
        lock.lock();
        try {
            state = end;
            error = cause;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void checkpoint() {
        lock.lock();
        try {
            throwIfCancelled();
            // The speed delay comes first and ends early on a pause, so a pause asked for during the
            // delay holds the job before its next step rather than after it.
            long delay = stepDelayNanos.getAsLong();
            long deadline = clock.getAsLong() + delay;
            while (delay > 0 && !cancelled && !paused) {
                changed.await(delay, TimeUnit.NANOSECONDS);
                delay = deadline - clock.getAsLong();
            }
            throwIfCancelled();
            while (paused) {
                if (stepPermits > 0) {
                    stepPermits--;
                    break;
                }
                state = JobState.PAUSED;
                waitingWhilePaused = true;
                long since = clock.getAsLong();
                try {
                    changed.await();
                } finally {
                    waitingWhilePaused = false;
                    pausedNanos += clock.getAsLong() - since;
                }
                throwIfCancelled();
            }
            state = JobState.RUNNING;
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } finally {
            lock.unlock();
        }
    }

    private void throwIfCancelled() {
        if (cancelled) {
            throw new JobCancelledException();
        }
    }

    @Override
    public void publish(JobProgress progress) {
        lock.lock();
        try {
            pending.add(progress);
            activeNanos = clock.getAsLong() - startNanos - pausedNanos;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isCancelled() {
        lock.lock();
        try {
            return cancelled;
        } finally {
            lock.unlock();
        }
    }

    void pause() {
        lock.lock();
        try {
            paused = true;
            if (state == JobState.RUNNING) {
                state = JobState.PAUSED;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void resume() {
        lock.lock();
        try {
            paused = false;
            stepPermits = 0;
            if (state == JobState.PAUSED) {
                state = JobState.RUNNING;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lets exactly one more step run, then holds the job paused (a running job pauses after it). */
    void step() {
        lock.lock();
        try {
            if (state.isFinished()) {
                return;
            }
            paused = true;
            stepPermits++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void cancel() {
        lock.lock();
        try {
            cancelled = true;
            if (state == JobState.QUEUED) {
                state = JobState.CANCELLED;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** True while the worker is blocked in a checkpoint because the job is paused. */
    boolean isWaitingWhilePaused() {
        lock.lock();
        try {
            return waitingWhilePaused;
        } finally {
            lock.unlock();
        }
    }

    /** Takes the records published since the last call, with the current state. */
    Snapshot drain() {
        lock.lock();
        try {
            List<JobProgress> batch = pending;
            pending = new ArrayList<>();
            return new Snapshot(state, batch, activeNanos, error);
        } finally {
            lock.unlock();
        }
    }

    JobState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }
}
