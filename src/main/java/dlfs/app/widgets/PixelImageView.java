package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.paint.Color;

/**
 * One small grey-scale image enlarged so that every pixel is a visible square (an MNIST digit at
 * ×10): 0 is drawn black and the largest value white, as the book shows digits. The pixel under the
 * mouse is outlined and published as {@link #hoveredPixelProperty()}, so a page can print its value.
 */
public final class PixelImageView extends PlotCanvas {
    private final ReadOnlyIntegerWrapper hoveredPixel = new ReadOnlyIntegerWrapper(this, "hoveredPixel", -1);
    private double[] pixels = new double[0];
    private int rows = 1;
    private int columns = 1;
    private double maxValue = 255;
    private double[] lastArea;

    public PixelImageView() {
        getStyleClass().add("pixel-image-view");
        setPrefSize(300, 300);
        hoveredPixel.addListener(obs -> invalidatePlot());
        setOnMouseMoved(e -> hoveredPixel.set(pixelAt(e.getX(), e.getY())));
        setOnMouseExited(e -> hoveredPixel.set(-1));
    }

    /** Row-major values from 0 to {@code maxValue} (255 for raw bytes, 1.0 when normalised). */
    public void setImage(double[] pixels, int rows, int columns, double maxValue) {
        if (rows < 1 || columns < 1 || pixels.length != rows * columns) {
            throw new IllegalArgumentException(pixels.length + " values do not make a " + rows + "×" + columns + " image");
        }
        if (!(maxValue > 0)) {
            throw new IllegalArgumentException("largest pixel value must be positive, got " + maxValue);
        }
        this.pixels = pixels.clone();
        this.rows = rows;
        this.columns = columns;
        this.maxValue = maxValue;
        invalidatePlot();
    }

    /** Index (row · columns + column) of the pixel under the mouse, or −1. */
    public ReadOnlyIntegerProperty hoveredPixelProperty() {
        return hoveredPixel.getReadOnlyProperty();
    }

    private int pixelAt(double x, double y) {
        double[] area = lastArea;
        if (area == null || pixels.length == 0) {
            return -1;
        }
        int column = (int) Math.floor((x - area[0]) / area[2]);
        int row = (int) Math.floor((y - area[1]) / area[2]);
        return row < 0 || row >= rows || column < 0 || column >= columns ? -1 : row * columns + column;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        if (pixels.length == 0) {
            return;
        }
        double cell = Math.max(1, Math.floor(Math.min(width / columns, height / rows)));
        double x = Math.floor((width - cell * columns) / 2);
        double y = Math.floor((height - cell * rows) / 2);
        lastArea = new double[] {x, y, cell};
        Color[] colors = new Color[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            colors[i] = Color.gray(Math.max(0, Math.min(1, pixels[i] / maxValue)));
        }
        g.fillCells(x, y, cell * columns, cell * rows, rows, columns, colors);
        g.strokeRect(x, y, cell * columns, cell * rows, gridColor(), 1);
    }

    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        int pixel = hoveredPixel.get();
        if (pixel < 0 || lastArea == null) {
            return;
        }
        double cell = lastArea[2];
        g.strokeRect(lastArea[0] + (pixel % columns) * cell, lastArea[1] + (pixel / columns) * cell, cell, cell,
                Color.web("#E69F00"), 2);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("row", "column", "value"));
        for (int i = 0; i < pixels.length; i++) {
            out.add(List.of(Integer.toString(i / columns), Integer.toString(i % columns), number(pixels[i])));
        }
        return out;
    }
}
