package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Bars with values between 0 and 1 (e.g. predicted probabilities) that the user sets by dragging
 * a bar's top, or with the keyboard: ← → choose a bar, ↑ ↓ change it by 0.01. The view does not
 * change its values itself; it reports the wish to a {@link BarDragHandler} (which may renormalise
 * the others) and shows what it is given. One bar can be highlighted (the correct class), and
 * target values are drawn as outlines (the one-hot t).
 */
public final class DraggableBarChartView extends AxesPlot {
    /** Called with the bar and the value the user asked for, already clamped to [0, 1]. */
    @FunctionalInterface
    public interface BarDragHandler {
        void barDragged(int index, double value);
    }

    private static final double KEY_STEP = 0.01;

    private List<String> categories = List.of();
    private double[] values = new double[0];
    private double[] targets = new double[0];
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);
    private BarDragHandler handler = (index, value) -> { };
    private double[] plotArea;

    public DraggableBarChartView() {
        getStyleClass().add("draggable-bar-chart-view");
        setPrefSize(480, 260);
        setFocusTraversable(true);
        highlighted.addListener(obs -> invalidatePlot());
        selected.addListener(obs -> invalidatePlot());
        focusedProperty().addListener(obs -> invalidatePlot());
        setOnMousePressed(this::drag);
        setOnMouseDragged(this::drag);
        setOnMouseMoved(e -> setCursor(barAt(e.getX()) >= 0 ? Cursor.V_RESIZE : Cursor.DEFAULT));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Bar names under the x axis and their values, in the same order. */
    public void setValues(List<String> names, double[] newValues) {
        if (names.size() != newValues.length) {
            throw new IllegalArgumentException(names.size() + " bar names for " + newValues.length + " values");
        }
        categories = List.copyOf(names);
        values = newValues.clone();
        invalidatePlot();
    }

    public double[] values() {
        return values.clone();
    }

    /** Target values drawn as outlines (empty for none). */
    public void setTargets(double[] newTargets) {
        targets = newTargets.clone();
        invalidatePlot();
    }

    /** The bar drawn in the accent colour, or −1. */
    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    /** The bar the arrow keys change. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public void setOnBarDragged(BarDragHandler newHandler) {
        handler = newHandler;
    }

    private void drag(MouseEvent e) {
        requestFocus();
        int bar = barAt(e.getX());
        if (bar < 0 || plotArea == null) {
            return;
        }
        selected.set(bar);
        double value = (plotArea[3] - e.getY()) / (plotArea[3] - plotArea[1]);
        handler.barDragged(bar, Math.max(0, Math.min(1, value)));
    }

    private void key(KeyEvent e) {
        int bar = selected.get();
        if (values.length == 0) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            int step = e.getCode() == KeyCode.LEFT ? -1 : 1;
            selected.set(Math.floorMod(bar + step, values.length));
            e.consume();
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && bar < values.length) {
            double change = e.getCode() == KeyCode.UP ? KEY_STEP : -KEY_STEP;
            handler.barDragged(bar, Math.max(0, Math.min(1, values[bar] + change)));
            e.consume();
        }
    }

    /** The bar whose column contains x, or −1. */
    private int barAt(double x) {
        if (plotArea == null || values.length == 0 || x < plotArea[0] || x > plotArea[2]) {
            return -1;
        }
        return Math.min(values.length - 1, (int) ((x - plotArea[0]) / (plotArea[2] - plotArea[0]) * values.length));
    }

    /**
     * Drawn without {@link PlotFrame}: a category axis needs one label per bar, and the value axis
     * is always 0 to 1.
     */
    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        double font = fontSize();
        double left = font * 3.6;
        double right = width - font;
        double top = font * 2.2;
        double bottom = height - font * 3.4;
        plotArea = new double[] {left, top, right, bottom};
        Color fg = foregroundColor();
        g.fillRect(0, 0, width, height, backgroundColor());
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            double y = bottom - v * (bottom - top);
            g.strokeLine(left, y, right, y, gridColor(), 1);
            g.strokeLine(left - 4, y, left, y, fg, 1);
            g.fillText(String.format(Locale.ROOT, "%.1f", v), left - 6, y + font * 0.35, TextAlignment.RIGHT, fg, font);
        }
        int n = values.length;
        double slot = n == 0 ? 0 : (right - left) / n;
        for (int i = 0; i < n; i++) {
            double x = left + i * slot + slot * 0.15;
            double barWidth = slot * 0.7;
            double barTop = bottom - values[i] * (bottom - top);
            Color fill = i == highlighted.get() ? SERIES_COLORS.get(1) : SERIES_COLORS.get(0);
            g.fillRect(x, barTop, barWidth, bottom - barTop, fill);
            if (i < targets.length && targets[i] > 0) {
                double targetTop = bottom - Math.min(1, targets[i]) * (bottom - top);
                g.strokeRect(x - 2, targetTop, barWidth + 4, bottom - targetTop, fg, Math.max(1.5, lineWidth() * 0.75));
            }
            if (i == selected.get() && isFocused()) {
                g.strokeRect(x - 4, top, barWidth + 8, bottom - top, SERIES_COLORS.get(2), 2);
            }
            g.fillText(String.format(Locale.ROOT, "%.2f", values[i]), x + barWidth / 2, barTop - font * 0.35,
                    TextAlignment.CENTER, fg, font * 0.9);
            g.fillText(i < categories.size() ? categories.get(i) : "", x + barWidth / 2, bottom + font * 1.3,
                    TextAlignment.CENTER, fg, font);
        }
        g.strokeRect(left, top, right - left, bottom - top, fg, 1);
        g.fillText(xLabelProperty().get(), (left + right) / 2, bottom + font * 2.8, TextAlignment.CENTER, fg, font);
        g.fillText(yLabelProperty().get(), left, top - font * 0.7, TextAlignment.LEFT, fg, font);
    }

    /** One row per bar: name, value, target. */
    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("bar", "value", "target"));
        for (int i = 0; i < values.length; i++) {
            rows.add(List.of(i < categories.size() ? categories.get(i) : "", number(values[i]),
                    i < targets.length ? number(targets[i]) : ""));
        }
        return rows;
    }
}
