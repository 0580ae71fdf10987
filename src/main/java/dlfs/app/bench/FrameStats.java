package dlfs.app.bench;

import java.util.Arrays;

/**
 * The display pulses seen in a time window (their {@code AnimationTimer} timestamps, in nanoseconds):
 * frames per second, and the intervals between consecutive pulses. JavaFX runs at most 60 pulses a
 * second, so a smooth UI shows intervals of about 16.7 ms; a starved FX thread shows long ones.
 */
public final class FrameStats {
    private long[] pulses = new long[1024];
    private int count;

    /** One pulse began at {@code nanos} (later than the previous one). */
    public void add(long nanos) {
        if (count == pulses.length) {
            pulses = Arrays.copyOf(pulses, count * 2);
        }
        pulses[count++] = nanos;
    }

    public int pulses() {
        return count;
    }

    /** Pulses per second between the first and the last one seen; NaN with fewer than two. */
    public double framesPerSecond() {
        if (count < 2) {
            return Double.NaN;
        }
        return (count - 1) / ((pulses[count - 1] - pulses[0]) / 1e9);
    }

    /** The p-th percentile (0–100, nearest rank) of the intervals between pulses, in ms; NaN with fewer than two pulses. */
    public double intervalPercentile(double p) {
        if (count < 2) {
            return Double.NaN;
        }
        double[] sorted = intervalsMillis();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** How many intervals were longer than {@code millis} (a missed frame at 60 Hz: above 25 ms). */
    public int intervalsLongerThan(double millis) {
        int longer = 0;
        for (double interval : intervalsMillis()) {
            if (interval > millis) {
                longer++;
            }
        }
        return longer;
    }

    private double[] intervalsMillis() {
        double[] intervals = new double[Math.max(0, count - 1)];
        for (int i = 1; i < count; i++) {
            intervals[i - 1] = (pulses[i] - pulses[i - 1]) / 1e6;
        }
        return intervals;
    }
}
