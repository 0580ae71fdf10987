package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One bar per category (class probabilities, exp values), each with its value written above it.
 * One bar may be highlighted (the argmax). A value that is not finite draws no bar but says what it
 * is (∞ or NaN) at the base, which is exactly what the naive softmax produces on large scores.
 */
public final class BarChartView extends AxesPlot {
    private static final Color BAR = Color.web("#56B4E9");
    private static final Color HIGHLIGHT = Color.web("#0072B2");
    private static final Color NOT_FINITE = Color.web("#D55E00");

    private List<String> labels = List.of();
    private double[] values = new double[0];
    private int highlighted = -1;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;

    public BarChartView() {
        getStyleClass().add("bar-chart-view");
        setPrefSize(420, 240);
    }

    /** The bars in order; {@code highlighted} is the index drawn darker, or −1. */
    public void setBars(List<String> labels, double[] values, int highlighted) {
        if (labels.size() != values.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.length + " bars");
        }
        this.labels = List.copyOf(labels);
        this.values = values.clone();
        this.highlighted = highlighted;
        invalidatePlot();
    }

    /** A fixed value axis, e.g. [0, 1] for probabilities; NaN fits it to the values (from 0). */
    public void setYRange(double min, double max) {
        yMin = min;
        yMax = max;
        invalidatePlot();
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        double[] range = range();
        PlotFrame frame = drawFrame(g, width, height, 0, Math.max(1, values.length), range[0], range[1], false);
        if (values.length == 0) {
            return;
        }
        double font = fontSize();
        double slot = (frame.right - frame.left) / values.length;
        double barWidth = slot * 0.7;
        double base = frame.py(Math.max(range[0], Math.min(range[1], 0)));
        for (int i = 0; i < values.length; i++) {
            double centre = frame.left + slot * (i + 0.5);
            double v = values[i];
            if (Double.isFinite(v)) {
                double top = frame.py(Math.max(range[0], Math.min(range[1], v)));
                g.fillRect(centre - barWidth / 2, Math.min(top, base), barWidth, Math.abs(base - top),
                        i == highlighted ? HIGHLIGHT : BAR);
                String text = valueText(v);
                // with many narrow bars only the values that fit are written (the highlighted one always)
                if (i == highlighted || textWidth(text, font * 0.85) <= slot) {
                    g.fillText(text, centre, Math.min(top, base) - font * 0.3, TextAlignment.CENTER,
                            foregroundColor(), font * 0.85);
                }
            } else {
                g.fillText(Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞", centre, base - font * 0.4,
                        TextAlignment.CENTER, NOT_FINITE, font * 1.2);
            }
        }
        // category names replace the numeric ticks of the x axis
        g.fillRect(frame.left - font, frame.bottom + 5, frame.right - frame.left + font * 2, font * 1.5,
                backgroundColor());
        for (int i = 0; i < values.length; i++) {
            g.fillText(labels.get(i), frame.left + slot * (i + 0.5), frame.bottom + font * 1.3, TextAlignment.CENTER,
                    i == highlighted ? HIGHLIGHT : foregroundColor(), font);
        }
    }

    private double[] range() {
        if (Double.isFinite(yMin) && Double.isFinite(yMax) && yMax > yMin) {
            return new double[] {yMin, yMax};
        }
        double low = 0;
        double high = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (high <= low) {
            high = low + 1;
        }
        return new double[] {low, high + (high - low) * 0.12};
    }

    private static String valueText(double v) {
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.abs(v);
        return magnitude >= 1e4 || magnitude < 1e-3
                ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("category", "value"));
        for (int i = 0; i < values.length; i++) {
            rows.add(List.of(labels.get(i), number(values[i])));
        }
        return rows;
    }
}
