package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A function of two variables seen from above: shaded by height, with contour lines, and paths
 * walking on it (optimizer trajectories) with arrows and ellipses at their current points. Levels are
 * spaced logarithmically above the lowest value when the function is never negative, so the flat
 * bottom of a bowl gets as many lines as its steep walls; otherwise they are spaced evenly. A start
 * point can be set by pressing anywhere in the plot and dragged.
 */
public final class SurfacePlotView extends AxesPlot {
    /** Grid resolution along the longer axis. */
    private static final int GRID = 140;
    /** Number of contour levels. */
    private static final int LEVELS = 16;
    /** Log-spaced levels cover this many decades above the minimum. */
    private static final double DECADES = 4;
    private static final double HANDLE_RADIUS = 7;

    /** A path of points in data coordinates, drawn with a marker at every point. */
    public record Path(String name, Color color, double[] xs, double[] ys) {
    }

    /** An arrow from (x, y) by (dx, dy), in data units. */
    public record Arrow(double x, double y, double dx, double dy, Color color) {
    }

    /** An axis-aligned ellipse around (x, y) with the given radii, in data units. */
    public record Ellipse(double x, double y, double radiusX, double radiusY, Color color) {
    }

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private DoubleBinaryOperator function = (x, y) -> 0;
    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;
    private int nx = 2;
    private int ny = 2;
    private double[] grid = new double[4];
    private double[] levels = new double[0];
    private boolean logLevels;
    private double minimumX = Double.NaN;
    private double minimumY = Double.NaN;
    private double startX = Double.NaN;
    private double startY = Double.NaN;
    private List<Path> paths = List.of();
    private List<Arrow> arrows = List.of();
    private List<Ellipse> ellipses = List.of();
    private BiConsumer<Double, Double> onStartMoved;
    private PlotFrame lastFrame;

    public SurfacePlotView() {
        getStyleClass().add("surface-plot-view");
        setPrefSize(560, 320);
        title.addListener(obs -> invalidatePlot());
        setOnMousePressed(this::moveStart);
        setOnMouseDragged(this::moveStart);
        setOnMouseMoved(e -> setCursor(onStartMoved != null && insidePlot(e) ? Cursor.CROSSHAIR : Cursor.DEFAULT));
    }

    /** The function and the window shown; samples it on a grid and chooses the contour levels. */
    public void setSurface(DoubleBinaryOperator f, double xFrom, double xTo, double yFrom, double yTo) {
        if (!(xTo > xFrom) || !(yTo > yFrom)) {
            throw new IllegalArgumentException("surface window needs x and y ranges with to > from, got x [" + xFrom
                    + ", " + xTo + "], y [" + yFrom + ", " + yTo + "]");
        }
        function = f;
        xMin = xFrom;
        xMax = xTo;
        yMin = yFrom;
        yMax = yTo;
        double aspect = (yTo - yFrom) / (xTo - xFrom);
        nx = aspect <= 1 ? GRID : Math.max(8, (int) Math.round(GRID / aspect));
        ny = aspect <= 1 ? Math.max(8, (int) Math.round(GRID * aspect)) : GRID;
        grid = new double[nx * ny];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = f.applyAsDouble(gridX(i), gridY(j));
                grid[j * nx + i] = v;
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        chooseLevels(low, high);
        invalidatePlot();
    }

