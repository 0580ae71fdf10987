package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Functions y = f(x) drawn over an x range with a legend in the top left corner, evaluated once per
 * pixel column so that kinks and jumps stay sharp. A curve may be dashed (the book draws the step
 * function dashed next to the sigmoid, and derivatives read best dashed beside their function). A
 * marked x shows a vertical line with a dot on every curve, and hovering writes out the values under
 * the mouse.
 */
public final class CurvePlotView extends AxesPlot {
    /** One curve; non-finite values leave a gap. */
    public record Curve(String name, DoubleUnaryOperator f, Color color, boolean dashed) {
    }

    /** Points per curve in the CSV export. */
    private static final int CSV_SAMPLES = 201;

    private final DoubleProperty markedX = new SimpleDoubleProperty(this, "markedX", Double.NaN);
    private List<Curve> curves = List.of();
    private double xMin = -5;
    private double xMax = 5;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private PlotFrame lastFrame;
    private final PointerPosition pointer = PointerPosition.track(this);

    public CurvePlotView() {
        getStyleClass().add("curve-plot-view");
        markedX.addListener(obs -> invalidatePlot());
    }

    public void setCurves(List<Curve> curves) {
        this.curves = List.copyOf(curves);
        invalidatePlot();
    }

    public List<Curve> curves() {
        return curves;
    }

    public void setXRange(double min, double max) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("x range needs finite min < max, got [" + min + ", " + max + "]");
        }
        xMin = min;
        xMax = max;
        invalidatePlot();
    }

    /** A fixed y range; NaN for either bound fits the range to the visible values. */
    public void setYRange(double min, double max) {
        yMin = min;
        yMax = max;
        invalidatePlot();
    }

    /** An x to mark with a vertical line and the value of every curve there; NaN for none. */
    public DoubleProperty markedXProperty() {
        return markedX;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        int samples = Math.max(200, (int) width);
        double[] xs = new double[samples];
        double[][] ys = new double[curves.size()][samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = xMin + (xMax - xMin) * i / (samples - 1);
        }
        for (int c = 0; c < curves.size(); c++) {
            for (int i = 0; i < samples; i++) {
                ys[c][i] = curves.get(c).f().applyAsDouble(xs[i]);
            }
        }
        double[] yRange = yRange(ys);
        PlotFrame frame = drawFrame(g, width, height, xMin, xMax, yRange[0], yRange[1], false);
        lastFrame = frame;
        Color axis = foregroundColor().deriveColor(0, 1, 1, 0.5);
        if (xMin < 0 && xMax > 0) {
            g.strokeLine(frame.px(0), frame.top, frame.px(0), frame.bottom, axis, 1);
        }
        if (yRange[0] < 0 && yRange[1] > 0) {
            g.strokeLine(frame.left, frame.py(0), frame.right, frame.py(0), axis, 1);
        }
        double[] px = new double[samples];
        double[] py = new double[samples];
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            int count = 0;
            for (int i = 0; i < samples; i++) {
                double y = ys[c][i];
                px[count] = frame.px(xs[i]);
                py[count] = Double.isFinite(y) ? clampPixel(frame.py(y), frame) : Double.NaN;
                count++;
            }
            drawCurve(g, curve, px, py, count);
        }
        drawMarker(g, frame, markedX.get(), false);
        drawLegend(g, frame);
    }

    private static double clampPixel(double y, PlotFrame frame) {
        double margin = frame.bottom - frame.top;
        return Math.max(frame.top - margin, Math.min(frame.bottom + margin, y));
    }

    private double[] yRange(double[][] ys) {
        if (Double.isFinite(yMin) && Double.isFinite(yMax) && yMax > yMin) {
            return new double[] {yMin, yMax};
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] curve : ys) {
            for (double y : curve) {
                if (Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        if (low > high) {
            return new double[] {-1, 1};
        }
        double pad = high > low ? (high - low) * 0.06 : Math.max(0.5, Math.abs(high) * 0.1);
        return new double[] {low - pad, high + pad};
    }

    /** Draws the finite runs of a curve, dashed or solid. */
    private void drawCurve(PlotGraphics g, Curve curve, double[] px, double[] py, int count) {
        double width = curve.dashed() ? Math.max(1.5, lineWidth() * 0.8) : lineWidth();
        if (curve.dashed()) {
            PlotShapes.strokeDashedPolyline(g, px, py, count, fontSize() * 0.5, curve.color(), width);
            return;
        }
        int start = 0;
        for (int i = 0; i <= count; i++) {
            if (i == count || Double.isNaN(py[i])) {
                if (i - start > 1) {
                    double[] runX = java.util.Arrays.copyOfRange(px, start, i);
                    double[] runY = java.util.Arrays.copyOfRange(py, start, i);
                    g.strokePolyline(runX, runY, runX.length, curve.color(), width, curve.name());
                }
                start = i + 1;
            }
        }
    }

    /** A vertical line at x with a dot on each curve, and with {@code readings} the value of each curve written out. */
    private void drawMarker(PlotGraphics g, PlotFrame frame, double x, boolean readings) {
        if (!Double.isFinite(x) || x < xMin || x > xMax) {
            return;
        }
        double font = fontSize();
        double at = frame.px(x);
        g.strokeLine(at, frame.top, at, frame.bottom, foregroundColor(), 1);
        double labelY = frame.top + font * 1.3;
        boolean leftSide = at > (frame.left + frame.right) / 2;
        for (Curve curve : curves) {
            double y = curve.f().applyAsDouble(x);
            if (Double.isFinite(y) && frame.py(y) >= frame.top && frame.py(y) <= frame.bottom) {
                PlotShapes.fillCircle(g, at, frame.py(y), Math.max(3, lineWidth() * 1.6), curve.color());
            }
            if (!readings) {
                continue;
            }
            String reading = curve.name() + "(" + format(x) + ") = " + format(y);
            double textWidth = textWidth(reading, font);
            double tx = leftSide ? at - font * 0.5 - textWidth : at + font * 0.5;
            g.fillRect(tx - 3, labelY - font, textWidth + 6, font * 1.3, backgroundColor());
            g.fillText(reading, tx, labelY, TextAlignment.LEFT, curve.color(), font);
            labelY += font * 1.3;
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private void drawLegend(PlotGraphics g, PlotFrame frame) {
        double font = fontSize();
        // top left: where activations and the collapse demo's lines leave room
        double y = frame.top + font * 1.2;
        double x = frame.left + font * 0.5;
        for (Curve curve : curves) {
            PlotShapes.legendEntry(g, x, y, curve.name(), curve.color(), curve.dashed(), font, lineWidth(),
                    foregroundColor(), backgroundColor());
            y += font * 1.4;
        }
    }

    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        PlotFrame frame = lastFrame;
        double hoverX = pointer.x();
        if (frame == null || !pointer.inside() || hoverX < frame.left || hoverX > frame.right) {
            return;
        }
        drawMarker(g, frame, xMin + (hoverX - frame.left) / (frame.right - frame.left) * (xMax - xMin), true);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("x");
        curves.forEach(c -> header.add(c.name()));
        rows.add(header);
        for (int i = 0; i < CSV_SAMPLES; i++) {
            double x = xMin + (xMax - xMin) * i / (CSV_SAMPLES - 1);
            List<String> row = new ArrayList<>();
            row.add(number(x));
            for (Curve curve : curves) {
                row.add(number(curve.f().applyAsDouble(x)));
            }
            rows.add(row);
        }
        return rows;
    }
}
