package dlfs.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapTrendTest {
    @Test
    void aLeakOfOneMegabytePerMinuteHasThatSlope() {
        HeapTrend trend = new HeapTrend();
        for (int s = 0; s <= 600; s += 10) {
            trend.add(s, 50_000_000L + s * 1_000_000L / 60);
        }
        assertEquals(1_000_000, trend.slopeBytesPerMinute(), 1);
        assertEquals(50_000_000L, trend.first());
        assertEquals(60_000_000L, trend.last());
        assertEquals(60_000_000L, trend.max());
    }

    @Test
    void aHeapThatOscillatesAroundALevelIsFlat() {
        HeapTrend trend = new HeapTrend();
        for (int s = 0; s < 40; s++) {
            trend.add(s * 10, s % 2 == 0 ? 40_000_000L : 42_000_000L);
        }
        assertEquals(0, trend.slopeBytesPerMinute(), 25_000, "swings of 2 MB fit a line rising under 25 kB per minute");
        assertEquals(42_000_000L, trend.max());
    }

    @Test
    void theFloorOfEachWindowIgnoresSpikes() {
        HeapTrend trend = new HeapTrend();
        long[] used = {100, 900, 120, 110, 700, 105};
        for (int i = 0; i < used.length; i++) {
            trend.add(10 * i, used[i]);
        }
        assertEquals(java.util.List.of(new HeapTrend.Sample(0, 100), new HeapTrend.Sample(30, 110),
                new HeapTrend.Sample(50, 105)), trend.windowMinima(20));
    }

    @Test
    void oneSampleHasNoSlope() {
        HeapTrend trend = new HeapTrend();
        trend.add(0, 1);
        assertTrue(Double.isNaN(trend.slopeBytesPerMinute()));
    }
}