    private void chooseLevels(double low, double high) {
        if (!(high > low)) {
            levels = new double[0];
            return;
        }
        logLevels = low >= 0;
        levels = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            double t = (k + 0.5) / LEVELS;
            levels[k] = logLevels ? low + (high - low) * Math.pow(10, DECADES * (t - 1)) : low + (high - low) * t;
        }
    }

    /** The contour levels in use, lowest first. */
    public double[] levels() {
        return levels.clone();
    }

    /** True when the levels are spaced logarithmically (a function that is never negative on the window). */
    public boolean hasLogLevels() {
        return logLevels;
    }

    /** A "+" at the minimum (NaN for none). */
    public void setMinimum(double x, double y) {
        minimumX = x;
        minimumY = y;
        invalidatePlot();
    }

    /** The draggable start point, drawn as a ring. */
    public void setStart(double x, double y) {
        startX = x;
        startY = y;
        invalidatePlot();
    }

    /** Called with the new data coordinates while the user presses or drags in the plot. */
    public void setOnStartMoved(BiConsumer<Double, Double> listener) {
        onStartMoved = listener;
    }

    public void setPaths(List<Path> paths) {
        this.paths = List.copyOf(paths);
        invalidatePlot();
    }

    public void setOverlays(List<Arrow> arrows, List<Ellipse> ellipses) {
        this.arrows = List.copyOf(arrows);
        this.ellipses = List.copyOf(ellipses);
        invalidatePlot();
    }

    /** Shown above the plot (the optimizer's name in a side-by-side grid). */
    public StringProperty titleProperty() {
        return title;
    }

    /** Data coordinates of a point in the widget, or null outside the plot area (before the first paint too). */
    public double[] toData(double px, double py) {
        PlotFrame frame = lastFrame;
        if (frame == null || px < frame.left || px > frame.right || py < frame.top || py > frame.bottom) {
            return null;
        }
        return new double[] {xMin + (px - frame.left) / (frame.right - frame.left) * (xMax - xMin),
            yMin + (frame.bottom - py) / (frame.bottom - frame.top) * (yMax - yMin)};
    }

    /** Widget coordinates of a data point (for tests that drag the start). */
    public double[] toWidget(double x, double y) {
        PlotFrame frame = lastFrame;
        return frame == null ? null : new double[] {frame.px(x), frame.py(y)};
    }

    private boolean insidePlot(MouseEvent e) {
        return toData(e.getX(), e.getY()) != null;
    }

    private void moveStart(MouseEvent e) {
        double[] at = toData(e.getX(), e.getY());
        if (onStartMoved != null && at != null) {
            onStartMoved.accept(at[0], at[1]);
        }
    }

    private double gridX(int i) {
        return xMin + (xMax - xMin) * i / (nx - 1);
    }

    private double gridY(int j) {
        return yMin + (yMax - yMin) * j / (ny - 1);
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        PlotFrame frame = drawFrame(g, width, height, xMin, xMax, yMin, yMax, false);
        lastFrame = frame;
        shade(g, frame);
        Color line = foregroundColor().interpolate(backgroundColor(), 0.6);
        for (double level : levels) {
            for (double[] s : ContourLines.segments(grid, nx, ny, level)) {
                g.strokeLine(frame.px(xAt(s[0])), frame.py(yAt(s[1])), frame.px(xAt(s[2])), frame.py(yAt(s[3])), line, 1);
            }
        }
        g.strokeRect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top, foregroundColor(), 1);
        if (Double.isFinite(minimumX) && Double.isFinite(minimumY)) {
            double size = fontSize() * 0.6;
            double mx = frame.px(minimumX);
            double my = frame.py(minimumY);
            g.strokeLine(mx - size, my, mx + size, my, foregroundColor(), 2);
            g.strokeLine(mx, my - size, mx, my + size, foregroundColor(), 2);
        }
        for (Ellipse e : ellipses) {
            drawEllipse(g, frame, e);
        }
        for (Path p : paths) {
            drawPath(g, frame, p);
        }
        for (Arrow a : arrows) {
            drawArrow(g, frame, a);
        }
        if (Double.isFinite(startX) && Double.isFinite(startY)) {
            drawRing(g, frame.px(startX), frame.py(startY), HANDLE_RADIUS, foregroundColor(), frame);
        }
        if (!title.get().isEmpty()) {
            g.fillText(title.get(), (frame.left + frame.right) / 2, frame.top - fontSize() * 0.7, TextAlignment.CENTER,
                    foregroundColor(), fontSize() * 1.1);
        }
        if (paths.size() > 1) {
            drawLegend(g, frame);
        }
    }

    private double xAt(double gridI) {
        return xMin + (xMax - xMin) * gridI / (nx - 1);
    }

    private double yAt(double gridJ) {
        return yMin + (yMax - yMin) * gridJ / (ny - 1);
    }

    /** Light shading: higher is darker, on the same scale as the levels. */
    private void shade(PlotGraphics g, PlotFrame frame) {
        if (levels.length == 0) {
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        Color tint = SERIES_COLORS.get(5).interpolate(backgroundColor(), 0.7);
        Color[] cells = new Color[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = grid[j * nx + i];
                double t;
                if (!Double.isFinite(v)) {
                    t = 1;
                } else if (logLevels) {
                    double relative = Math.max(1e-12, (v - low) / (high - low));
                    t = Math.max(0, 1 + Math.log10(relative) / DECADES);
                } else {
                    t = (v - low) / (high - low);
                }
                cells[(ny - 1 - j) * nx + i] = backgroundColor().interpolate(tint, t * t);
            }
        }
        g.fillCells(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top, ny, nx, cells);
    }

    private void drawPath(PlotGraphics g, PlotFrame frame, Path p) {
        double marker = Math.max(3, lineWidth() + 2);
        for (int i = 0; i < p.xs().length; i++) {
            if (i > 0) {
                clippedLine(g, frame, p.xs()[i - 1], p.ys()[i - 1], p.xs()[i], p.ys()[i], p.color(), lineWidth());
            }
            double px = frame.px(p.xs()[i]);
            double py = frame.py(p.ys()[i]);
            if (inside(frame, px, py)) {
                g.fillRect(px - marker / 2, py - marker / 2, marker, marker, p.color());
            }
        }
        int last = p.xs().length - 1;
        if (last >= 0 && inside(frame, frame.px(p.xs()[last]), frame.py(p.ys()[last]))) {
            drawRing(g, frame.px(p.xs()[last]), frame.py(p.ys()[last]), marker * 1.4, p.color(), frame);
        }
    }

    private void drawArrow(PlotGraphics g, PlotFrame frame, Arrow a) {
        double x0 = frame.px(a.x());
        double y0 = frame.py(a.y());
        double x1 = frame.px(a.x() + a.dx());
        double y1 = frame.py(a.y() + a.dy());
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (!(length > 1)) {
            return;
        }
        clippedPixels(g, frame, x0, y0, x1, y1, a.color(), lineWidth());
        double head = Math.min(length * 0.5, fontSize() * 0.8);
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        for (int side = -1; side <= 1; side += 2) {
            double hx = x1 - head * (ux * 0.87 - side * uy * 0.5);
            double hy = y1 - head * (uy * 0.87 + side * ux * 0.5);
            clippedPixels(g, frame, x1, y1, hx, hy, a.color(), lineWidth());
        }
    }

    private void drawEllipse(PlotGraphics g, PlotFrame frame, Ellipse e) {
        int n = 48;
        double previousX = Double.NaN;
        double previousY = Double.NaN;
        for (int k = 0; k <= n; k++) {
            double angle = 2 * Math.PI * k / n;
            double px = frame.px(e.x() + e.radiusX() * Math.cos(angle));
            double py = frame.py(e.y() + e.radiusY() * Math.sin(angle));
            if (k > 0) {
                clippedPixels(g, frame, previousX, previousY, px, py, e.color(), Math.max(1, lineWidth() / 2));
            }
            previousX = px;
            previousY = py;
        }
        double cx = frame.px(e.x());
        double cy = frame.py(e.y());
        clippedPixels(g, frame, frame.px(e.x() - e.radiusX()), cy, frame.px(e.x() + e.radiusX()), cy, e.color(), 1);
        clippedPixels(g, frame, cx, frame.py(e.y() - e.radiusY()), cx, frame.py(e.y() + e.radiusY()), e.color(), 1);
    }

    private void drawRing(PlotGraphics g, double cx, double cy, double radius, Color color, PlotFrame frame) {
        int n = 24;
        for (int k = 0; k < n; k++) {
            double a0 = 2 * Math.PI * k / n;
            double a1 = 2 * Math.PI * (k + 1) / n;
            clippedPixels(g, frame, cx + radius * Math.cos(a0), cy + radius * Math.sin(a0), cx + radius * Math.cos(a1),
                    cy + radius * Math.sin(a1), color, 2);
        }
    }

    private void drawLegend(PlotGraphics g, PlotFrame frame) {
        double font = fontSize();
        double widest = 0;
        for (Path p : paths) {
            widest = Math.max(widest, textWidth(p.name(), font));
        }
        double boxWidth = widest + font * 3.2;
        double boxHeight = font * 1.4 * paths.size() + font * 0.5;
        double left = frame.right - boxWidth - font * 0.4;
        double top = frame.top + font * 0.4;
        g.fillRect(left, top, boxWidth, boxHeight, backgroundColor().deriveColor(0, 1, 1, 0.85));
        g.strokeRect(left, top, boxWidth, boxHeight, gridColor(), 1);
        double y = top + font * 1.2;
        for (Path p : paths) {
            g.strokeLine(left + font * 0.4, y - font * 0.35, left + font * 1.8, y - font * 0.35, p.color(),
                    Math.max(2, lineWidth()));
            g.fillText(p.name(), left + font * 2.3, y, TextAlignment.LEFT, foregroundColor(), font);
            y += font * 1.4;
        }
    }

    private static boolean inside(PlotFrame frame, double px, double py) {
        return px >= frame.left && px <= frame.right && py >= frame.top && py <= frame.bottom;
    }

    private static void clippedLine(PlotGraphics g, PlotFrame frame, double x0, double y0, double x1, double y1,
                                    Color color, double width) {
        clippedPixels(g, frame, frame.px(x0), frame.py(y0), frame.px(x1), frame.py(y1), color, width);
    }

    /** Draws the part of a segment inside the plot area (Liang–Barsky clipping); skips non-finite ends. */
    private static void clippedPixels(PlotGraphics g, PlotFrame frame, double x0, double y0, double x1, double y1,
                                      Color color, double width) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - frame.left, frame.right - x0, y0 - frame.top, frame.bottom - y0};
        double enter = 0;
        double leave = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter <= leave) {
            g.strokeLine(x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy, color, width);
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("path", "step", "x", "y", "f"));
        for (Path p : paths) {
            for (int i = 0; i < p.xs().length; i++) {
                rows.add(List.of(p.name(), Integer.toString(i), number(p.xs()[i]), number(p.ys()[i]),
                        number(function.applyAsDouble(p.xs()[i], p.ys()[i]))));
            }
        }
        return rows;
    }

    /**
     * Marching squares: where a level crosses a grid cell, a segment between the two crossed edges,
     * placed by linear interpolation. A cell crossed on all four edges (a saddle) is split by its
     * centre value.
     */
    static final class ContourLines {
        private ContourLines() {
        }

        /** Segments {x0, y0, x1, y1} in grid coordinates (column i, row j). */
        static List<double[]> segments(double[] grid, int nx, int ny, double level) {
            List<double[]> out = new ArrayList<>();
            for (int j = 0; j + 1 < ny; j++) {
                for (int i = 0; i + 1 < nx; i++) {
                    double a = grid[j * nx + i];
                    double b = grid[j * nx + i + 1];
                    double c = grid[(j + 1) * nx + i + 1];
                    double d = grid[(j + 1) * nx + i];
                    if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
                        continue;
                    }
                    cell(out, i, j, a, b, c, d, level);
                }
            }
            return out;
        }

        /** Corners a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1). */
        private static void cell(List<double[]> out, int i, int j, double a, double b, double c, double d, double level) {
            double[][] crossings = new double[4][];
            int count = 0;
            if ((a > level) != (b > level)) {
                crossings[count++] = new double[] {i + (level - a) / (b - a), j};
            }
            if ((b > level) != (c > level)) {
                crossings[count++] = new double[] {i + 1, j + (level - b) / (c - b)};
            }
            if ((c > level) != (d > level)) {
                crossings[count++] = new double[] {i + 1 - (level - c) / (d - c), j + 1};
            }
            if ((d > level) != (a > level)) {
                crossings[count++] = new double[] {i, j + 1 - (level - d) / (a - d)};
            }
            if (count == 2) {
                out.add(new double[] {crossings[0][0], crossings[0][1], crossings[1][0], crossings[1][1]});
            } else if (count == 4) {
                boolean centreAbove = (a + b + c + d) / 4 > level;
                boolean aAbove = a > level;
                // pair each crossing with the neighbour that keeps the centre on its own side
                int first = centreAbove == aAbove ? 0 : 1;
                out.add(new double[] {crossings[first][0], crossings[first][1], crossings[first + 1][0],
                    crossings[first + 1][1]});
                out.add(new double[] {crossings[(first + 2) % 4][0], crossings[(first + 2) % 4][1],
                    crossings[(first + 3) % 4][0], crossings[(first + 3) % 4][1]});
            }
        }
    }
}
