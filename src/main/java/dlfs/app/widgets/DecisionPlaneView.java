package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The x₁–x₂ plane of a two-input perceptron: shaded regions (intersections of half-planes), the
 * decision lines {@code w₁x₁ + w₂x₂ + b = 0} with a small arrow towards the side that outputs 1,
 * and the input points drawn as the book does, ○ for a target of 0 and △ for 1. A point the current
 * weights get wrong is drawn in the warning colour. The plot area is square, so angles look right.
 */
public final class DecisionPlaneView extends PlotCanvas {
    /** The warning colour of misclassified points (Okabe–Ito vermillion). */
    public static final Color WRONG = Color.web("#D55E00");

    /** A decision line {@code w₁x₁ + w₂x₂ + b = 0}; nothing is drawn when w₁ = w₂ = 0. */
    public record Boundary(double w1, double w2, double b, Color color, boolean dashed, String label) {
    }

    /** The side {@code w₁x₁ + w₂x₂ + b > 0} ({@code positive}) or {@code ≤ 0} of a line. */
    public record HalfPlane(double w1, double w2, double b, boolean positive) {
    }

    /** The intersection of half-planes, filled with a translucent colour (an empty list is the whole plane). */
    public record Region(List<HalfPlane> sides, Color color) {
        public Region {
            sides = List.copyOf(sides);
        }
    }

    /** How a point is drawn: the book's ○ (target 0) and △ (target 1). */
    public enum Marker { CIRCLE, TRIANGLE }

    /** An input point; {@code highlighted} adds a ring (e.g. the sample being learned). */
    public record Point(double x1, double x2, Marker marker, boolean correct, boolean highlighted) {
    }

