package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;

/**
 * Small images side by side: a heat map (one image), conv filters, digits, feature maps. Each image
 * is rows × columns values, row-major; colours come from a {@link ColorMap}, scaled per image or
 * over all images.
 */
public final class ImageGridView extends PlotCanvas {
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.GREY);
    private final BooleanProperty scaleEachImage = new SimpleBooleanProperty(this, "scaleEachImage", true);
    private List<double[]> images = List.of();
    private int rows = 1;
    private int columns = 1;

    public ImageGridView() {
        getStyleClass().add("image-grid-view");
        colorMap.addListener(obs -> invalidatePlot());
        scaleEachImage.addListener(obs -> invalidatePlot());
        setPrefSize(320, 320);
    }

    public void setImages(List<double[]> images, int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("image size must be at least 1×1, got " + rows + "×" + columns);
        }
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).length != rows * columns) {
                throw new IllegalArgumentException("image " + i + " has " + images.get(i).length
                        + " values, expected " + rows + "×" + columns + " = " + rows * columns);
            }
        }
        this.images = images.stream().map(double[]::clone).toList();
        this.rows = rows;
        this.columns = columns;
        invalidatePlot();
    }

    public int imageCount() {
        return images.size();
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    /** True: each image uses its own min and max; false: one scale for all (comparable brightness). */
    public BooleanProperty scaleEachImageProperty() {
        return scaleEachImage;
    }

    /** Grid shape: as square as possible. */
    private int gridColumns() {
        return Math.max(1, (int) Math.ceil(Math.sqrt(images.size())));
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        if (images.isEmpty()) {
            return;
        }
        int gridColumns = gridColumns();
        int gridRows = (images.size() + gridColumns - 1) / gridColumns;
        double gap = Math.max(2, Math.min(width, height) * 0.01);
        double cell = Math.min((width - gap * (gridColumns + 1)) / (gridColumns * (double) columns),
                (height - gap * (gridRows + 1)) / (gridRows * (double) rows));
        if (cell <= 0) {
            return;
        }
        double tileWidth = cell * columns;
        double tileHeight = cell * rows;
        double offsetX = (width - gridColumns * tileWidth - (gridColumns - 1) * gap) / 2;
        double offsetY = (height - gridRows * tileHeight - (gridRows - 1) * gap) / 2;
        double[] shared = minMax(images);
        for (int i = 0; i < images.size(); i++) {
            double[] image = images.get(i);
            double[] range = scaleEachImage.get() ? minMax(List.of(image)) : shared;
            Color[] colors = new Color[image.length];
            for (int p = 0; p < image.length; p++) {
                colors[p] = colorMap.get().color(image[p], range[0], range[1]);
            }
            double x = offsetX + (i % gridColumns) * (tileWidth + gap);
            double y = offsetY + (i / gridColumns) * (tileHeight + gap);
            g.fillCells(x, y, tileWidth, tileHeight, rows, columns, colors);
            g.strokeRect(x, y, tileWidth, tileHeight, gridColor(), 1);
        }
    }

    /** [min, max] over the finite values of the images ([0, 1] when there are none). */
    static double[] minMax(List<double[]> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] image : values) {
            for (double v : image) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {0, 1} : new double[] {min, max};
    }

    @Override
    protected List<List<String>> csvRows() {
        return imageRows(images, columns);
    }

    /** CSV rows (image, row, column, value) of images that are {@code columns} wide. */
    static List<List<String>> imageRows(List<double[]> images, int columns) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("image", "row", "column", "value"));
        for (int i = 0; i < images.size(); i++) {
            double[] image = images.get(i);
            for (int p = 0; p < image.length; p++) {
                rows.add(List.of(Integer.toString(i), Integer.toString(p / columns), Integer.toString(p % columns),
                        number(image[p])));
            }
        }
        return rows;
    }
}
