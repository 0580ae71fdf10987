package dlfs.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Heap in use after a full garbage collection, sampled over a long run. A heap that leaks grows
 * from sample to sample; a flat one has a slope near zero. The slope is the least-squares line
 * through all samples, so one late collection of a large temporary does not decide it.
 */
public final class HeapTrend {
    /** One sample: seconds since the run began, and bytes in use. */
    public record Sample(double seconds, long usedBytes) {
    }

    private final List<Sample> samples = new ArrayList<>();

    public synchronized void add(double seconds, long usedBytes) {
        samples.add(new Sample(seconds, usedBytes));
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Bytes per minute of the least-squares line through the samples; NaN with fewer than two. */
    public synchronized double slopeBytesPerMinute() {
        int n = samples.size();
        if (n < 2) {
            return Double.NaN;
        }
        double meanT = samples.stream().mapToDouble(Sample::seconds).average().orElseThrow();
        double meanY = samples.stream().mapToDouble(Sample::usedBytes).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Sample s : samples) {
            covariance += (s.seconds() - meanT) * (s.usedBytes() - meanY);
            variance += (s.seconds() - meanT) * (s.seconds() - meanT);
        }
        return variance == 0 ? Double.NaN : covariance / variance * 60;
    }

    /**
     * The smallest sample of each window of {@code windowSeconds} (from the first sample on): the
     * floor the heap returns to. A sample taken while a large temporary is alive (an evaluation's
     * buffers) lifts single samples, not the floor, so a leak shows as a rising floor.
     */
    public synchronized List<Sample> windowMinima(double windowSeconds) {
        List<Sample> minima = new ArrayList<>();
        if (samples.isEmpty()) {
            return minima;
        }
        double start = samples.get(0).seconds();
        for (Sample s : samples) {
            int window = (int) ((s.seconds() - start) / windowSeconds);
            if (minima.size() <= window) {
                while (minima.size() < window) {
                    minima.add(null);
                }
                minima.add(s);
            } else if (minima.get(window) == null || s.usedBytes() < minima.get(window).usedBytes()) {
                minima.set(window, s);
            }
        }
        minima.removeIf(java.util.Objects::isNull);
        return minima;
    }

    public synchronized long first() {
        return samples.isEmpty() ? 0 : samples.get(0).usedBytes();
    }

    public synchronized long last() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).usedBytes();
    }

    public synchronized long max() {
        return samples.stream().mapToLong(Sample::usedBytes).max().orElse(0);
    }
}