    private static final double REGION_OPACITY = 0.28;

    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "x₁");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "x₂");
    private final ObjectProperty<BiFunction<Double, Double, String>> hoverText =
            new SimpleObjectProperty<>(this, "hoverText");
    private List<Region> regions = List.of();
    private List<Boundary> boundaries = List.of();
    private List<Point> points = List.of();
    private double min = -0.5;
    private double max = 1.5;
    private PlotFrame lastFrame;
    private final PointerPosition pointer = PointerPosition.track(this);

    public DecisionPlaneView() {
        getStyleClass().add("decision-plane-view");
        setPrefSize(400, 400);
        xLabel.addListener(obs -> invalidatePlot());
        yLabel.addListener(obs -> invalidatePlot());
    }

    /** Replaces everything drawn; the lists are drawn in order (later regions on top). */
    public void setContent(List<Region> regions, List<Boundary> boundaries, List<Point> points) {
        this.regions = List.copyOf(regions);
        this.boundaries = List.copyOf(boundaries);
        this.points = List.copyOf(points);
        invalidatePlot();
    }

    /** The visible square [min, max]² (both axes alike). */
    public void setRange(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("plane range needs max > min, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        invalidatePlot();
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** Text shown under the mouse for a position (x₁, x₂), e.g. the weighted sum there; null for none. */
    public ObjectProperty<BiFunction<Double, Double, String>> hoverTextProperty() {
        return hoverText;
    }

    public List<Boundary> boundaries() {
        return boundaries;
    }

    public List<Point> points() {
        return points;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        double font = fontSize();
        double side = Math.max(10, Math.min(width - font * 6, height - font * 5.6));
        PlotFrame frame = new PlotFrame(side + font * 6, side + font * 5.6, font, min, max, min, max, false);
        lastFrame = frame;
        for (Region region : regions) {
            fillRegion(g, frame, region);
        }
        frame.draw(g, foregroundColor(), gridColor(), font, xLabel.get(), yLabel.get());
        Color axis = foregroundColor().deriveColor(0, 1, 1, 0.55);
        if (min < 0 && max > 0) {
            g.strokeLine(frame.px(0), frame.top, frame.px(0), frame.bottom, axis, 1);
            g.strokeLine(frame.left, frame.py(0), frame.right, frame.py(0), axis, 1);
        }
        for (Boundary boundary : boundaries) {
            drawBoundary(g, frame, boundary);
        }
        for (Point point : points) {
            drawPoint(g, frame, point);
        }
        drawLegend(g, frame);
    }

    private void fillRegion(PlotGraphics g, PlotFrame frame, Region region) {
        List<double[]> polygon = List.of(new double[] {min, min}, new double[] {max, min}, new double[] {max, max},
                new double[] {min, max});
        for (HalfPlane side : region.sides()) {
            polygon = PlotShapes.clip(polygon, side.w1(), side.w2(), side.b(), side.positive());
        }
        if (polygon.size() < 3) {
            return;
        }
        double[] xs = new double[polygon.size()];
        double[] ys = new double[polygon.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = frame.px(polygon.get(i)[0]);
            ys[i] = frame.py(polygon.get(i)[1]);
        }
        Color c = region.color();
        g.fillPolygon(xs, ys, xs.length, new Color(c.getRed(), c.getGreen(), c.getBlue(), REGION_OPACITY));
    }

    /** The two points where the line leaves the visible square, as {x1, y1, x2, y2}, or null. */
    private double[] segment(Boundary line) {
        List<double[]> hits = new ArrayList<>();
        if (line.w2() != 0) {
            for (double x : new double[] {min, max}) {
                double y = -(line.w1() * x + line.b()) / line.w2();
                if (y >= min && y <= max) {
                    hits.add(new double[] {x, y});
                }
            }
        }
        if (line.w1() != 0) {
            for (double y : new double[] {min, max}) {
                double x = -(line.w2() * y + line.b()) / line.w1();
                if (x >= min && x <= max) {
                    hits.add(new double[] {x, y});
                }
            }
        }
        for (double[] a : hits) {
            for (double[] b : hits) {
                if (Math.hypot(a[0] - b[0], a[1] - b[1]) > 1e-9) {
                    return new double[] {a[0], a[1], b[0], b[1]};
                }
            }
        }
        return null;
    }

    private void drawBoundary(PlotGraphics g, PlotFrame frame, Boundary line) {
        double[] s = segment(line);
        if (s == null) {
            return;
        }
        double x1 = frame.px(s[0]);
        double y1 = frame.py(s[1]);
        double x2 = frame.px(s[2]);
        double y2 = frame.py(s[3]);
        double width = Math.max(2, lineWidth());
        if (line.dashed()) {
            PlotShapes.strokeDashedLine(g, x1, y1, x2, y2, fontSize() * 0.6, line.color(), width);
        } else {
            g.strokeLine(x1, y1, x2, y2, line.color(), width);
        }
        // arrow from the middle of the visible segment towards the side where the unit fires
        double norm = Math.hypot(line.w1(), line.w2());
        double length = fontSize() * 2;
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        double dx = line.w1() / norm * length;
        double dy = -line.w2() / norm * length;
        g.strokeLine(mx, my, mx + dx, my + dy, line.color(), width);
        double head = fontSize() * 0.6;
        for (double turn : new double[] {2.6, -2.6}) {
            double angle = Math.atan2(dy, dx) + turn;
            g.strokeLine(mx + dx, my + dy, mx + dx + head * Math.cos(angle), my + dy + head * Math.sin(angle),
                    line.color(), width);
        }
    }

    private void drawPoint(PlotGraphics g, PlotFrame frame, Point point) {
        double cx = frame.px(point.x1());
        double cy = frame.py(point.x2());
        double r = fontSize() * 0.75;
        Color color = point.correct() ? foregroundColor() : WRONG;
        double width = point.correct() ? 2 : 3;
        g.fillRect(cx - r * 0.6, cy - r * 0.6, r * 1.2, r * 1.2, backgroundColor());
        if (point.marker() == Marker.CIRCLE) {
            PlotShapes.strokeCircle(g, cx, cy, r * 0.8, color, width, "point");
        } else {
            PlotShapes.strokeTriangle(g, cx, cy, r, color, width, "point");
        }
        if (point.highlighted()) {
            PlotShapes.strokeCircle(g, cx, cy, r * 1.7, SERIES_COLORS.get(4), 2.5, "current");
        }
    }

    private void drawLegend(PlotGraphics g, PlotFrame frame) {
        double font = fontSize();
        double y = frame.top + font * 1.4;
        for (Boundary line : boundaries) {
            if (line.label() == null || line.label().isEmpty()) {
                continue;
            }
            double x = frame.right - font * 0.5 - PlotShapes.legendWidth(line.label(), font);
            PlotShapes.legendEntry(g, x, y, line.label(), line.color(), line.dashed(), font, lineWidth(),
                    foregroundColor(), backgroundColor());
            y += font * 1.5;
        }
    }

    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        PlotFrame frame = lastFrame;
        double hoverX = pointer.x();
        double hoverY = pointer.y();
        if (frame == null || !pointer.inside() || hoverX < frame.left || hoverX > frame.right
                || hoverY < frame.top || hoverY > frame.bottom) {
            return;
        }
        double x1 = min + (hoverX - frame.left) / (frame.right - frame.left) * (max - min);
        double x2 = min + (frame.bottom - hoverY) / (frame.bottom - frame.top) * (max - min);
        String text = String.format(Locale.ROOT, "(%.2f, %.2f)", x1, x2);
        if (hoverText.get() != null) {
            text += "  " + hoverText.get().apply(x1, x2);
        }
        double font = fontSize();
        double textWidth = textWidth(text, font);
        double x = Math.min(hoverX + font, frame.right - textWidth - 4);
        double y = hoverY > frame.top + font * 3 ? hoverY - font : hoverY + font * 2;
        g.fillRect(x - 4, y - font, textWidth + 8, font * 1.35, backgroundColor());
        g.strokeRect(x - 4, y - font, textWidth + 8, font * 1.35, gridColor(), 1);
        g.fillText(text, x, y, TextAlignment.LEFT, foregroundColor(), font);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("kind", "label", "w1_or_x1", "w2_or_x2", "b_or_marker", "correct"));
        for (Boundary line : boundaries) {
            rows.add(List.of("line", line.label() == null ? "" : line.label(), number(line.w1()), number(line.w2()),
                    number(line.b()), ""));
        }
        for (Point point : points) {
            rows.add(List.of("point", "", number(point.x1()), number(point.x2()),
                    point.marker().name().toLowerCase(Locale.ROOT), Boolean.toString(point.correct())));
        }
        return rows;
    }
}
