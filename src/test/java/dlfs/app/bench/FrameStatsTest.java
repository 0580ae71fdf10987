package dlfs.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    private static final long MS = 1_000_000;

    @Test
    void steadyPulsesGiveSixtyFramesPerSecond() {
        FrameStats stats = new FrameStats();
        for (int i = 0; i <= 600; i++) {
            stats.add(i * 1_000_000_000L / 60);
        }
        assertEquals(60.0, stats.framesPerSecond(), 1e-9);
        assertEquals(16.6667, stats.intervalPercentile(50), 1e-3);
        assertEquals(0, stats.intervalsLongerThan(25));
    }

    @Test
    void aStallShowsInTheTailAndAsMissedFrames() {
        FrameStats stats = new FrameStats();
        long t = 0;
        for (int i = 0; i < 100; i++) {
            stats.add(t);
            t += i == 50 ? 100 * MS : 10 * MS;
        }
        assertEquals(10.0, stats.intervalPercentile(50), 1e-9);
        assertEquals(10.0, stats.intervalPercentile(95), 1e-9);
        assertEquals(100.0, stats.intervalPercentile(100), 1e-9);
        assertEquals(1, stats.intervalsLongerThan(25));
        assertEquals(99 / 1.08, stats.framesPerSecond(), 1e-9);
    }

    @Test
    void fewerThanTwoPulsesHaveNoRate() {
        FrameStats stats = new FrameStats();
        stats.add(5);
        assertTrue(Double.isNaN(stats.framesPerSecond()));
        assertTrue(Double.isNaN(stats.intervalPercentile(50)));
    }
}
