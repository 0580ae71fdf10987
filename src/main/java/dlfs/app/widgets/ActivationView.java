package dlfs.app.widgets;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The output of one layer for one input, redrawn on every frame while the user draws: a grid of
 * feature maps for a convolution or pooling layer (channels × rows × columns), or a row of bars for
 * a fully connected one. All maps of a layer share one colour scale, so a bright map is strongly
 * active compared with its neighbours. Values that are never negative (after ReLU or pooling) are
 * grey from 0 (black) to the layer's maximum (white); signed values use the diverging palette
 * (negative blue, zero white, positive orange). Hovering publishes the unit under the pointer.
 *
 * <p>Speed matters more than export here: new values are painted at once, without a layout pass,
 * and the maps are written as one block of pixels into a reused image, which the canvas scales up
 * without smoothing.
 */
public final class ActivationView extends Region {
    /** The unit under the pointer: for maps the channel, row and column; for bars the index (row and column −1). */
    public record Unit(int index, int row, int column, double value) {
    }

    private static final int LEVELS = 256;
    private static final int[] GREY = palette(ColorMap.GREY, 0);
    private static final int[] DIVERGING = palette(ColorMap.DIVERGING, -1);
    private static final Color TEXT = Color.gray(0.55);

    private final Canvas canvas = new Canvas();
    private final ReadOnlyObjectWrapper<Unit> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private double[] values = new double[0];
    private int maps;
    private int rows;
    private int columns;
    private boolean bars = true;
    private double min;
    private double max;
    private WritableImage image;
    private int[] pixels = new int[0];
    // where the last paint put things, for hovering: the map grid's columns and cell size, or the bar width
    private int gridColumns = 1;
    private double cell;
    private double originX;
    private double originY;
    private double slot;

    public ActivationView() {
        getStyleClass().add("activation-view");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(80, 50);
        setPrefSize(240, 160);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
    }

