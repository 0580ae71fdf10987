package dlfs.app.widgets;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Tiles of small images in rows of a fixed width that can be clicked: the 30 first-layer filters of
 * a CNN (each scaled from its own minimum, black, to its maximum, white, as the book's Fig. 7-24
 * caption says), feature maps, or a gallery of digits with a caption in two corners (the true label
 * top left and the prediction bottom right, as in Fig. 8-2).
 */
public final class FeatureMapGridView extends PlotCanvas {
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final IntegerProperty tilesPerRow = new SimpleIntegerProperty(this, "tilesPerRow", 8);
    private List<double[]> images = List.of();
    private List<String> topLeft = List.of();
    private List<String> bottomRight = List.of();
    private int imageRows = 1;
    private int imageColumns = 1;
    private boolean scaleEachImage = true;
    private double[] tileLeft = new double[0];
    private double[] tileTop = new double[0];
    private double tileSize;

    public FeatureMapGridView() {
        getStyleClass().add("feature-map-grid-view");
        selectedIndex.addListener(obs -> invalidatePlot());
        tilesPerRow.addListener(obs -> invalidatePlot());
        setOnMouseClicked(e -> {
            int hit = tileAt(e.getX(), e.getY());
            if (hit >= 0) {
                selectedIndex.set(hit);
            }
        });
        setPrefSize(480, 260);
        setMinSize(120, 80);
    }

    /**
     * Shows the images, each rows × columns values; keeps the selection when it is still a valid index.
     *
     * @param scaleEach true: each image from its own min to max; false: one scale for all
     */
    public void setImages(List<double[]> images, int rows, int columns, boolean scaleEach) {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).length != rows * columns) {
                throw new IllegalArgumentException("image " + i + " has " + images.get(i).length + " values, expected "
                        + rows + "×" + columns);
            }
        }
        this.images = images.stream().map(double[]::clone).toList();
        this.imageRows = rows;
        this.imageColumns = columns;
        this.scaleEachImage = scaleEach;
        this.topLeft = List.of();
        this.bottomRight = List.of();
        if (selectedIndex.get() >= images.size()) {
            selectedIndex.set(-1);
        }
        invalidatePlot();
    }

    /** Corner captions per tile (same length as the images, or empty for none). */
    public void setCaptions(List<String> topLeft, List<String> bottomRight) {
        if (!topLeft.isEmpty() && topLeft.size() != images.size() || !bottomRight.isEmpty() && bottomRight.size() != images.size()) {
            throw new IllegalArgumentException("need one caption per image (" + images.size() + ")");
        }
        this.topLeft = List.copyOf(topLeft);
        this.bottomRight = List.copyOf(bottomRight);
        invalidatePlot();
    }

    public int imageCount() {
        return images.size();
    }

    /** A copy of image {@code i} as shown. */
    public double[] image(int i) {
        return images.get(i).clone();
    }

    /** The clicked tile, or −1. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public IntegerProperty tilesPerRowProperty() {
        return tilesPerRow;
    }

    /** The tile under a point of the widget, or −1. */
    public int tileAt(double x, double y) {
        for (int i = 0; i < tileLeft.length; i++) {
            if (x >= tileLeft[i] && x < tileLeft[i] + tileSize && y >= tileTop[i] && y < tileTop[i] + tileSize) {
                return i;
            }
        }
        return -1;
    }

    /** Centre of tile {@code i} in widget coordinates after the last paint (for tests and tooltips). */
    public double[] tileCentre(int i) {
        return new double[] {tileLeft[i] + tileSize / 2, tileTop[i] + tileSize / 2};
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        int count = images.size();
        tileLeft = new double[count];
        tileTop = new double[count];
        if (count == 0) {
            return;
        }
        int perRow = Math.max(1, Math.min(tilesPerRow.get(), count));
        int tileRows = (count + perRow - 1) / perRow;
        double gap = Math.max(3, fontSize() * 0.35);
        double size = Math.min((width - gap * (perRow + 1)) / perRow, (height - gap * (tileRows + 1)) / tileRows);
        if (size <= 0) {
            return;
        }
        tileSize = size;
        double offsetX = (width - perRow * size - (perRow - 1) * gap) / 2;
        double offsetY = (height - tileRows * size - (tileRows - 1) * gap) / 2;
        double[] shared = ImageGridView.minMax(images);
        double captionSize = Math.max(9, Math.min(fontSize(), size * 0.26));
        double tileHeight = size * imageRows / Math.max(imageRows, imageColumns);
        double tileWidth = size * imageColumns / Math.max(imageRows, imageColumns);
        for (int i = 0; i < count; i++) {
            double x = offsetX + (i % perRow) * (size + gap);
            double y = offsetY + (i / perRow) * (size + gap);
            tileLeft[i] = x;
            tileTop[i] = y;
            double[] image = images.get(i);
            double[] range = scaleEachImage ? ImageGridView.minMax(List.of(image)) : shared;
            Color[] colors = new Color[image.length];
            for (int p = 0; p < image.length; p++) {
                colors[p] = ColorMap.GREY.color(image[p], range[0], range[1]);
            }
            g.fillCells(x, y, tileWidth, tileHeight, imageRows, imageColumns, colors);
            boolean selected = i == selectedIndex.get();
            g.strokeRect(x, y, tileWidth, tileHeight, selected ? SERIES_COLORS.get(1) : gridColor(), selected ? 3 : 1);
            if (i < topLeft.size()) {
                caption(g, topLeft.get(i), x + 2, y + captionSize, TextAlignment.LEFT, captionSize, SERIES_COLORS.get(2));
            }
            if (i < bottomRight.size()) {
                caption(g, bottomRight.get(i), x + tileWidth - 2, y + tileHeight - 3, TextAlignment.RIGHT, captionSize,
                        SERIES_COLORS.get(3));
            }
        }
    }

    /** A caption on a small dark plate, readable on black and white pixels alike. */
    private static void caption(PlotGraphics g, String text, double x, double baseline, TextAlignment align, double size,
                                Color color) {
        double width = textWidth(text, size) + 4;
        double left = align == TextAlignment.LEFT ? x - 2 : x - width + 2;
        g.fillRect(left, baseline - size * 0.95, width, size * 1.2, Color.color(0, 0, 0, 0.6));
        g.fillText(text, x, baseline, align, color.brighter(), size);
    }

    @Override
    protected List<List<String>> csvRows() {
        return ImageGridView.imageRows(images, imageColumns);
    }
}
