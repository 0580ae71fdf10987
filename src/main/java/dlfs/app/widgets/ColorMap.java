package dlfs.app.widgets;

import javafx.scene.paint.Color;

/** How an image grid turns values into colours. */
public enum ColorMap {
    /** Smallest value black, largest white (the book's convention for filters). */
    GREY {
        @Override
        Color color(double value, double min, double max) {
            double t = max > min ? (value - min) / (max - min) : 0.5;
            return Color.gray(clamp(t));
        }
    },
    /** Zero white, negative blue, positive orange, scaled by the largest magnitude. */
    DIVERGING {
        @Override
        Color color(double value, double min, double max) {
            double scale = Math.max(Math.abs(min), Math.abs(max));
            double t = scale > 0 ? value / scale : 0;
            Color end = t < 0 ? NEGATIVE : POSITIVE;
            return Color.WHITE.interpolate(end, clamp(Math.abs(t)));
        }
    };

    private static final Color NEGATIVE = Color.web("#0072B2");
    private static final Color POSITIVE = Color.web("#E69F00");

    abstract Color color(double value, double min, double max);

    private static double clamp(double t) {
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }
}
