package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Grouped bars: one group per category (e.g. the parameters W1, b1, W2, b2), one bar per series,
 * on a linear or a logarithmic y axis, with optional horizontal reference lines (e.g. a tolerance).
 * On a log axis the range spans whole decades around the data; a value ≤ 0 or NaN draws no bar.
 */
public final class GroupedBarChartView extends AxesPlot {
    private final List<String> categories = new ArrayList<>();
    private final List<Bars> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private boolean logY;

    /** One series: a value per category. */
    private record Bars(ObservableValue<String> name, Color color, double[] values) {
    }

    /** A dashed horizontal line at {@code value} with a name at its right end. */
    private record Reference(ObservableValue<String> name, double value) {
    }

    public GroupedBarChartView() {
        getStyleClass().add("grouped-bar-chart-view");
        setPrefSize(480, 280);
    }

    public void setLogY(boolean log) {
        logY = log;
        invalidatePlot();
    }

    /** The groups along x, in order; clears the series. */
    public void setCategories(List<String> names) {
        categories.clear();
        categories.addAll(names);
        series.clear();
        invalidatePlot();
    }

    /** Sets (or adds, at the end) the series {@code index} in the next palette colour; its name follows the binding. */
    public void setSeries(int index, ObservableValue<String> name, double[] values) {
        if (values.length != categories.size()) {
            throw new IllegalArgumentException("a series needs one value per category (" + categories.size()
                    + "), got " + values.length);
        }
        name.addListener(obs -> invalidatePlot());
        Bars bars = new Bars(name, SERIES_COLORS.get(index % SERIES_COLORS.size()), values.clone());
        if (index < series.size()) {
            series.set(index, bars);
        } else if (index == series.size()) {
            series.add(bars);
        } else {
            throw new IllegalArgumentException("series " + index + " would leave a gap after " + series.size());
        }
        invalidatePlot();
    }

    /** Removes the series from {@code index} on. */
    public void truncateSeries(int count) {
        while (series.size() > count) {
            series.remove(series.size() - 1);
        }
        invalidatePlot();
    }

    public void addReference(ObservableValue<String> name, double value) {
        name.addListener(obs -> invalidatePlot());
        references.add(new Reference(name, value));
        invalidatePlot();
    }

    public int seriesCount() {
        return series.size();
    }

    public double[] values(int seriesIndex) {
        return series.get(seriesIndex).values().clone();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        double[] range = withRoomForTheLegend(range(), height);
        g.fillRect(0, 0, width, height, backgroundColor());
        PlotFrame frame = new PlotFrame(width, height, fontSize(), 0, Math.max(1, categories.size()), range[0],
                range[1], logY);
        frame.drawCategories(g, foregroundColor(), gridColor(), fontSize(), categories, yLabelProperty().get());
        int count = Math.max(1, series.size());
        double slot = 0.8 / count;
        for (int s = 0; s < series.size(); s++) {
            Bars bars = series.get(s);
            for (int c = 0; c < categories.size(); c++) {
                double v = bars.values()[c];
                if (!drawable(v)) {
                    continue;
                }
                double x0 = frame.px(c + 0.1 + s * slot);
                double x1 = frame.px(c + 0.1 + (s + 1) * slot);
                double base = logY ? frame.bottom : frame.py(Math.max(range[0], 0));
                double top = Math.max(frame.top, Math.min(frame.bottom, frame.py(v)));
                g.fillRect(x0, Math.min(top, base), x1 - x0, Math.abs(base - top), bars.color());
            }
        }
        for (Reference r : references) {
            if (!drawable(r.value())) {
                continue;
            }
            double y = frame.py(r.value());
            if (y < frame.top || y > frame.bottom) {
                continue;
            }
            for (double x = frame.left; x < frame.right; x += 10) {
                g.strokeLine(x, y, Math.min(frame.right, x + 6), y, foregroundColor(), 1.2);
            }
            g.fillText(r.name().getValue(), frame.right - 4, y - fontSize() * 0.3, TextAlignment.RIGHT,
                    foregroundColor(), fontSize() * 0.9);
        }
        drawLegend(g, frame);
    }

    private boolean drawable(double v) {
        return Double.isFinite(v) && (!logY || v > 0);
    }

    /** y range; for a log axis the base-10 logarithms of whole decades around the data. */
    private double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Double> all = new ArrayList<>();
        series.forEach(b -> Arrays.stream(b.values()).forEach(all::add));
        references.forEach(r -> all.add(r.value()));
        for (double v : all) {
            if (drawable(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return logY ? new double[] {-1, 0} : new double[] {0, 1};
        }
        if (logY) {
            double low = Math.floor(Math.log10(min));
            return new double[] {low, Math.max(Math.floor(Math.log10(max)) + 1, low + 1)};
        }
        return new double[] {Math.min(0, min), max > Math.min(0, min) ? max * 1.05 : 1};
    }

    /**
     * Raises the top of the y range so that the legend, drawn in the top left corner, sits above
     * every bar: on a log axis by whole decades.
     */
    private double[] withRoomForTheLegend(double[] range, double height) {
        if (series.isEmpty()) {
            return range;
        }
        PlotFrame frame = new PlotFrame(1, height, fontSize(), 0, 1, range[0], range[1], logY);
        double plotHeight = frame.bottom - frame.top;
        double legend = (series.size() * 1.4 + 0.6) * fontSize();
        if (plotHeight <= legend) {
            return range;
        }
        double span = range[1] - range[0];
        double extra = legend * span / (plotHeight - legend);
        return new double[] {range[0], range[1] + (logY ? Math.ceil(extra) : extra)};
    }

    private void drawLegend(PlotGraphics g, PlotFrame frame) {
        double font = fontSize();
        double y = frame.top + font * 1.3;
        for (Bars bars : series) {
            double x = frame.left + font * 0.8;
            g.fillRect(x, y - font * 0.75, font * 0.9, font * 0.9, bars.color());
            g.fillText(bars.name().getValue(), x + font * 1.3, y, TextAlignment.LEFT, foregroundColor(), font);
            y += font * 1.4;
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("category");
        series.forEach(b -> header.add(b.name().getValue()));
        rows.add(header);
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (Bars b : series) {
                row.add(number(b.values()[c]));
            }
            rows.add(row);
        }
        return rows;
    }
}
