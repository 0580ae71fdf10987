package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/** Bars of counts over equal bins, e.g. the activation distribution of one layer. */
public final class HistogramView extends AxesPlot {
    private double from;
    private double to = 1;
    private long[] counts = new long[0];

    public HistogramView() {
        getStyleClass().add("histogram-view");
        setPrefSize(320, 220);
    }

    /** Counts of equal bins spanning [from, to]. */
    public void setCounts(double from, double to, long[] counts) {
        if (!(to > from)) {
            throw new IllegalArgumentException("histogram range must have to > from, got [" + from + ", " + to + "]");
        }
        this.from = from;
        this.to = to;
        this.counts = counts.clone();
        invalidatePlot();
    }

    /** Bins the values (those outside [from, to] are left out; {@code to} itself goes in the last bin). */
    public void setValues(double[] values, int bins, double from, double to) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, got " + bins);
        }
        long[] binned = new long[bins];
        double width = (to - from) / bins;
        for (double v : values) {
            if (v >= from && v <= to) {
                binned[Math.min(bins - 1, (int) ((v - from) / width))]++;
            }
        }
        setCounts(from, to, binned);
    }

    public long[] counts() {
        return counts.clone();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        PlotFrame frame = drawFrame(g, width, height, from, to, 0, max * 1.05, false);
        Color fill = SERIES_COLORS.get(0);
        double binWidth = (to - from) / Math.max(1, counts.length);
        for (int i = 0; i < counts.length; i++) {
            double x0 = frame.px(from + i * binWidth);
            double x1 = frame.px(from + (i + 1) * binWidth);
            double top = frame.py(counts[i]);
            if (counts[i] > 0) {
                g.fillRect(x0, top, x1 - x0, frame.bottom - top, fill);
                g.strokeRect(x0, top, x1 - x0, frame.bottom - top, backgroundColor(), 0.5);
            }
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("bin_from", "bin_to", "count"));
        double binWidth = (to - from) / Math.max(1, counts.length);
        for (int i = 0; i < counts.length; i++) {
            rows.add(List.of(number(from + i * binWidth), number(from + (i + 1) * binWidth), Long.toString(counts[i])));
        }
        return rows;
    }
}
