package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Points in a fixed x–y window, each coloured by its value on a dark-blue-to-yellow scale (readable
 * in grey and with the common colour-vision deficiencies) spanning a chosen value range, with the
 * scale and its ends drawn above the plot: e.g. random-search trials at (log lr, log weight decay)
 * coloured by validation accuracy.
 */
public final class ColoredScatterView extends AxesPlot {
    /** One point; a NaN value is drawn as a hollow marker (e.g. a diverged trial). */
    public record Point(double x, double y, double value) {
    }

    private static final Color[] SCALE = {Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"),
        Color.web("#5ec962"), Color.web("#fde725")};

    private final StringProperty scaleLabel = new SimpleStringProperty(this, "scaleLabel", "");
    private List<Point> points = List.of();
    private double xMin;
    private double xMax = 1;
    private double yMin;
    private double yMax = 1;
    private double valueMin;
    private double valueMax = 1;

    public ColoredScatterView() {
        getStyleClass().add("colored-scatter-view");
        setPrefSize(560, 340);
        scaleLabel.addListener(obs -> invalidatePlot());
    }

    /** Text next to the colour scale, e.g. "validation accuracy". */
    public StringProperty scaleLabelProperty() {
        return scaleLabel;
    }

    public void setWindow(double xFrom, double xTo, double yFrom, double yTo) {
        if (!(xTo > xFrom) || !(yTo > yFrom)) {
            throw new IllegalArgumentException("scatter window needs to > from on both axes, got x [" + xFrom + ", "
                    + xTo + "], y [" + yFrom + ", " + yTo + "]");
        }
        xMin = xFrom;
        xMax = xTo;
        yMin = yFrom;
        yMax = yTo;
        invalidatePlot();
    }

    /** The values coloured darkest and brightest (values outside are clamped). */
    public void setValueRange(double from, double to) {
        if (!(to > from)) {
            throw new IllegalArgumentException("value range needs to > from, got [" + from + ", " + to + "]");
        }
        valueMin = from;
        valueMax = to;
        invalidatePlot();
    }

    public void setPoints(List<Point> points) {
        this.points = List.copyOf(points);
        invalidatePlot();
    }

    /** The colour of a position 0 … 1 on the scale (clamped), interpolated between five stops. */
    private static Color color(double value) {
        double t = Math.max(0, Math.min(1, value)) * (SCALE.length - 1);
        int low = Math.min(SCALE.length - 2, (int) t);
        return SCALE[low].interpolate(SCALE[low + 1], t - low);
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        PlotFrame frame = drawFrame(g, width, height, xMin, xMax, yMin, yMax, false);
        double font = fontSize();
        double size = Math.max(6, font * 0.7);
        for (Point p : points) {
            double px = frame.px(p.x());
            double py = frame.py(p.y());
            if (px < frame.left || px > frame.right || py < frame.top || py > frame.bottom) {
                continue;
            }
            if (Double.isNaN(p.value())) {
                g.strokeRect(px - size / 2, py - size / 2, size, size, foregroundColor(), 1);
            } else {
                g.fillRect(px - size / 2, py - size / 2, size, size, color((p.value() - valueMin) / (valueMax - valueMin)));
                g.strokeRect(px - size / 2, py - size / 2, size, size, backgroundColor(), 0.5);
            }
        }
        double barWidth = Math.min(160, (frame.right - frame.left) * 0.35);
        double barLeft = frame.right - barWidth;
        double barTop = frame.top - font * 1.6;
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            g.fillRect(barLeft + i * barWidth / steps, barTop, barWidth / steps + 0.5, font * 0.7, color(i / (steps - 1.0)));
        }
        String low = tickLabel(valueMin, (valueMax - valueMin) / 10);
        g.fillText(low, barLeft - 3, barTop + font * 0.65, TextAlignment.RIGHT, foregroundColor(), font * 0.85);
        g.fillText(tickLabel(valueMax, (valueMax - valueMin) / 10), frame.right + 3, barTop + font * 0.65,
                TextAlignment.LEFT, foregroundColor(), font * 0.85);
        g.fillText(scaleLabel.get(), barLeft - textWidth(low, font * 0.85) - font * 0.6, barTop + font * 0.65,
                TextAlignment.RIGHT, foregroundColor(), font * 0.85);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("x", "y", "value"));
        for (Point p : points) {
            rows.add(List.of(number(p.x()), number(p.y()), number(p.value())));
        }
        return rows;
    }
}
