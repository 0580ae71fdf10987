package dlfs.core.parallel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The one place that owns threads in the core. Work that pays for splitting (big matrix
 * products, convolution over a batch) is cut into ranges, which the calling thread and a team of
 * persistent worker threads compute together, so no thread is created per step.
 *
 * <p>A training step hands out dozens of pieces of work that each take tens of microseconds, so
 * what it costs to hand one over decides whether splitting pays. A worker that has just finished
 * keeps watching for the next piece for a short while ({@value #WORKER_SPIN_MICROS} µs) before it
 * goes to sleep, and the caller works instead of waiting; handing over then costs a few
 * microseconds instead of the tens a sleeping thread needs to wake up.
 *
 * <p>One caller uses the team at a time. A call made while the team is busy (from another thread,
 * or from inside a range that is already running in parallel) runs on its own thread.
 */
public final class Parallel {
    /**
     * Below this many multiply-adds a task runs on the calling thread: handing it over costs more.
     * The vector matrix kernel does 250,000 multiply-adds in about 12 µs on one core; handing a piece
     * to a worker that is awake costs a few microseconds (and the worker may have to fetch the
     * operands into its own cache), so smaller pieces would mostly wait.
     */
    public static final long MIN_WORK_PER_TASK = 250_000;

    /**
     * What one step of a simple element-wise loop (ReLU, an optimizer update) costs, counted in the
     * multiply-adds of {@link #MIN_WORK_PER_TASK}: such loops wait for memory, not for arithmetic,
     * and one value costs about as much time as ten multiply-adds of the matrix kernel. So arrays
     * of some 50,000 values and more are split, smaller ones stay on the calling thread.
     */
    public static final long ELEMENTWISE_WORK = 10;

    /** How long an idle worker watches for new work before it sleeps. */
    static final long WORKER_SPIN_MICROS = 50;

    /** Priority of the worker threads ({@link #setWorkerPriority}); the callers keep their own. */
    private static volatile int workerPriority = Thread.NORM_PRIORITY;
    private static volatile Team team = new Team(defaultThreads());

    private Parallel() {
    }

    /** Threads from {@code -Ddlfs.threads}, else all available cores. */
    public static int defaultThreads() {
        String property = System.getProperty("dlfs.threads");
        if (property != null) {
            try {
                return Math.max(1, Integer.parseInt(property.trim()));
            } catch (NumberFormatException ignored) {
                // fall through to the core count
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    public static int threads() {
        return team.threads();
    }

    /** Sets how many threads core computations may use (1 = everything on the calling thread). */
    public static synchronized void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads != team.threads()) {
            Team old = team;
            team = new Team(threads);
            old.shutdown();
        }
    }

    /**
     * Sets the priority of the worker threads, now and in teams made later. An application that
     * trains in the background while it draws (the GUI) lowers it, like that of its training
     * thread, so the threads that draw are scheduled first when cores are scarce. Whether the
     * operating system honours Java priorities depends on the platform (Linux only with
     * {@code -XX:ThreadPriorityPolicy=1}).
     */
    public static synchronized void setWorkerPriority(int priority) {
        if (priority < Thread.MIN_PRIORITY || priority > Thread.MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be in [" + Thread.MIN_PRIORITY + ", "
                    + Thread.MAX_PRIORITY + "], got " + priority);
        }
        workerPriority = priority;
        team.setPriority(priority);
    }

    /** A body that processes the half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over [0, n), split into at most {@link #threads()} contiguous ranges when the
     * total work ({@code workPerItem · n}) is large enough, otherwise on the calling thread.
     * Each range must write to memory no other range touches.
     */
    public static void forRange(int n, long workPerItem, RangeBody body) {
        Team current = team;
        long work = workPerItem * (long) n;
        int parts = (int) Math.min(Math.min(current.threads(), n), Math.max(1, work / MIN_WORK_PER_TASK));
        if (parts <= 1 || !current.run(n, parts, body)) {
            body.run(0, n);
        }
    }

    /** {@link #forRange} for a loop that does a little work per element of an n-element array. */
    public static void forElements(int n, RangeBody body) {
        forRange(n, ELEMENTWISE_WORK, body);
    }

    /** Range p of [0, n) cut into {@code parts} nearly equal contiguous pieces: [start(p), start(p + 1)). */
    static int start(int n, int parts, int p) {
        return (int) ((long) n * p / parts);
    }

    /**
     * One call of {@link #forRange}: its ranges, which of them have been claimed and finished, and
     * the first exception. Each thread, the caller included, claims the next unclaimed range until
     * none is left, so a worker that is slow to start (the machine is busy) only means the caller
     * does more of the ranges itself, never that it waits for a range nobody has begun.
     */
    private static final class Job {
        final RangeBody body;
        final int n;
        final int parts;
        final Thread caller;
        private final AtomicInteger nextPart = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private Throwable failure;

        Job(RangeBody body, int n, int parts) {
            this.body = body;
            this.n = n;
            this.parts = parts;
            this.caller = Thread.currentThread();
        }

        /** Claims and computes ranges until none is left; tells the caller when the last one is done. */
        void work() {
            for (int p = nextPart.getAndIncrement(); p < parts; p = nextPart.getAndIncrement()) {
                try {
                    body.run(start(n, parts, p), start(n, parts, p + 1));
                } catch (RuntimeException | Error e) {
                    fail(e);
                }
                if (finished.incrementAndGet() == parts && Thread.currentThread() != caller) {
                    LockSupport.unpark(caller);
                }
            }
        }

        boolean done() {
            return finished.get() == parts;
        }

        synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
        }

        synchronized Throwable failure() {
            return failure;
        }
    }

    /** The calling thread plus {@code threads − 1} persistent workers; a job is published through {@code job}. */
    private static final class Team {
        private final Worker[] workers;
        /** Held by the one caller whose job is running (and for good by a team that was shut down). */
        final AtomicBoolean busy = new AtomicBoolean();
        volatile Job job;
        volatile boolean shutdown;

        Team(int threads) {
            workers = new Worker[threads - 1];
            for (int w = 0; w < workers.length; w++) {
                workers[w] = new Worker(this, w);
                workers[w].setPriority(workerPriority);
                workers[w].start();
            }
        }

        void setPriority(int priority) {
            for (Worker worker : workers) {
                worker.setPriority(priority);
            }
        }

        int threads() {
            return workers.length + 1;
        }

        /** Runs the job split into {@code parts} ranges; false (nothing done) when the team is busy or shut down. */
        boolean run(int n, int parts, RangeBody body) {
            if (Thread.currentThread() instanceof Worker || !busy.compareAndSet(false, true)) {
                return false;
            }
            try {
                if (shutdown) {
                    return false;
                }
                Job current = new Job(body, n, parts);
                job = current;
                for (int w = 0; w < parts - 1; w++) {
                    LockSupport.unpark(workers[w]);
                }
                current.work();
                awaitWorkers(current);
                Throwable failure = current.failure();
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return true;
            } finally {
                busy.set(false);
            }
        }

        /** Waits for the ranges workers are still computing; they usually finish about when the caller does. */
        private static void awaitWorkers(Job current) {
            long spinUntil = System.nanoTime() + WORKER_SPIN_MICROS * 1000;
            while (!current.done()) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(current, 100_000);
                }
            }
        }

        /** Workers leave once no job can reach them any more: a job already started still gets its ranges. */
        void shutdown() {
            shutdown = true;
            for (Worker worker : workers) {
                LockSupport.unpark(worker);
            }
        }
    }

    /** A persistent daemon thread of a {@link Team}: waits for a new job, computes its range, repeats. */
    private static final class Worker extends Thread {
        /** How long a sleeping worker sleeps at most before it looks again (a safety net, not a schedule). */
        private static final long SLEEP_NANOS = 10_000_000;
        private final Team team;

        Worker(Team team, int index) {
            super("dlfs-compute-" + (index + 1));
            this.team = team;
            setDaemon(true);
        }

        @Override
        public void run() {
            Job last = team.job;
            while (true) {
                Job current = team.job;
                if (current != last) {
                    last = current;
                    current.work();
                } else if (team.shutdown && !team.busy.get()) {
                    return;
                } else {
                    waitForWork(last);
                }
            }
        }

        /** Watches for a new job for a while after the last one, then sleeps until unparked. */
        private void waitForWork(Job last) {
            long spinUntil = System.nanoTime() + WORKER_SPIN_MICROS * 1000;
            while (team.job == last && !team.shutdown) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, SLEEP_NANOS);
                }
            }
        }
    }
}
