package dlfs.app.playground;

import java.util.Arrays;

/**
 * The latest latency samples of one kind, in milliseconds, with their median and 95th percentile.
 * Keeps the last {@value #CAPACITY} samples, so the numbers follow what the user is doing now.
 */
public final class LatencyMeter {
    static final int CAPACITY = 1000;

    private final double[] samples = new double[CAPACITY];
    private int count;
    private int next;

    /** Adds one sample, from two {@link System#nanoTime()} readings. */
    public void add(long fromNanos, long toNanos) {
        samples[next] = (toNanos - fromNanos) / 1e6;
        next = (next + 1) % CAPACITY;
        count = Math.min(count + 1, CAPACITY);
    }

    /** Samples held (at most {@value #CAPACITY}). */
    public int count() {
        return count;
    }

    public void clear() {
        count = 0;
        next = 0;
    }

    /** The median in milliseconds, NaN without samples. */
    public double p50() {
        return percentile(50);
    }

    /** The 95th percentile in milliseconds, NaN without samples. */
    public double p95() {
        return percentile(95);
    }

    /** The p-th percentile (0–100) by the nearest-rank rule: the smallest sample ≥ p % of all samples. */
    public double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
