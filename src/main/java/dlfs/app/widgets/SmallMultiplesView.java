package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A grid of small line plots with one common x and y range and one legend, like the book's grids
 * of accuracy curves (Fig 6-19, one panel per initial scale; Fig 6-24, one panel per trial). Each
 * panel has a title and the same series in the same colours; panels without points stay empty.
 */
public final class SmallMultiplesView extends PlotCanvas {
    /**
     * One small plot: its title, per series the y values at x = 0, 1, 2, … (NaN for gaps), and a short
     * note written inside it (e.g. which run diverged), or "".
     */
    public record Panel(String title, List<double[]> series, String note) {
    }

    private List<String> seriesNames = List.of();
    private List<Panel> panels = List.of();
    private int columns = 4;
    private double xMax = 1;
    private double yMin;
    private double yMax = 1;

    public SmallMultiplesView() {
        getStyleClass().add("small-multiples-view");
        setPrefSize(560, 520);
    }

    /**
     * @param seriesNames legend entries, in the colour order of the series
     * @param xMax        the common x range is 0 … xMax
     */
    public void setPanels(List<String> seriesNames, List<Panel> panels, int columns, double xMax, double yMin,
                          double yMax) {
        if (columns < 1 || !(xMax > 0) || !(yMax > yMin)) {
            throw new IllegalArgumentException("small multiples need ≥ 1 column, xMax > 0 and yMax > yMin, got "
                    + columns + ", " + xMax + ", [" + yMin + ", " + yMax + "]");
        }
        this.seriesNames = List.copyOf(seriesNames);
        this.panels = List.copyOf(panels);
        this.columns = columns;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        invalidatePlot();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        double font = fontSize();
        double legendHeight = font * 1.8;
        double x = font * 0.5;
        for (int s = 0; s < seriesNames.size(); s++) {
            Color color = color(s);
            g.strokeLine(x, font * 0.9, x + font * 1.6, font * 0.9, color, Math.max(2, lineWidth()));
            g.fillText(seriesNames.get(s), x + font * 2, font * 1.25, TextAlignment.LEFT, foregroundColor(), font);
            x += font * 3 + textWidth(seriesNames.get(s), font);
        }
        int rows = Math.max(1, (panels.size() + columns - 1) / columns);
        double cellWidth = (width - font * 2.5) / columns;
        double cellHeight = (height - legendHeight) / rows;
        double axisLeft = font * 2.5;
        for (int p = 0; p < panels.size(); p++) {
            double left = axisLeft + (p % columns) * cellWidth + font * 0.3;
            double top = legendHeight + (p / columns) * cellHeight + font * 1.3;
            double right = left + cellWidth - font * 0.8;
            double bottom = top + cellHeight - font * 2.2;
            drawPanel(g, panels.get(p), left, top, right, bottom, font, p % columns == 0, p / columns == rows - 1);
        }
    }

    private void drawPanel(PlotGraphics g, Panel panel, double left, double top, double right, double bottom,
                           double font, boolean yTicks, boolean xTicks) {
        double middle = (yMin + yMax) / 2;
        g.strokeLine(left, py(middle, top, bottom), right, py(middle, top, bottom), gridColor(), 1);
        g.strokeRect(left, top, right - left, bottom - top, foregroundColor(), 1);
        g.fillText(panel.title(), (left + right) / 2, top - font * 0.35, TextAlignment.CENTER, foregroundColor(),
                font * 0.9);
        if (!panel.note().isEmpty()) {
            g.fillText(panel.note(), left + font * 0.3, top + font * 0.9, TextAlignment.LEFT, foregroundColor(), font * 0.75);
        }
        if (yTicks) {
            for (double y : new double[] {yMin, middle, yMax}) {
                g.fillText(tickLabel(y, (yMax - yMin) / 2), left - 3, py(y, top, bottom) + font * 0.3,
                        TextAlignment.RIGHT, foregroundColor(), font * 0.8);
            }
        }
        if (xTicks) {
            g.fillText("0", left, bottom + font, TextAlignment.LEFT, foregroundColor(), font * 0.8);
            g.fillText(tickLabel(xMax, xMax), right, bottom + font, TextAlignment.RIGHT, foregroundColor(), font * 0.8);
        }
        for (int s = 0; s < panel.series().size(); s++) {
            double[] ys = panel.series().get(s);
            double[] px = new double[ys.length];
            double[] pys = new double[ys.length];
            int count = 0;
            for (int i = 0; i < ys.length; i++) {
                if (Double.isFinite(ys[i])) {
                    px[count] = left + i / xMax * (right - left);
                    pys[count++] = py(Math.max(yMin, Math.min(yMax, ys[i])), top, bottom);
                }
            }
            g.strokePolyline(px, pys, count, color(s), Math.max(1.5, lineWidth() * 0.75),
                    s < seriesNames.size() ? seriesNames.get(s) : "");
        }
    }

    private double py(double y, double top, double bottom) {
        return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
    }

    private static Color color(int series) {
        return SERIES_COLORS.get(series % SERIES_COLORS.size());
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("panel", "series", "x", "y"));
        for (Panel panel : panels) {
            for (int s = 0; s < panel.series().size(); s++) {
                double[] ys = panel.series().get(s);
                String name = s < seriesNames.size() ? seriesNames.get(s) : Integer.toString(s);
                for (int i = 0; i < ys.length; i++) {
                    rows.add(List.of(panel.title(), name, Integer.toString(i), number(ys[i])));
                }
            }
        }
        return rows;
    }
}
