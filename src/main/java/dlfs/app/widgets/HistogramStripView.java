package dlfs.app.widgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Several histograms side by side on one y scale, like the book's row of per-layer activation
 * histograms (Figs 6-10 … 6-14). One bin may be left out of the scale (ReLU's pile of exact zeros):
 * its bar is cut at the top and labelled with its count, so the other bins stay readable.
 */
public final class HistogramStripView extends PlotCanvas {
    private List<String> titles = List.of();
    private List<long[]> counts = List.of();
    private double from;
    private double to = 1;
    private int clippedBin = -1;

    public HistogramStripView() {
        getStyleClass().add("histogram-strip-view");
        setPrefSize(560, 190);
    }

    /**
     * @param titles     one per histogram, e.g. "layer 1"
     * @param counts     equal bins over [from, to], one array per histogram
     * @param clippedBin a bin left out of the common scale, or −1
     */
    public void setHistograms(List<String> titles, List<long[]> counts, double from, double to, int clippedBin) {
        if (titles.size() != counts.size() || !(to > from)) {
            throw new IllegalArgumentException("need one title per histogram and to > from, got " + titles.size()
                    + " titles, " + counts.size() + " histograms, range [" + from + ", " + to + "]");
        }
        this.titles = List.copyOf(titles);
        this.counts = counts.stream().map(long[]::clone).toList();
        this.from = from;
        this.to = to;
        this.clippedBin = clippedBin;
        invalidatePlot();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        int n = counts.size();
        if (n == 0) {
            return;
        }
        double font = fontSize();
        long max = 1;
        for (long[] c : counts) {
            for (int b = 0; b < c.length; b++) {
                if (b != clippedBin) {
                    max = Math.max(max, c[b]);
                }
            }
        }
        double yMax = Ticks.step(0, max * 1.1, 4) * Math.ceil(max * 1.1 / Ticks.step(0, max * 1.1, 4));
        double left = font * 4.2;
        double gap = font * 1.6;
        double top = font * 1.8;
        double bottom = height - font * 1.8;
        double panel = (width - left - font * 0.5 - gap * (n - 1)) / n;
        double yStep = Ticks.step(0, yMax, Math.max(2, (int) ((bottom - top) / (font * 3))));
        for (double y : Ticks.values(0, yMax, yStep)) {
            double py = bottom - y / yMax * (bottom - top);
            g.strokeLine(left, py, width - font * 0.5, py, gridColor(), 1);
            g.fillText(tickLabel(y, yStep), left - 5, py + font * 0.35, TextAlignment.RIGHT, foregroundColor(), font);
        }
        Color fill = SERIES_COLORS.get(0);
        for (int h = 0; h < n; h++) {
            double x0 = left + h * (panel + gap);
            long[] c = counts.get(h);
            double binWidth = panel / Math.max(1, c.length);
            for (int b = 0; b < c.length; b++) {
                if (c[b] == 0) {
                    continue;
                }
                double barTop = Math.max(top, bottom - c[b] / yMax * (bottom - top));
                g.fillRect(x0 + b * binWidth, barTop, binWidth, bottom - barTop, fill);
                if (c[b] > yMax) {
                    g.fillText(Long.toString(c[b]), x0 + (b + 0.5) * binWidth + 2, top + font, TextAlignment.LEFT,
                            foregroundColor(), font * 0.85);
                }
            }
            g.strokeRect(x0, top, panel, bottom - top, foregroundColor(), 1);
            g.fillText(titles.get(h), x0 + panel / 2, top - font * 0.5, TextAlignment.CENTER, foregroundColor(), font);
            g.fillText(edgeLabel(from), x0, bottom + font * 1.3, TextAlignment.LEFT, foregroundColor(), font);
            g.fillText(edgeLabel(to), x0 + panel, bottom + font * 1.3, TextAlignment.RIGHT, foregroundColor(), font);
        }
    }

    /** A range end as short as it can be written: 0, 1, -0.5. */
    private static String edgeLabel(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("histogram", "bin_from", "bin_to", "count"));
        for (int h = 0; h < counts.size(); h++) {
            long[] c = counts.get(h);
            double binWidth = (to - from) / Math.max(1, c.length);
            for (int b = 0; b < c.length; b++) {
                rows.add(List.of(titles.get(h), number(from + b * binWidth), number(from + (b + 1) * binWidth),
                        Long.toString(c[b])));
            }
        }
        return rows;
    }
}
