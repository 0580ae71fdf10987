package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * A small greyscale image, values 0 (black) to 1 (white), drawn as large square pixels with a grid
 * between them, such as the 28×28 input of a network. Hovering a pixel outlines it and publishes
 * its row, column and value ({@link #hoveredProperty()}). Optional marks: a rectangle (e.g. where the
 * scaled digit was placed) and crosses (e.g. the target centre and the centre of mass), all in pixel
 * units where (0, 0) is the top-left corner of the first pixel.
 */
public final class PixelGridView extends PlotCanvas {
    /** The pixel under the pointer. */
    public record Pixel(int row, int column, double value) {
    }

    private static final Color BOX = Color.web("#56B4E9");
    private static final Color CROSS = Color.web("#E69F00");
    private static final Color TARGET = Color.web("#009E73");

    private final ReadOnlyObjectWrapper<Pixel> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private double[] values = new double[0];
    private int rows;
    private int columns;
    private Rectangle2D box;
    private Point2D target;
    private Point2D mark;
    private double cell;
    private double originX;
    private double originY;

    public PixelGridView() {
        getStyleClass().add("pixel-grid-view");
        setMinSize(60, 60);
        setPrefSize(224, 224);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered.set(null));
    }

    /** Shows rows × columns values (row-major, 0..1); an empty array shows a blank grid. */
    public void setImage(double[] image, int rows, int columns) {
        if (rows < 1 || columns < 1 || (image.length != 0 && image.length != rows * columns)) {
            throw new IllegalArgumentException(image.length + " values do not make a " + rows + "×" + columns + " image");
        }
        this.values = image.clone();
        this.rows = rows;
        this.columns = columns;
        Pixel old = hovered.get();
        if (old != null) {
            hovered.set(old.row() < rows && old.column() < columns ? pixelAt(old.row(), old.column()) : null);
        }
        invalidatePlot();
    }

    /**
     * Marks in pixel units, each may be null: a rectangle, a target point (drawn as a green cross)
     * and a measured point (an orange cross).
     */
    public void setMarks(Rectangle2D box, Point2D target, Point2D mark) {
        this.box = box;
        this.target = target;
        this.mark = mark;
        invalidatePlot();
    }

    public ReadOnlyObjectProperty<Pixel> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    private Pixel pixelAt(int row, int column) {
        return new Pixel(row, column, values.length == 0 ? 0 : values[row * columns + column]);
    }

    private void hover(double x, double y) {
        if (cell <= 0) {
            return;
        }
        int column = (int) Math.floor((x - originX) / cell);
        int row = (int) Math.floor((y - originY) / cell);
        Pixel now = row >= 0 && row < rows && column >= 0 && column < columns ? pixelAt(row, column) : null;
        if (now == null ? hovered.get() != null : !now.equals(hovered.get())) {
            hovered.set(now);
            invalidatePlot();
        }
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        if (rows == 0) {
            cell = 0;
            return;
        }
        cell = Math.floor(Math.min(width / columns, height / rows));
        originX = Math.floor((width - cell * columns) / 2);
        originY = Math.floor((height - cell * rows) / 2);
        Color[] colors = new Color[rows * columns];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = ColorMap.GREY.color(values.length == 0 ? 0 : values[i], 0, 1);
        }
        g.fillCells(originX, originY, cell * columns, cell * rows, rows, columns, colors);
        if (cell >= 4) {
            Color line = Color.gray(0.5, 0.35);
            for (int c = 1; c < columns; c++) {
                g.strokeLine(originX + c * cell, originY, originX + c * cell, originY + rows * cell, line, 1);
            }
            for (int r = 1; r < rows; r++) {
                g.strokeLine(originX, originY + r * cell, originX + columns * cell, originY + r * cell, line, 1);
            }
        }
        g.strokeRect(originX, originY, cell * columns, cell * rows, foregroundColor(), 1);
        if (box != null) {
            g.strokeRect(originX + box.getMinX() * cell, originY + box.getMinY() * cell, box.getWidth() * cell,
                    box.getHeight() * cell, BOX, 2);
        }
        cross(g, target, TARGET);
        cross(g, mark, CROSS);
    }

    private void cross(PlotGraphics g, Point2D at, Color color) {
        if (at == null) {
            return;
        }
        double x = originX + at.getX() * cell;
        double y = originY + at.getY() * cell;
        double arm = Math.max(4, cell * 0.9);
        g.strokeLine(x - arm, y, x + arm, y, color, 2);
        g.strokeLine(x, y - arm, x, y + arm, color, 2);
    }

    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        Pixel at = hovered.get();
        if (at != null && cell > 0) {
            g.strokeRect(originX + at.column() * cell, originY + at.row() * cell, cell, cell, CROSS, 2);
        }
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("row", "column", "value"));
        for (int i = 0; i < values.length; i++) {
            out.add(List.of(Integer.toString(i / columns), Integer.toString(i % columns), number(values[i])));
        }
        return out;
    }
}