    /** 256 opaque ARGB colours of a palette from {@code low} (−1 or 0) to 1 (opaque, so also premultiplied). */
    private static int[] palette(ColorMap map, double low) {
        int[] argb = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            Color c = map.color(low + (1 - low) * i / (LEVELS - 1), low, 1);
            argb[i] = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255);
        }
        return argb;
    }

    /** Feature maps: {@code maps} images of rows × columns, one after the other (not copied). */
    public void setMaps(double[] data, int maps, int rows, int columns) {
        if (maps < 1 || rows < 1 || columns < 1 || data.length != maps * rows * columns) {
            throw new IllegalArgumentException(data.length + " values are not " + maps + " maps of " + rows + "×"
                    + columns);
        }
        show(data, maps, rows, columns, false);
    }

    /** One bar per value (not copied). */
    public void setBars(double[] data) {
        show(data, 1, 1, data.length, true);
    }

    private void show(double[] data, int maps, int rows, int columns, boolean asBars) {
        this.values = data;
        this.maps = maps;
        this.rows = rows;
        this.columns = columns;
        this.bars = asBars;
        min = 0;
        max = 0;
        for (double v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Unit old = hovered.get();
        if (old != null) {
            boolean stillThere = old.index() < (asBars ? columns : maps) && old.row() < rows && old.column() < columns;
            hovered.set(stillThere ? unit(old.index(), old.row(), old.column()) : null);
        }
        paint();
    }

    public ReadOnlyObjectProperty<Unit> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    private Unit unit(int index, int row, int column) {
        double v = bars ? values[index] : values[(index * rows + row) * columns + column];
        return new Unit(index, row, column, v);
    }

    private void hover(double x, double y) {
        Unit now = null;
        if (bars && slot > 0) {
            int index = (int) Math.floor((x - originX) / slot);
            now = index >= 0 && index < columns ? unit(index, -1, -1) : null;
        } else if (!bars && cell > 0) {
            int gx = (int) Math.floor((x - originX) / (cell * (columns + 1)));
            int gy = (int) Math.floor((y - originY) / (cell * (rows + 1)));
            int column = (int) Math.floor((x - originX) / cell) - gx * (columns + 1);
            int row = (int) Math.floor((y - originY) / cell) - gy * (rows + 1);
            int index = gy * gridColumns + gx;
            boolean inside = gx >= 0 && gx < gridColumns && gy >= 0 && index < maps && row >= 0 && row < rows
                    && column >= 0 && column < columns;
            now = inside ? unit(index, row, column) : null;
        }
        setHovered(now);
    }

    private void setHovered(Unit now) {
        if (now == null ? hovered.get() != null : !now.equals(hovered.get())) {
            hovered.set(now);
            paint();
        }
    }

    /** A new size repaints; new values repaint at once (without a layout pass, they do not change the size). */
    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            paint();
        }
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (values.length > 0) {
            if (bars) {
                paintBars(g, width, height);
            } else {
                paintMaps(g, width, height);
            }
        }
    }

    /**
     * The maps in the grid that gives them the largest pixels in the available area, with a gap of
     * one (transparent) cell after every map.
     */
    private void paintMaps(GraphicsContext g, double width, double height) {
        cell = 0;
        for (int candidate = 1; candidate <= maps; candidate++) {
            int gridRows = (maps + candidate - 1) / candidate;
            double fit = Math.min(width / (candidate * (columns + 1.0)), height / (gridRows * (rows + 1.0)));
            if (fit > cell) {
                cell = fit;
                gridColumns = candidate;
            }
        }
        int mosaicColumns = gridColumns * (columns + 1);
        int mosaicRows = (maps + gridColumns - 1) / gridColumns * (rows + 1);
        if (image == null || image.getWidth() != mosaicColumns || image.getHeight() != mosaicRows) {
            image = new WritableImage(mosaicColumns, mosaicRows);
            pixels = new int[mosaicColumns * mosaicRows];
        }
        boolean signed = min < 0;
        int[] lut = signed ? DIVERGING : GREY;
        double low = signed ? -Math.max(-min, max) : 0;
        double high = signed ? -low : max;
        double scale = high > low ? (LEVELS - 1) / (high - low) : 0;
        for (int m = 0; m < maps; m++) {
            int baseRow = (m / gridColumns) * (rows + 1);
            int baseColumn = (m % gridColumns) * (columns + 1);
            for (int r = 0; r < rows; r++) {
                int from = (m * rows + r) * columns;
                int to = (baseRow + r) * mosaicColumns + baseColumn;
                for (int c = 0; c < columns; c++) {
                    int level = (int) Math.round((values[from + c] - low) * scale);
                    pixels[to + c] = lut[Math.max(0, Math.min(LEVELS - 1, level))];
                }
            }
        }
        image.getPixelWriter().setPixels(0, 0, mosaicColumns, mosaicRows, PixelFormat.getIntArgbPreInstance(), pixels, 0,
                mosaicColumns);
        originX = Math.floor((width - cell * mosaicColumns) / 2);
        originY = Math.floor((height - cell * mosaicRows) / 2);
        g.setImageSmoothing(false);
        g.drawImage(image, originX, originY, cell * mosaicColumns, cell * mosaicRows);
        Unit at = hovered.get();
        if (at != null) {
            g.setStroke(PlotCanvas.SERIES_COLORS.get(3));
            g.setLineWidth(2);
            g.strokeRect(originX + (at.index() % gridColumns) * (columns + 1) * cell - 1,
                    originY + (at.index() / gridColumns) * (rows + 1) * cell - 1, cell * columns + 2, cell * rows + 2);
        }
    }

    /** Bars from a zero line: upwards for positive values, downwards for negative ones. */
    private void paintBars(GraphicsContext g, double width, double height) {
        int n = columns;
        boolean labelled = n <= 20;
        double font = 11;
        double bottom = height - (labelled ? font * 1.5 : 2);
        double top = 2;
        double range = Math.max(max - min, 1e-12);
        double zero = bottom - (0 - min) / range * (bottom - top);
        originX = 2;
        slot = (width - 4) / n;
        g.setFont(Font.font(PlotCanvas.FONT_FAMILY, font));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        Unit at = hovered.get();
        for (int i = 0; i < n; i++) {
            double v = values[i];
            double y = bottom - (v - min) / range * (bottom - top);
            double x = originX + i * slot;
            double barWidth = Math.max(1, slot * (labelled ? 0.7 : 0.85));
            boolean pointed = at != null && at.index() == i;
            g.setFill(pointed ? PlotCanvas.SERIES_COLORS.get(3)
                    : v < 0 ? PlotCanvas.SERIES_COLORS.get(0) : PlotCanvas.SERIES_COLORS.get(1));
            g.fillRect(x + (slot - barWidth) / 2, Math.min(y, zero), barWidth, Math.max(1, Math.abs(zero - y)));
            if (labelled) {
                g.setFill(TEXT);
                g.fillText(Integer.toString(i), x + slot / 2, height - font * 0.3);
            }
        }
        g.setStroke(TEXT);
        g.setLineWidth(1);
        g.strokeLine(originX, zero, width - 2, zero);
    }
}
