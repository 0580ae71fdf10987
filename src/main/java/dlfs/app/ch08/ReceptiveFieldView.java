package dlfs.app.ch08;

import dlfs.app.widgets.PlotCanvas;
import dlfs.app.widgets.PlotGraphics;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The layers of a stack of k 3×3 convolutions side by side, input on the left: in each layer the
 * cells that can change the one output cell on the right are filled (3×3 in the layer below the
 * output, 5×5 two layers down, …), and beneath, one large filter reaching the same input region in
 * a single step.
 */
final class ReceptiveFieldView extends PlotCanvas {
    private int layers = 2;
    private List<String> names = List.of();

    ReceptiveFieldView() {
        getStyleClass().add("receptive-field-view");
        setPrefSize(560, 300);
    }

    /** @param names a caption per layer, input first, k + 1 of them */
    void show(int layers, List<String> names) {
        this.layers = layers;
        this.names = List.copyOf(names);
        invalidatePlot();
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        int side = 2 * layers + 3;
        int grids = layers + 1;
        double font = fontSize();
        double gap = font * 1.6;
        double cell = Math.min((width - gap * (grids + 1)) / (grids * side), (height - font * 4.5) / (2 * side));
        if (cell <= 0) {
            return;
        }
        double top = font * 1.6;
        Color fill = SERIES_COLORS.get(0);
        Color output = SERIES_COLORS.get(1);
        double left = (width - grids * side * cell - (grids - 1) * gap) / 2;
        for (int layer = 0; layer <= layers; layer++) {
            int region = 2 * (layers - layer) + 1;
            double x = left + layer * (side * cell + gap);
            drawGrid(g, x, top, side, cell, region, layer == layers ? output : fill);
            if (layer < names.size()) {
                g.fillText(names.get(layer), x + side * cell / 2, top - font * 0.5, TextAlignment.CENTER, foregroundColor(), font);
            }
            if (layer < layers) {
                arrow(g, x + side * cell + 4, x + side * cell + gap - 4, top + side * cell / 2);
            }
        }
        double bottom = top + side * cell + font * 2.4;
        int field = 2 * layers + 1;
        double x = left;
        drawGrid(g, x, bottom, side, cell, field, SERIES_COLORS.get(2));
        double target = left + layers * (side * cell + gap);
        double arrowY = bottom + side * cell / 2;
        arrow(g, x + side * cell + 4, target - 4, arrowY);
        drawGrid(g, target, bottom, side, cell, 1, output);
        g.fillText(field + "×" + field, (x + side * cell + target) / 2, arrowY - font * 0.5, TextAlignment.CENTER,
                foregroundColor(), font);
    }

    private void arrow(PlotGraphics g, double from, double to, double y) {
        double head = Math.min(6, (to - from) / 3);
        g.strokeLine(from, y, to, y, foregroundColor(), 1.5);
        g.strokeLine(to - head, y - head, to, y, foregroundColor(), 1.5);
        g.strokeLine(to - head, y + head, to, y, foregroundColor(), 1.5);
    }

    /** A side × side grid with the centred region × region block filled. */
    private void drawGrid(PlotGraphics g, double x, double y, int side, double cell, int region, Color color) {
        int from = (side - region) / 2;
        Color tint = Color.color(color.getRed(), color.getGreen(), color.getBlue(), 0.45);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                boolean inside = r >= from && r < from + region && c >= from && c < from + region;
                if (inside) {
                    g.fillRect(x + c * cell, y + r * cell, cell, cell, tint);
                }
                g.strokeRect(x + c * cell, y + r * cell, cell, cell, gridColor(), 1);
            }
        }
        g.strokeRect(x + from * cell, y + from * cell, region * cell, region * cell, color, 2);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("layer", "receptive field"));
        for (int layer = 0; layer <= layers; layer++) {
            int region = 2 * (layers - layer) + 1;
            rows.add(List.of(Integer.toString(layer), region + "x" + region));
        }
        return rows;
    }
}
