package dlfs.app.bench;

import java.nio.file.Path;

/**
 * What the UI benchmark mode measures: {@code --bench-ui OUT.json} writes the results to {@code output};
 * {@code --bench-seconds N} is how long the frame rate is watched while SimpleConvNet trains (a soak
 * run uses 1800); {@code --bench-heap-every S} samples the heap after a full GC every S seconds
 * (0: no samples, since each forced GC stalls a frame).
 */
public record BenchOptions(Path output, int seconds, int heapEverySeconds) {
    /** Long enough for a few hundred training steps and some 1,200 frames. */
    public static final int DEFAULT_SECONDS = 20;

    public BenchOptions {
        if (seconds <= 0 || heapEverySeconds < 0) {
            throw new IllegalArgumentException("bench seconds must be positive and the heap interval not negative, got "
                    + seconds + " and " + heapEverySeconds);
        }
    }
}
