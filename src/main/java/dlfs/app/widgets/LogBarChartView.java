package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.text.TextAlignment;

/**
 * Bars for a few named categories (e.g. the layers of a network), one bar per series side by side,
 * on a logarithmic y axis: values spanning many powers of ten, such as gradient sizes from the
 * first to the last layer, stay comparable. Values that are 0, negative or not finite get no bar.
 */
public final class LogBarChartView extends PlotCanvas {
    /** One series: a name for the legend and one value per category. */
    public record Series(String name, double[] values) {
    }

    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private List<String> categories = List.of();
    private List<Series> series = List.of();

    public LogBarChartView() {
        getStyleClass().add("log-bar-chart-view");
        setPrefSize(560, 280);
        yLabel.addListener(obs -> invalidatePlot());
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    public void setData(List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        invalidatePlot();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        double font = fontSize();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    low = Math.min(low, Math.log10(v));
                    high = Math.max(high, Math.log10(v));
                }
            }
        }
        if (low > high) {
            low = -1;
            high = 0;
        }
        double bottomDecade = Math.floor(low);
        double topDecade = Math.max(Math.ceil(high), bottomDecade + 1);
        double left = font * 5;
        double right = width - font;
        double top = font * 2.2 + font * 1.4 * Math.max(0, series.size() - 1);
        double bottom = height - font * 2.2;
        int decades = (int) (topDecade - bottomDecade);
        int every = Math.max(1, (int) Math.ceil(decades / Math.max(1.0, (bottom - top) / (font * 2))));
        for (int d = 0; d <= decades; d += every) {
            double py = bottom - (double) d / decades * (bottom - top);
            g.strokeLine(left, py, right, py, gridColor(), 1);
            double value = Math.pow(10, bottomDecade + d);
            g.fillText(tickLabel(value, value), left - 5, py + font * 0.35, TextAlignment.RIGHT, foregroundColor(), font);
        }
        int n = categories.size();
        double slot = (right - left) / Math.max(1, n);
        double barWidth = slot * 0.8 / Math.max(1, series.size());
        for (int c = 0; c < n; c++) {
            double x0 = left + c * slot + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[c];
                if (v > 0 && Double.isFinite(v)) {
                    double py = bottom - (Math.log10(v) - bottomDecade) / decades * (bottom - top);
                    g.fillRect(x0 + s * barWidth, py, barWidth * 0.92, bottom - py, SERIES_COLORS.get(s % SERIES_COLORS.size()));
                }
            }
            g.fillText(categories.get(c), left + (c + 0.5) * slot, bottom + font * 1.3, TextAlignment.CENTER,
                    foregroundColor(), font);
        }
        g.strokeRect(left, top, right - left, bottom - top, foregroundColor(), 1);
        g.fillText(yLabel.get(), left, font * 1.2, TextAlignment.LEFT, foregroundColor(), font);
        double y = font * 1.2;
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            double x = right - textWidth(name, font);
            g.fillText(name, x, y, TextAlignment.LEFT, foregroundColor(), font);
            g.fillRect(x - font * 1.4, y - font * 0.75, font * 0.9, font * 0.8, SERIES_COLORS.get(s % SERIES_COLORS.size()));
            y += font * 1.4;
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("category"));
        series.forEach(s -> header.add(s.name()));
        rows.add(header);
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>(List.of(categories.get(c)));
            for (Series s : series) {
                row.add(number(s.values()[c]));
            }
            rows.add(row);
        }
        return rows;
    }
}
