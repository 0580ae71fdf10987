package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A function of two variables seen from above: contour lines of f(x, y) at chosen levels (linear or
 * log-spaced), optional shading between them, an optional arrow field (such as −∇f, the book's
 * Fig. 4-9), paths drawn on top (gradient-descent or optimizer trajectories, with a dot per step),
 * and one marker the user can drag (a start point). Axes keep one unit the same length in x and y
 * by default, so circles stay round.
 *
 * <p>Contours come from marching squares on a {@value #GRID}×{@value #GRID} sample grid of the
 * visible area, recomputed only when the function, the levels or the visible area change.
 */
public final class ContourPlotView extends AxesPlot {
    /** Samples per axis for the contour lines and the shading. */
    static final int GRID = 120;

    /** The vector at (x, y), written into {@code out[0]} (x part) and {@code out[1]} (y part). */
    @FunctionalInterface
    public interface VectorField {
        void at(double x, double y, double[] out);
    }

    /**
     * A path of points in data coordinates, drawn in palette colour {@code colorIndex}, with a dot on
     * every point when {@code dots} is set; {@code name} goes into the legend when not blank.
     */
    public record Path(String name, double[] xs, double[] ys, int colorIndex, boolean dots) {
        public Path {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("path " + name + " has " + xs.length + " x and " + ys.length + " y values");
            }
            xs = xs.clone();
            ys = ys.clone();
        }

        public int size() {
            return xs.length;
        }
    }

    private DoubleBinaryOperator function = (x, y) -> 0;
    private double[] domain = {-1, 1, -1, 1};
    private double[] levels = new double[0];
    private VectorField field;
    private double fieldSpacing = 1;
    private List<Path> paths = List.of();
    private final ObjectProperty<Point2D> marker = new SimpleObjectProperty<>(this, "marker");
    private final BooleanProperty markerDraggable = new SimpleBooleanProperty(this, "markerDraggable");
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", true);
    private final BooleanProperty showShading = new SimpleBooleanProperty(this, "showShading", true);
    private final BooleanProperty equalAspect = new SimpleBooleanProperty(this, "equalAspect", true);

    private double[] contourRange;
    private double[] arrowRange;
    private List<double[]> arrows = List.of();
    private double longestArrow;
    private List<double[]> contourSegments = List.of();
    private double[] shadingBands = new double[0];
    private PlotFrame lastFrame;
    private double[] lastRange;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;

    public ContourPlotView() {
        getStyleClass().add("contour-plot-view");
        setPrefSize(480, 420);
        for (var property : List.of(marker, markerDraggable, showArrows, showShading, equalAspect)) {
            property.addListener(obs -> invalidatePlot());
        }
        setOnMousePressed(this::drag);
        setOnMouseDragged(this::drag);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
    }

    // ---------------------------------------------------------------- what to draw

    /** The function and the area shown (widened in one direction when the aspect is kept equal). */
    public void setFunction(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("contour area needs xMax > xMin and yMax > yMin, got ["
                    + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
        }
        function = f;
        domain = new double[] {xMin, xMax, yMin, yMax};
        contourRange = null;
        invalidatePlot();
    }

    /** The values f(x, y) = c at which contour lines are drawn, in increasing order. */
    public void setLevels(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        levels = sorted;
        contourRange = null;
        invalidatePlot();
    }

    public double[] levels() {
        return levels.clone();
    }

    /** {@code count} evenly spaced levels from {@code min} to {@code max}. */
    public static double[] linearLevels(double min, double max, int count) {
        requireLevelCount(count);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = count == 1 ? min : min + (max - min) * i / (count - 1);
        }
        return out;
    }

    /**
     * {@code count} levels from {@code min} to {@code max} with equal ratios between neighbours: for
     * bowls whose walls steepen (the contours near the minimum would otherwise be missing).
     */
    public static double[] logLevels(double min, double max, int count) {
        requireLevelCount(count);
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("log-spaced levels need 0 < min < max, got " + min + ", " + max);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = count == 1 ? min : min * Math.pow(max / min, (double) i / (count - 1));
        }
        return out;
    }

    private static void requireLevelCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one contour level, got " + count);
        }
    }

    /**
     * Arrows of the vector field on a grid {@code spacing} apart (data units), scaled so the longest
     * visible arrow spans 90 % of a grid cell; null removes them.
     */
    public void setVectorField(VectorField vectorField, double spacing) {
        if (vectorField != null && !(spacing > 0)) {
            throw new IllegalArgumentException("arrow spacing must be positive, got " + spacing);
        }
        field = vectorField;
        fieldSpacing = spacing;
        arrowRange = null;
        invalidatePlot();
    }

    public void setPaths(List<Path> newPaths) {
        paths = List.copyOf(newPaths);
        invalidatePlot();
    }

    public List<Path> paths() {
        return paths;
    }

    /** A point drawn as a ring, e.g. a start point; null hides it. */
    public ObjectProperty<Point2D> markerProperty() {
        return marker;
    }

    /** When set, pressing or dragging on the plot moves the marker there (clamped to the visible area). */
    public BooleanProperty markerDraggableProperty() {
        return markerDraggable;
    }

    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    public BooleanProperty showShadingProperty() {
        return showShading;
    }

    public BooleanProperty equalAspectProperty() {
        return equalAspect;
    }

    // ---------------------------------------------------------------- mouse

    private void drag(MouseEvent e) {
        if (!markerDraggable.get() || lastFrame == null) {
            return;
        }
        double x = clamp(dataX(e.getX()), lastRange[0], lastRange[1]);
        double y = clamp(dataY(e.getY()), lastRange[2], lastRange[3]);
        marker.set(new Point2D(x, y));
        setCursor(Cursor.CROSSHAIR);
    }

    private void hover(double x, double y) {
        hoverX = x;
        hoverY = y;
        invalidatePlot();
    }

    private double dataX(double px) {
        return lastRange[0] + (px - lastFrame.left) / (lastFrame.right - lastFrame.left) * (lastRange[1] - lastRange[0]);
    }

    private double dataY(double py) {
        return lastRange[2] + (lastFrame.bottom - py) / (lastFrame.bottom - lastFrame.top) * (lastRange[3] - lastRange[2]);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    // ---------------------------------------------------------------- painting

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        double[] range = visibleRange(width, height);
        PlotFrame frame = drawFrame(g, width, height, range[0], range[1], range[2], range[3], false);
        lastFrame = frame;
        lastRange = range;
        if (contourRange == null || !Arrays.equals(contourRange, range)) {
            computeContours(range);
        }
        PixelPath clip = new PixelPath(frame);
        if (showShading.get() && levels.length > 0) {
            paintShading(g, frame);
        }
        Color contourColor = foregroundColor().deriveColor(0, 1, 1, 0.6);
        for (double[] s : contourSegments) {
            clip.line(g, frame.px(s[0]), frame.py(s[1]), frame.px(s[2]), frame.py(s[3]), contourColor, 1, false);
        }
        if (showArrows.get() && field != null) {
            paintArrows(g, frame, range, clip);
        }
        for (Path path : paths) {
            paintPath(g, frame, clip, path);
        }
        if (marker.get() != null) {
            double mx = frame.px(marker.get().getX());
            double my = frame.py(marker.get().getY());
            clip.ring(g, mx, my, fontSize() * 0.6, foregroundColor(), Math.max(2, lineWidth()));
        }
        paintLegend(g, frame);
        g.strokeRect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top, foregroundColor(), 1);
    }

    /** [xMin, xMax, yMin, yMax] shown: the domain, widened in x or y so one unit has the same length in both. */
    private double[] visibleRange(double width, double height) {
        double[] range = domain.clone();
        if (!equalAspect.get()) {
            return range;
        }
        PlotFrame area = new PlotFrame(width, height, fontSize(), 0, 1, 0, 1, false);
        double pixelsWide = area.right - area.left;
        double pixelsHigh = area.bottom - area.top;
        if (pixelsWide <= 0 || pixelsHigh <= 0) {
            return range;
        }
        double unitsPerPixel = Math.max((range[1] - range[0]) / pixelsWide, (range[3] - range[2]) / pixelsHigh);
        double xCentre = (range[0] + range[1]) / 2;
        double yCentre = (range[2] + range[3]) / 2;
        return new double[] {xCentre - unitsPerPixel * pixelsWide / 2, xCentre + unitsPerPixel * pixelsWide / 2,
                yCentre - unitsPerPixel * pixelsHigh / 2, yCentre + unitsPerPixel * pixelsHigh / 2};
    }

    /** Marching squares for every level, and the level band of every grid cell for the shading. */
    private void computeContours(double[] range) {
        double[][] f = new double[GRID + 1][GRID + 1];
        double dx = (range[1] - range[0]) / GRID;
        double dy = (range[3] - range[2]) / GRID;
        for (int j = 0; j <= GRID; j++) {
            for (int i = 0; i <= GRID; i++) {
                f[j][i] = function.applyAsDouble(range[0] + i * dx, range[2] + j * dy);
            }
        }
        List<double[]> segments = new ArrayList<>();
        double[] bands = new double[GRID * GRID];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                double x0 = range[0] + i * dx;
                double y0 = range[2] + j * dy;
                double centre = (f[j][i] + f[j][i + 1] + f[j + 1][i] + f[j + 1][i + 1]) / 4;
                bands[(GRID - 1 - j) * GRID + i] = band(centre);
                for (double level : levels) {
                    cellSegments(level, x0, y0, dx, dy, f[j][i], f[j][i + 1], f[j + 1][i + 1], f[j + 1][i], centre,
                            segments);
                }
            }
        }
        contourSegments = segments;
        shadingBands = bands;
        contourRange = range.clone();
    }

    /** How many levels lie below v, as a fraction of all levels (0 at the bottom, 1 above the top). */
    private double band(double v) {
        int below = 0;
        while (below < levels.length && levels[below] <= v) {
            below++;
        }
        return levels.length == 0 ? 0 : (double) below / levels.length;
    }

    /**
     * The contour pieces of one level in one cell with corner values a (x0, y0), b (x1, y0),
     * c (x1, y1), d (x0, y1). Four crossings are ambiguous; the cell centre decides which corners
     * are joined.
     */
    static void cellSegments(double level, double x0, double y0, double dx, double dy, double a, double b,
                                     double c, double d, double centre, List<double[]> out) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        int n = 0;
        if ((a < level) != (b < level)) {
            xs[n] = x0 + dx * (level - a) / (b - a);
            ys[n++] = y0;
        }
        if ((b < level) != (c < level)) {
            xs[n] = x0 + dx;
            ys[n++] = y0 + dy * (level - b) / (c - b);
        }
        if ((c < level) != (d < level)) {
            xs[n] = x0 + dx * (level - d) / (c - d);
            ys[n++] = y0 + dy;
        }
        if ((d < level) != (a < level)) {
            xs[n] = x0;
            ys[n++] = y0 + dy * (level - a) / (d - a);
        }
        if (n == 2) {
            out.add(new double[] {xs[0], ys[0], xs[1], ys[1]});
        } else if (n == 4) {
            // crossings in order bottom, right, top, left; a and c lie on the same side
            boolean centreWithA = (centre < level) == (a < level);
            if (centreWithA) {
                out.add(new double[] {xs[0], ys[0], xs[1], ys[1]});
                out.add(new double[] {xs[2], ys[2], xs[3], ys[3]});
            } else {
                out.add(new double[] {xs[0], ys[0], xs[3], ys[3]});
                out.add(new double[] {xs[1], ys[1], xs[2], ys[2]});
            }
        }
    }

    private void paintShading(PlotGraphics g, PlotFrame frame) {
        Color low = SERIES_COLORS.get(5).deriveColor(0, 1, 1, 0.05);
        Color high = SERIES_COLORS.get(5).deriveColor(0, 1, 1, 0.45);
        Color[] cells = new Color[shadingBands.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = low.interpolate(high, shadingBands[i]);
        }
        g.fillCells(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top, GRID, GRID, cells);
    }

    /** The field's vectors at the grid points of the visible area, and the longest length. */
    private void computeArrows(double[] range) {
        List<double[]> found = new ArrayList<>();
        double longest = 0;
        double[] v = new double[2];
        double firstX = Math.ceil(range[0] / fieldSpacing) * fieldSpacing;
        double firstY = Math.ceil(range[2] / fieldSpacing) * fieldSpacing;
        for (double y = firstY; y <= range[3]; y += fieldSpacing) {
            for (double x = firstX; x <= range[1]; x += fieldSpacing) {
                field.at(x, y, v);
                if (Double.isFinite(v[0]) && Double.isFinite(v[1])) {
                    found.add(new double[] {x, y, v[0], v[1]});
                    longest = Math.max(longest, Math.hypot(v[0], v[1]));
                }
            }
        }
        arrows = found;
        longestArrow = longest;
        arrowRange = range.clone();
    }

    private void paintArrows(PlotGraphics g, PlotFrame frame, double[] range, PixelPath clip) {
        if (arrowRange == null || !Arrays.equals(arrowRange, range)) {
            computeArrows(range);
        }
        if (longestArrow == 0) {
            return;
        }
        double scale = 0.9 * fieldSpacing / longestArrow;
        Color color = foregroundColor().deriveColor(0, 1, 1, 0.45);
        for (double[] a : arrows) {
            double x1 = frame.px(a[0]);
            double y1 = frame.py(a[1]);
            double x2 = frame.px(a[0] + a[2] * scale);
            double y2 = frame.py(a[1] + a[3] * scale);
            double length = Math.hypot(x2 - x1, y2 - y1);
            if (length < 1) {
                continue;
            }
            clip.line(g, x1, y1, x2, y2, color, 1, false);
            double head = Math.min(6, length * 0.4);
            double ux = (x2 - x1) / length;
            double uy = (y2 - y1) / length;
            clip.line(g, x2, y2, x2 - head * (ux + uy * 0.5), y2 - head * (uy - ux * 0.5), color, 1, false);
            clip.line(g, x2, y2, x2 - head * (ux - uy * 0.5), y2 - head * (uy + ux * 0.5), color, 1, false);
        }
    }

    private void paintPath(PlotGraphics g, PlotFrame frame, PixelPath clip, Path path) {
        int n = path.size();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = frame.px(path.xs()[i]);
            py[i] = frame.py(path.ys()[i]);
        }
        Color color = color(path);
        clip.stroke(g, px, py, n, color, lineWidth(), false, path.name());
        if (path.dots()) {
            double r = Math.max(1.5, lineWidth() * 0.9);
            for (int i = 0; i < n; i++) {
                clip.ring(g, px[i], py[i], r, color, r * 1.3);
            }
        }
    }

    private void paintLegend(PlotGraphics g, PlotFrame frame) {
        List<Path> named = paths.stream().filter(p -> p.name() != null && !p.name().isBlank()).toList();
        PlotLabels.legend(g, frame, LegendCorner.TOP_RIGHT, named.stream().map(Path::name).toList(),
                named.stream().map(this::color).toList(), foregroundColor(), backgroundColor(), fontSize(), lineWidth());
    }

    private Color color(Path path) {
        return SERIES_COLORS.get(Math.floorMod(path.colorIndex(), SERIES_COLORS.size()));
    }

    /** Under the mouse: (x, y) and f(x, y). */
    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        if (lastFrame == null || Double.isNaN(hoverX) || !new PixelPath(lastFrame).contains(hoverX, hoverY)) {
            return;
        }
        double x = dataX(hoverX);
        double y = dataY(hoverY);
        String reading = String.format(Locale.ROOT, "(%.3g, %.3g)  f = %.4g", x, y, function.applyAsDouble(x, y));
        PlotLabels.boxed(g, reading, lastFrame.left + fontSize() * 0.5, lastFrame.bottom - fontSize() * 0.6,
                TextAlignment.LEFT, foregroundColor(), backgroundColor(), fontSize());
    }

    /** Every path point: path name, step, x, y. */
    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("path", "step", "x", "y"));
        for (Path path : paths) {
            for (int i = 0; i < path.size(); i++) {
                rows.add(List.of(path.name(), Integer.toString(i), number(path.xs()[i]), number(path.ys()[i])));
            }
        }
        return rows;
    }
}
