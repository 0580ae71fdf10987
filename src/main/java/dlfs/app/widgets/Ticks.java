package dlfs.app.widgets;

/** "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten. */
public final class Ticks {
    private Ticks() {
    }

    /** The step between about {@code target} ticks spanning [min, max]. */
    public static double step(double min, double max, int target) {
        double range = max - min;
        if (!(range > 0) || target < 1) {
            return 1;
        }
        double raw = range / target;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** Tick values inside [min, max] at multiples of {@code step}. */
    public static double[] values(double min, double max, double step) {
        double first = Math.ceil(min / step - 1e-9) * step;
        int count = Math.max(0, (int) Math.floor((max - first) / step + 1e-9) + 1);
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }
}
