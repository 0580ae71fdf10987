package dlfs.app.service;

import java.time.Duration;
import java.util.Optional;

/** Remaining time, extrapolated from the time spent so far (paused time excluded). */
public final class Eta {
    private Eta() {
    }

    /** @return empty until at least one step is done or when the total is unknown */
    public static Optional<Duration> remaining(long activeNanos, long done, long total) {
        if (done <= 0 || total <= 0 || activeNanos < 0) {
            return Optional.empty();
        }
        double perStep = (double) activeNanos / done;
        return Optional.of(Duration.ofNanos(Math.round(perStep * Math.max(0, total - done))));
    }
}
