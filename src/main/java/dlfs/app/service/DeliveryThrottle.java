package dlfs.app.service;

/**
 * Lets a delivery through at most once per interval; the display pulse calls it every frame.
 * Time is passed in, so it is tested without a clock.
 */
public final class DeliveryThrottle {
    /** At most 30 deliveries per second. */
    public static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L / 30;

    private final long intervalNanos;
    private long last;
    private boolean started;

    public DeliveryThrottle(long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive, got " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
    }

    public boolean tryAcquire(long nowNanos) {
        if (started && nowNanos - last < intervalNanos) {
            return false;
        }
        started = true;
        last = nowNanos;
        return true;
    }
}
