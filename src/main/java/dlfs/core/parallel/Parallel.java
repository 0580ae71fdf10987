package dlfs.core.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * The one place that owns threads in the core. Work that pays for splitting (big matrix
 * products, convolution over a batch) is cut into ranges and run on a persistent pool,
 * so no thread is created per step.
 */
public final class Parallel {
    /**
     * Below this many multiply-adds a task runs on the calling thread: handing it over costs more.
     * Handing a task to a pool thread costs tens of microseconds; the vector matrix kernel does a
     * million multiply-adds in about 80 µs on one core, so smaller pieces would mostly wait.
     */
    public static final long MIN_WORK_PER_TASK = 1_000_000;

    /**
     * What one step of a simple element-wise loop (ReLU, an optimizer update) costs, counted in the
     * multiply-adds of {@link #MIN_WORK_PER_TASK}: such loops wait for memory, not for arithmetic,
     * and one value costs about as much time as ten multiply-adds of the matrix kernel. So arrays
     * of some 100,000 values and more are split, smaller ones stay on the calling thread.
     */
    public static final long ELEMENTWISE_WORK = 10;

    private static volatile ForkJoinPool pool = newPool(defaultThreads());

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
        return pool.getParallelism();
    }

    /** Sets how many threads core computations may use (1 = everything on the calling thread). */
    public static synchronized void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads != pool.getParallelism()) {
            ForkJoinPool old = pool;
            pool = newPool(threads);
            old.shutdown();
        }
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
        int threads = threads();
        long work = workPerItem * (long) n;
        int parts = (int) Math.min(Math.min(threads, n), Math.max(1, work / MIN_WORK_PER_TASK));
        if (parts <= 1 || ForkJoinTask.inForkJoinPool()) {
            body.run(0, n);
            return;
        }
        pool.invoke(new RangeTask(body, n, parts, 0, parts));
    }

    /** {@link #forRange} for a loop that does a little work per element of an n-element array. */
    public static void forElements(int n, RangeBody body) {
        forRange(n, ELEMENTWISE_WORK, body);
    }

    private static final class RangeTask extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient RangeBody body;
        private final int n;
        private final int parts;
        private final int firstPart;
        private final int endPart;

        RangeTask(RangeBody body, int n, int parts, int firstPart, int endPart) {
            this.body = body;
            this.n = n;
            this.parts = parts;
            this.firstPart = firstPart;
            this.endPart = endPart;
        }

        @Override
        protected void compute() {
            if (endPart - firstPart == 1) {
                int from = (int) ((long) n * firstPart / parts);
                int to = (int) ((long) n * (firstPart + 1) / parts);
                body.run(from, to);
                return;
            }
            int mid = (firstPart + endPart) >>> 1;
            invokeAll(new RangeTask(body, n, parts, firstPart, mid), new RangeTask(body, n, parts, mid, endPart));
        }
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, p -> {
            var worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            worker.setDaemon(true);
            worker.setName("dlfs-compute-" + worker.getPoolIndex());
            return worker;
        }, null, false);
    }
}
