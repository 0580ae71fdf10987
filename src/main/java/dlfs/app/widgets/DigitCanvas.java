package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A square drawing pad for one digit: white ink on a dark board, like an MNIST image. The pen draws
 * anti-aliased round strokes of adjustable width; the eraser (or the right mouse button) removes
 * ink. Every stroke is kept, so the last one can be undone.
 *
 * <p>What is shown is exactly the raster {@link #copyInk} hands out, so the preprocessing reads the
 * drawing the user sees. Mouse, pen and touch all arrive as mouse events; touch scrolling over the
 * pad is swallowed so a finger draws instead of scrolling the page. Keys: Ctrl+Z undoes the last
 * stroke, Delete or Backspace clears.
 *
 * <p>Each change bumps {@link #version()} and tells the ink listeners the {@link System#nanoTime()}
 * at which the input event arrived, from which a panel measures its input-to-screen latency.
 */
public final class DigitCanvas extends Region {
    /** Which end of the pen draws. */
    public enum Tool { PEN, ERASER }

    /** Side of the pad in pixels: ten raster pixels per MNIST pixel. */
    public static final int SIZE = 280;
    public static final double MIN_PEN_WIDTH = 4;
    public static final double MAX_PEN_WIDTH = 60;
    /** About two MNIST pixels after a digit of the pad's height is scaled to 20 pixels. */
    public static final double DEFAULT_PEN_WIDTH = 22;

    private static final int BOARD = 0x14;
    private static final Color GUIDE = Color.web("#56B4E9");
    private static final Color MASS = Color.web("#E69F00");

    /** One stroke: the tool, its width, and the points the pointer passed. */
    private record Stroke(Tool tool, double width, List<Point2D> points) {
    }

    private final InkRaster raster = new InkRaster(SIZE, SIZE);
    private final int[] argb = new int[SIZE * SIZE];
    private final WritableImage image = new WritableImage(SIZE, SIZE);
    private final Canvas overlay = new Canvas(SIZE, SIZE);
    private final Label prompt = new Label();
    private final List<Stroke> strokes = new ArrayList<>();
    private final List<LongConsumer> inkListeners = new CopyOnWriteArrayList<>();
    private final DoubleProperty penWidth = new SimpleDoubleProperty(this, "penWidth", DEFAULT_PEN_WIDTH);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.PEN);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private Stroke current;
    private long version;
    private Rectangle2D guideBox;
    private Point2D guideMass;
    private Point2D pointer;

    public DigitCanvas() {
        getStyleClass().add("digit-canvas");
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setCursor(Cursor.CROSSHAIR);
        // a frame, so the dark board stands out on a dark page too
        setStyle("-fx-border-color: #6b6b6b;");
        overlay.setMouseTransparent(true);
        prompt.getStyleClass().add("digit-canvas-prompt");
        // the board is dark in every theme, so the hint has its own light grey
        prompt.setStyle("-fx-text-fill: #a6a6a6; -fx-font-size: 1.15em;");
        prompt.setMouseTransparent(true);
        prompt.visibleProperty().bind(empty);
        prompt.setWrapText(true);
        prompt.setMaxWidth(SIZE - 40);
        getChildren().addAll(new ImageView(image), overlay, prompt);
        repaintImage(0, 0, SIZE, SIZE);

        addEventFilter(ScrollEvent.ANY, e -> {
            if (e.isDirect()) {
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> current = null);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> movePointer(new Point2D(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> movePointer(null));
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                undo();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                clear();
                e.consume();
            }
        });
        penWidth.addListener(obs -> paintOverlay());
    }

    /** Pen and eraser width in pixels, {@value #MIN_PEN_WIDTH}–{@value #MAX_PEN_WIDTH}. */
    public DoubleProperty penWidthProperty() {
        return penWidth;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** True while nothing has been drawn (or everything was undone or cleared). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The hint shown on the empty pad; bind it to a bundle text. */
    public StringProperty promptTextProperty() {
        return prompt.textProperty();
    }

    /** Counts every change of the drawing; a reader redoes its work only when this moved. */
    public long version() {
        return version;
    }

    /** Called with the arrival time ({@link System#nanoTime()}) of every input that changed the drawing. */
    public void addInkListener(LongConsumer listener) {
        inkListeners.add(listener);
    }

    /**
     * Copies the drawing into {@code target}: {@value #SIZE}×{@value #SIZE} ink values in [0, 1],
     * row-major (a reader called every frame reuses its array).
     */
    public void copyInk(double[] target) {
        System.arraycopy(raster.values(), 0, target, 0, SIZE * SIZE);
    }

    /** Draws a stroke through the points with the current tool and width, as if drawn by hand. */
    public void drawStroke(List<Point2D> points) {
        if (points.isEmpty()) {
            return;
        }
        long arrived = System.nanoTime();
        current = new Stroke(tool.get(), penWidth.get(), new ArrayList<>());
        strokes.add(current);
        for (Point2D p : points) {
            extend(p);
        }
        current = null;
        changed(arrived);
    }

    /** Removes the last stroke. */
    public void undo() {
        if (strokes.isEmpty()) {
            return;
        }
        long arrived = System.nanoTime();
        strokes.remove(strokes.size() - 1);
        current = null;
        raster.clear();
        for (Stroke stroke : strokes) {
            List<Point2D> points = stroke.points();
            for (int i = 0; i < points.size(); i++) {
                paint(stroke, points.get(Math.max(0, i - 1)), points.get(i));
            }
        }
        repaintImage(0, 0, SIZE, SIZE);
        changed(arrived);
    }

    public void clear() {
        if (strokes.isEmpty()) {
            return;
        }
        long arrived = System.nanoTime();
        strokes.clear();
        current = null;
        raster.clear();
        repaintImage(0, 0, SIZE, SIZE);
        changed(arrived);
    }

    /**
     * Marks what the preprocessing found on the pad: the ink's bounding box and its centre of mass
     * (pad coordinates), or nothing (nulls).
     */
    public void showGuides(Rectangle2D inkBox, Point2D centreOfMass) {
        guideBox = inkBox;
        guideMass = centreOfMass;
        paintOverlay();
    }

    private void pressed(MouseEvent e) {
        long arrived = System.nanoTime();
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) {
            return;
        }
        Tool used = e.getButton() == MouseButton.SECONDARY ? Tool.ERASER : tool.get();
        current = new Stroke(used, penWidth.get(), new ArrayList<>());
        strokes.add(current);
        extend(new Point2D(e.getX(), e.getY()));
        changed(arrived);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        long arrived = System.nanoTime();
        Point2D at = new Point2D(e.getX(), e.getY());
        movePointer(at);
        if (current != null) {
            extend(at);
            changed(arrived);
        }
        e.consume();
    }

    /** Adds a point to the current stroke and paints the segment that joins it to the previous one. */
    private void extend(Point2D point) {
        List<Point2D> points = current.points();
        Point2D previous = points.isEmpty() ? point : points.get(points.size() - 1);
        points.add(point);
        int[] changed = paint(current, previous, point);
        if (changed != null) {
            repaintImage(changed[0], changed[1], changed[2], changed[3]);
        }
    }

    private int[] paint(Stroke stroke, Point2D from, Point2D to) {
        return raster.segment(from.getX(), from.getY(), to.getX(), to.getY(), stroke.width() / 2,
                stroke.tool() == Tool.ERASER);
    }

    private void changed(long arrived) {
        version++;
        empty.set(strokes.isEmpty());
        for (LongConsumer listener : inkListeners) {
            listener.accept(arrived);
        }
    }

    /**
     * Copies the raster's pixels in [left, right) × [top, bottom) to the image: ink 0 is the board, 1
     * is white. The pixels are opaque, so they are already in the premultiplied format the image
     * stores, which saves a conversion per frame.
     */
    private void repaintImage(int left, int top, int right, int bottom) {
        double[] ink = raster.values();
        for (int row = top; row < bottom; row++) {
            for (int column = left; column < right; column++) {
                int i = row * SIZE + column;
                int grey = BOARD + (int) Math.round(ink[i] * (255 - BOARD));
                argb[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        image.getPixelWriter().setPixels(left, top, right - left, bottom - top, PixelFormat.getIntArgbPreInstance(),
                argb, top * SIZE + left, SIZE);
    }

    private void movePointer(Point2D at) {
        pointer = at;
        paintOverlay();
    }

    /** Guides and the pen's outline at the pointer. */
    private void paintOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, SIZE, SIZE);
        if (guideBox != null) {
            g.setStroke(GUIDE);
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeRect(guideBox.getMinX(), guideBox.getMinY(), guideBox.getWidth(), guideBox.getHeight());
            g.setLineDashes();
        }
        if (guideMass != null) {
            g.setStroke(MASS);
            g.setLineWidth(2);
            double x = guideMass.getX();
            double y = guideMass.getY();
            g.strokeLine(x - 8, y, x + 8, y);
            g.strokeLine(x, y - 8, x, y + 8);
        }
        if (pointer != null) {
            double r = penWidth.get() / 2;
            g.setStroke(Color.gray(0.6, 0.8));
            g.setLineWidth(1);
            g.strokeOval(pointer.getX() - r, pointer.getY() - r, 2 * r, 2 * r);
        }
    }

    @Override
    protected void layoutChildren() {
        prompt.autosize();
        prompt.relocate((SIZE - prompt.getWidth()) / 2, (SIZE - prompt.getHeight()) / 2);
    }
}
