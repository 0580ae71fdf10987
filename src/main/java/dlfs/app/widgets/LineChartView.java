package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.text.TextAlignment;

/**
 * Training curves: several series of (x, y) points with automatic ranges, an optional log-scale y
 * axis and a legend. Adding thousands of points between two frames costs one repaint; long series
 * are thinned to a minimum and maximum per pixel column, so spikes stay visible.
 */
public final class LineChartView extends AxesPlot {
    private final List<LineSeries> series = new ArrayList<>();
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY");
    private PlotFrame lastFrame;
    private double hoverX = Double.NaN;

    public LineChartView() {
        getStyleClass().add("line-chart-view");
        logY.addListener(obs -> invalidatePlot());
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            invalidatePlot();
        });
        setOnMouseExited(e -> {
            hoverX = Double.NaN;
            invalidatePlot();
        });
    }

    /** A new series in the next palette colour; its name follows the binding (e.g. the language). */
    public LineSeries addSeries(ObservableValue<String> name) {
        LineSeries added = new LineSeries(name, SERIES_COLORS.get(series.size() % SERIES_COLORS.size()),
                this::invalidatePlot);
        name.addListener(obs -> invalidatePlot());
        series.add(added);
        invalidatePlot();
        return added;
    }

    public List<LineSeries> series() {
        return List.copyOf(series);
    }

    public void clearPoints() {
        series.forEach(LineSeries::clear);
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        double[] range = dataRange();
        PlotFrame frame = drawFrame(g, width, height, range[0], range[1], range[2], range[3], logY.get());
        lastFrame = frame;
        for (LineSeries s : series) {
            drawSeries(g, frame, s);
        }
        drawLegend(g, frame);
    }

    /** [xMin, xMax, yMin, yMax] over the finite points (y as log10 on a log axis). */
    private double[] dataRange() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (LineSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                double y = logY.get() ? Math.log10(s.y(i)) : s.y(i);
                if (Double.isFinite(s.x(i)) && Double.isFinite(y)) {
                    xMin = Math.min(xMin, s.x(i));
                    xMax = Math.max(xMax, s.x(i));
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (xMin > xMax) {
            return new double[] {0, 1, 0, 1};
        }
        if (logY.get()) {
            return new double[] {xMin, xMax, Math.floor(yMin), Math.max(Math.ceil(yMax), Math.floor(yMin) + 1)};
        }
        double pad = yMax > yMin ? (yMax - yMin) * 0.05 : Math.max(1e-9, Math.abs(yMax) * 0.1 + 0.5);
        return new double[] {xMin, xMax, yMin >= 0 && yMin - pad < 0 ? 0 : yMin - pad, yMax + pad};
    }

    private void drawSeries(PlotGraphics g, PlotFrame frame, LineSeries s) {
        int n = s.size();
        int perBucket = Math.max(1, (int) Math.ceil(n / Math.max(1.0, frame.width())));
        double[] xs = new double[2 * (n / perBucket + 1)];
        double[] ys = new double[xs.length];
        int count = 0;
        for (int start = 0; start < n; start += perBucket) {
            int end = Math.min(n, start + perBucket);
            int low = -1;
            int high = -1;
            for (int i = start; i < end; i++) {
                if (!Double.isFinite(frame.py(s.y(i)))) {
                    continue;
                }
                low = low < 0 || s.y(i) < s.y(low) ? i : low;
                high = high < 0 || s.y(i) > s.y(high) ? i : high;
            }
            if (low < 0) {
                g.strokePolyline(xs, ys, count, s.color(), lineWidth(), s.name());
                count = 0;
                continue;
            }
            int first = Math.min(low, high);
            int second = Math.max(low, high);
            xs[count] = frame.px(s.x(first));
            ys[count++] = frame.py(s.y(first));
            if (second != first) {
                xs[count] = frame.px(s.x(second));
                ys[count++] = frame.py(s.y(second));
            }
        }
        g.strokePolyline(xs, ys, count, s.color(), lineWidth(), s.name());
    }

    private void drawLegend(PlotGraphics g, PlotFrame frame) {
        double font = fontSize();
        double y = frame.top + font * 1.4;
        for (LineSeries s : series) {
            double x = frame.right - font * 0.8;
            g.fillText(s.name(), x, y + font * 0.35, TextAlignment.RIGHT, foregroundColor(), font);
            double lineEnd = x - textWidth(s.name(), font) - font * 0.6;
            g.strokeLine(lineEnd - font * 1.6, y, lineEnd, y, s.color(), Math.max(2, lineWidth()));
            y += font * 1.5;
        }
    }

    /** Under the mouse: a vertical line and, per series, the value of the point nearest in x. */
    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        PlotFrame frame = lastFrame;
        if (frame == null || Double.isNaN(hoverX) || hoverX < frame.left || hoverX > frame.right) {
            return;
        }
        double font = fontSize();
        g.strokeLine(hoverX, frame.top, hoverX, frame.bottom, foregroundColor(), 1);
        double y = frame.bottom - font * 0.6 - font * 1.3 * series.size();
        for (LineSeries s : series) {
            int nearest = -1;
            for (int i = 0; i < s.size(); i++) {
                if (nearest < 0 || Math.abs(frame.px(s.x(i)) - hoverX) < Math.abs(frame.px(s.x(nearest)) - hoverX)) {
                    nearest = i;
                }
            }
            if (nearest >= 0) {
                String reading = s.name() + ": (" + number(s.x(nearest)) + ", "
                        + String.format(java.util.Locale.ROOT, "%.5g", s.y(nearest)) + ")";
                boolean leftSide = hoverX > (frame.left + frame.right) / 2;
                double x = leftSide ? hoverX - font * 0.5 : hoverX + font * 0.5;
                double textWidth = textWidth(reading, font);
                g.fillRect(leftSide ? x - textWidth - 4 : x - 4, y - font, textWidth + 8, font * 1.3,
                        backgroundColor());
                g.fillText(reading, x, y, leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT, s.color(), font);
            }
            y += font * 1.3;
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("series", "x", "y"));
        for (LineSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                rows.add(List.of(s.name(), number(s.x(i)), number(s.y(i))));
            }
        }
        return rows;
    }
}
