package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Curves and constructions on fixed axes: a function sampled at every pixel column, polylines of
 * given points, straight lines (a tangent, a secant), vertical lines (a chosen h) and labelled
 * points. Unlike {@link LineChartView} the axes do not follow the data, so a tangent that leaves
 * the picture is clipped rather than rescaling it. The y axis may be logarithmic. Hovering shows
 * each curve's value under the mouse; with {@link #setOnPointerX} pressing or dragging on the plot
 * reports the x under the mouse (to move a point along the curve).
 */
public final class FunctionPlotView extends AxesPlot {
    /** Something drawn on the axes; items with a non-blank name appear in the legend. */
    public sealed interface Item permits Curve, Polyline, Line, VerticalLine, Point {
        String name();

        int colorIndex();
    }

    /** y = f(x), sampled once per pixel column. */
    public record Curve(String name, DoubleUnaryOperator f, int colorIndex, boolean dashed) implements Item {
    }

    /** Straight pieces through given points; a non-finite value breaks the line. */
    public record Polyline(String name, double[] xs, double[] ys, int colorIndex, boolean dashed) implements Item {
        public Polyline {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("polyline " + name + " has " + xs.length + " x and " + ys.length
                        + " y values");
            }
            xs = xs.clone();
            ys = ys.clone();
        }
    }

    /** y = slope·x + intercept across the whole plot. */
    public record Line(String name, double slope, double intercept, int colorIndex, boolean dashed) implements Item {
    }

    /** x = constant, top to bottom. */
    public record VerticalLine(String name, double x, int colorIndex, boolean dashed) implements Item {
    }

    /** A dot with its name written beside it (not in the legend). */
    public record Point(String name, double x, double y, int colorIndex) implements Item {
    }

    private double xMin;
    private double xMax = 1;
    private double yMin;
    private double yMax = 1;
    private List<Item> items = List.of();
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY");
    private final ObjectProperty<LegendCorner> legendCorner =
            new SimpleObjectProperty<>(this, "legendCorner", LegendCorner.TOP_RIGHT);
    private PlotFrame lastFrame;
    private double hoverX = Double.NaN;
    private DoubleConsumer pointerX;

    public FunctionPlotView() {
        getStyleClass().add("function-plot-view");
        logY.addListener(obs -> invalidatePlot());
        legendCorner.addListener(obs -> invalidatePlot());
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            invalidatePlot();
        });
        setOnMouseExited(e -> {
            hoverX = Double.NaN;
            invalidatePlot();
        });
        setOnMousePressed(this::point);
        setOnMouseDragged(this::point);
    }

    /** Receives the data x under the mouse while it is pressed or dragged on the plot (null: none). */
    public void setOnPointerX(DoubleConsumer handler) {
        pointerX = handler;
        setCursor(handler == null ? Cursor.DEFAULT : Cursor.H_RESIZE);
    }

    private void point(MouseEvent e) {
        if (pointerX == null || lastFrame == null) {
            return;
        }
        double fraction = Math.max(0, Math.min(1, (e.getX() - lastFrame.left) / lastFrame.width()));
        pointerX.accept(xMin + fraction * (xMax - xMin));
    }

    /** The axes' ranges; on a log axis y values are given as they are (not as logarithms) and must be positive. */
    public void setRange(double xFrom, double xTo, double yFrom, double yTo) {
        if (!(xTo > xFrom) || !(yTo > yFrom) || logY.get() && !(yFrom > 0)) {
            throw new IllegalArgumentException("plot range needs x " + xFrom + " < " + xTo + " and y " + yFrom + " < "
                    + yTo + (logY.get() ? " with y > 0 on a log axis" : ""));
        }
        xMin = xFrom;
        xMax = xTo;
        yMin = yFrom;
        yMax = yTo;
        invalidatePlot();
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    /** Where the legend goes: a corner the curves leave free (top right unless set). */
    public ObjectProperty<LegendCorner> legendCornerProperty() {
        return legendCorner;
    }

    /** Replaces everything drawn. */
    public void setItems(List<? extends Item> newItems) {
        items = List.copyOf(newItems);
        invalidatePlot();
    }

    public List<Item> items() {
        return items;
    }

    private Color color(Item item) {
        return SERIES_COLORS.get(Math.floorMod(item.colorIndex(), SERIES_COLORS.size()));
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        boolean log = logY.get();
        PlotFrame frame = drawFrame(g, width, height, xMin, xMax, log ? Math.log10(yMin) : yMin,
                log ? Math.log10(yMax) : yMax, log);
        lastFrame = frame;
        PixelPath clip = new PixelPath(frame);
        for (Item item : items) {
            if (item instanceof Curve c) {
                paintCurve(g, frame, clip, c);
            } else if (item instanceof Polyline p) {
                paintPolyline(g, frame, clip, p);
            } else if (item instanceof Line l) {
                clip.line(g, frame.px(xMin), frame.py(l.slope() * xMin + l.intercept()), frame.px(xMax),
                        frame.py(l.slope() * xMax + l.intercept()), color(l), lineWidth(), l.dashed());
            } else if (item instanceof VerticalLine v) {
                clip.line(g, frame.px(v.x()), frame.top, frame.px(v.x()), frame.bottom, color(v),
                        Math.max(1, lineWidth() * 0.75), v.dashed());
            } else if (item instanceof Point p) {
                paintPoint(g, frame, clip, p);
            }
        }
        paintLegend(g, frame);
    }

    private void paintCurve(PlotGraphics g, PlotFrame frame, PixelPath clip, Curve c) {
        int columns = Math.max(2, (int) Math.ceil(frame.width()) + 1);
        double[] px = new double[columns];
        double[] py = new double[columns];
        for (int i = 0; i < columns; i++) {
            double x = xMin + (xMax - xMin) * i / (columns - 1);
            px[i] = frame.px(x);
            py[i] = frame.py(c.f().applyAsDouble(x));
        }
        clip.stroke(g, px, py, columns, color(c), lineWidth(), c.dashed(), c.name());
    }

    private void paintPolyline(PlotGraphics g, PlotFrame frame, PixelPath clip, Polyline p) {
        int n = p.xs().length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = frame.px(p.xs()[i]);
            py[i] = frame.py(p.ys()[i]);
        }
        clip.stroke(g, px, py, n, color(p), lineWidth(), p.dashed(), p.name());
    }

    private void paintPoint(PlotGraphics g, PlotFrame frame, PixelPath clip, Point p) {
        double x = frame.px(p.x());
        double y = frame.py(p.y());
        double r = Math.max(2.5, lineWidth() * 1.2);
        clip.ring(g, x, y, r, color(p), r * 1.2);
        if (clip.contains(x, y) && p.name() != null && !p.name().isBlank()) {
            boolean leftOfIt = x > (frame.left + frame.right) / 2;
            PlotLabels.boxed(g, p.name(), leftOfIt ? x - r * 2 : x + r * 2, y - r * 1.5,
                    leftOfIt ? TextAlignment.RIGHT : TextAlignment.LEFT, foregroundColor(), backgroundColor(), fontSize());
        }
    }

    private void paintLegend(PlotGraphics g, PlotFrame frame) {
        List<Item> named = items.stream()
                .filter(item -> !(item instanceof Point) && item.name() != null && !item.name().isBlank()).toList();
        PlotLabels.legend(g, frame, legendCorner.get(), named.stream().map(Item::name).toList(),
                named.stream().map(this::color).toList(), foregroundColor(), backgroundColor(), fontSize(), lineWidth());
    }

    /** Under the mouse: a vertical line and every curve's value there. */
    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        PlotFrame frame = lastFrame;
        if (frame == null || Double.isNaN(hoverX) || hoverX < frame.left || hoverX > frame.right) {
            return;
        }
        double x = xMin + (hoverX - frame.left) / frame.width() * (xMax - xMin);
        double font = fontSize();
        g.strokeLine(hoverX, frame.top, hoverX, frame.bottom, foregroundColor(), 1);
        List<Curve> curves = items.stream().filter(Curve.class::isInstance).map(Curve.class::cast).toList();
        double y = frame.bottom - font * 0.6 - font * 1.3 * (curves.size() - 1);
        boolean leftSide = hoverX > (frame.left + frame.right) / 2;
        for (Curve c : curves) {
            String reading = String.format(Locale.ROOT, "%s(%.4g) = %.6g", c.name() == null ? "" : c.name(), x,
                    c.f().applyAsDouble(x));
            PlotLabels.boxed(g, reading, leftSide ? hoverX - font * 0.5 : hoverX + font * 0.5, y,
                    leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT, color(c), backgroundColor(), font);
            y += font * 1.3;
        }
    }

    /** Curves sampled at 200 points, polylines and points as given, lines by their coefficients. */
    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("item", "x", "y"));
        for (Item item : items) {
            String name = item.name() == null ? "" : item.name();
            if (item instanceof Curve c) {
                for (int i = 0; i <= 200; i++) {
                    double x = xMin + (xMax - xMin) * i / 200;
                    rows.add(List.of(name, number(x), number(c.f().applyAsDouble(x))));
                }
            } else if (item instanceof Polyline p) {
                for (int i = 0; i < p.xs().length; i++) {
                    rows.add(List.of(name, number(p.xs()[i]), number(p.ys()[i])));
                }
            } else if (item instanceof Line l) {
                rows.add(List.of(name, number(xMin), number(l.slope() * xMin + l.intercept())));
                rows.add(List.of(name, number(xMax), number(l.slope() * xMax + l.intercept())));
            } else if (item instanceof VerticalLine v) {
                rows.add(List.of(name, number(v.x()), ""));
            } else if (item instanceof Point p) {
                rows.add(List.of(name, number(p.x()), number(p.y())));
            }
        }
        return rows;
    }
}
