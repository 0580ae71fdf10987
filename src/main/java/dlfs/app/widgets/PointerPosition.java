package dlfs.app.widgets;

/**
 * Where the mouse is over a plot, for its screen-only read-out: every move (and leaving the plot)
 * repaints the plot on the next pulse. Coordinates are NaN while the mouse is elsewhere.
 */
final class PointerPosition {
    private double x = Double.NaN;
    private double y = Double.NaN;

    private PointerPosition() {
    }

    /** Starts following the mouse over {@code plot}. */
    static PointerPosition track(PlotCanvas plot) {
        PointerPosition position = new PointerPosition();
        plot.setOnMouseMoved(e -> {
            position.x = e.getX();
            position.y = e.getY();
            plot.invalidatePlot();
        });
        plot.setOnMouseExited(e -> {
            position.x = Double.NaN;
            position.y = Double.NaN;
            plot.invalidatePlot();
        });
        return position;
    }

    boolean inside() {
        return !Double.isNaN(x);
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }
}
