package dlfs.app.widgets;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The plot area inside a widget, the data-to-pixel mapping, and the axes, grid and tick labels. */
final class PlotFrame {
    final double left;
    final double top;
    final double right;
    final double bottom;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final boolean logY;

    /** For log-scale y, yMin and yMax are the logarithms (base 10) of the range. */
    PlotFrame(double width, double height, double fontSize, double xMin, double xMax, double yMin, double yMax,
              boolean logY) {
        this.left = fontSize * 5;
        this.right = width - fontSize;
        this.top = fontSize * 2.2;
        this.bottom = height - fontSize * 3.4;
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        this.logY = logY;
    }

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * (right - left);
    }

    double py(double y) {
        double value = logY ? Math.log10(y) : y;
        return bottom - (value - yMin) / (yMax - yMin) * (bottom - top);
    }

    double width() {
        return right - left;
    }

    void draw(PlotGraphics g, Color foreground, Color grid, double fontSize, String xLabel, String yLabel) {
        double xStep = Ticks.step(xMin, xMax, Math.max(2, (int) (width() / (fontSize * 7))));
        for (double x : Ticks.values(xMin, xMax, xStep)) {
            double at = px(x);
            g.strokeLine(at, top, at, bottom, grid, 1);
            g.strokeLine(at, bottom, at, bottom + 4, foreground, 1);
            g.fillText(PlotCanvas.tickLabel(x, xStep), at, bottom + fontSize * 1.3, TextAlignment.CENTER, foreground,
                    fontSize);
        }
        drawYAxis(g, foreground, grid, fontSize);
        g.strokeRect(left, top, right - left, bottom - top, foreground, 1);
        g.fillText(xLabel, (left + right) / 2, bottom + fontSize * 2.8, TextAlignment.CENTER, foreground, fontSize);
        g.fillText(yLabel, left, top - fontSize * 0.7, TextAlignment.LEFT, foreground, fontSize);
    }

    /** As {@link #draw}, with one named slot per category on x (slot i spans i … i + 1) instead of numbers. */
    void drawCategories(PlotGraphics g, Color foreground, Color grid, double fontSize, java.util.List<String> categories,
                        String yLabel) {
        drawYAxis(g, foreground, grid, fontSize);
        for (int i = 0; i < categories.size(); i++) {
            g.fillText(categories.get(i), px(i + 0.5), bottom + fontSize * 1.3, TextAlignment.CENTER, foreground,
                    fontSize);
        }
        g.strokeRect(left, top, right - left, bottom - top, foreground, 1);
        g.fillText(yLabel, left, top - fontSize * 0.7, TextAlignment.LEFT, foreground, fontSize);
    }

    private void drawYAxis(PlotGraphics g, Color foreground, Color grid, double fontSize) {
        double yStep = logY ? 1 : Ticks.step(yMin, yMax, Math.max(2, (int) ((bottom - top) / (fontSize * 3))));
        for (double y : Ticks.values(yMin, yMax, yStep)) {
            double value = logY ? Math.pow(10, y) : y;
            double at = py(value);
            g.strokeLine(left, at, right, at, grid, 1);
            g.strokeLine(left - 4, at, left, at, foreground, 1);
            g.fillText(logY ? PlotCanvas.tickLabel(value, value) : PlotCanvas.tickLabel(y, yStep), left - 6,
                    at + fontSize * 0.35, TextAlignment.RIGHT, foreground, fontSize);
        }
    }
}
