package dlfs.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percentiles by the nearest-rank rule over the latest samples. */
class LatencyMeterTest {
    @Test
    void percentilesFollowTheNearestRankRule() {
        LatencyMeter meter = new LatencyMeter();
        assertTrue(Double.isNaN(meter.p50()), "no samples, no median");
        for (int ms = 20; ms >= 1; ms--) {
            meter.add(0, ms * 1_000_000L);
        }
        assertEquals(20, meter.count());
        assertEquals(10.0, meter.p50(), 1e-12, "rank ⌈0.5·20⌉ = 10");
        assertEquals(19.0, meter.p95(), 1e-12, "rank ⌈0.95·20⌉ = 19");
        assertEquals(1.0, meter.percentile(0), 1e-12);
        assertEquals(20.0, meter.percentile(100), 1e-12);
    }

    @Test
    void onlyTheLatestSamplesCount() {
        LatencyMeter meter = new LatencyMeter();
        for (int i = 0; i < LatencyMeter.CAPACITY; i++) {
            meter.add(0, 100_000_000L);
        }
        for (int i = 0; i < LatencyMeter.CAPACITY; i++) {
            meter.add(0, 2_000_000L);
        }
        assertEquals(LatencyMeter.CAPACITY, meter.count());
        assertEquals(2.0, meter.p95(), 1e-12, "the slow start has rolled out");
        meter.clear();
        assertEquals(0, meter.count());
    }
}
