package dlfs.app.widgets;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * A 28×28 pad to draw a digit on with the mouse or a pen, white on black like MNIST. The brush is
 * soft (about two pixels wide), so strokes look like the scanned digits; {@link #imageProperty()}
 * holds the drawing as 784 values in [0, 1], row-major.
 */
public final class DigitSketchPad extends PlotCanvas {
    public static final int SIZE = 28;
    private static final double BRUSH_RADIUS = 1.6;

    private final double[] pixels = new double[SIZE * SIZE];
    private final ReadOnlyObjectWrapper<double[]> image = new ReadOnlyObjectWrapper<>(this, "image", new double[SIZE * SIZE]);

    public DigitSketchPad() {
        getStyleClass().add("digit-sketch-pad");
        setPrefSize(196, 196);
        setMinSize(112, 112);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::paintAt);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::paintAt);
    }

    /** The drawing so far (a copy is published after every stroke segment). */
    public ReadOnlyObjectProperty<double[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public void clear() {
        Arrays.fill(pixels, 0);
        publish();
    }

    /** Paints with the brush centred at a point of the widget. */
    public void stroke(double x, double y) {
        double cell = cellSize();
        double cx = (x - offsetX()) / cell;
        double cy = (y - offsetY()) / cell;
        for (int r = (int) Math.floor(cy - 2); r <= (int) Math.ceil(cy + 2); r++) {
            for (int c = (int) Math.floor(cx - 2); c <= (int) Math.ceil(cx + 2); c++) {
                if (r >= 0 && r < SIZE && c >= 0 && c < SIZE) {
                    double distance = Math.hypot(c + 0.5 - cx, r + 0.5 - cy);
                    double ink = Math.max(0, 1 - distance / BRUSH_RADIUS);
                    pixels[r * SIZE + c] = Math.min(1, pixels[r * SIZE + c] + ink);
                }
            }
        }
        publish();
    }

    private void paintAt(MouseEvent e) {
        stroke(e.getX(), e.getY());
    }

    private void publish() {
        image.set(pixels.clone());
        invalidatePlot();
    }

    private double cellSize() {
        return Math.max(1, Math.min(getWidth(), getHeight()) / SIZE);
    }

    private double offsetX() {
        return (getWidth() - cellSize() * SIZE) / 2;
    }

    private double offsetY() {
        return (getHeight() - cellSize() * SIZE) / 2;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        double cell = Math.max(1, Math.min(width, height) / SIZE);
        double x = (width - cell * SIZE) / 2;
        double y = (height - cell * SIZE) / 2;
        Color[] colors = new Color[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            colors[i] = Color.gray(pixels[i]);
        }
        g.fillCells(x, y, cell * SIZE, cell * SIZE, SIZE, SIZE, colors);
        g.strokeRect(x, y, cell * SIZE, cell * SIZE, gridColor(), 1);
    }

    @Override
    protected List<List<String>> csvRows() {
        return ImageGridView.imageRows(List.of(pixels), SIZE);
    }
}
