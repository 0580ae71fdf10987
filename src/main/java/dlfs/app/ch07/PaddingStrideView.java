package dlfs.app.ch07;

import dlfs.app.widgets.PlotCanvas;
import dlfs.app.widgets.PlotGraphics;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The padded input as a grid: the zero border shaded, every window position visited so far as a
 * thin outline (the trail), the current window filled, and, when the sizes do not divide, the rows
 * and columns no window reads tinted red. The output grid beside it marks the matching cell.
 */
final class PaddingStrideView extends PlotCanvas {
    private static final Color UNREAD = Color.web("#D55E00", 0.35);

    private int height = 1;
    private int width = 1;
    private int filterH = 1;
    private int filterW = 1;
    private int pad;
    private int stride = 1;
    private int outH;
    private int outW;
    private int position;

    PaddingStrideView() {
        getStyleClass().add("padding-stride-view");
        setPrefSize(520, 300);
    }

    /** The sizes to draw; outH × outW are the positions actually visited (rounded down when not exact). */
    void show(int height, int width, int filterH, int filterW, int pad, int stride, int outH, int outW, int position) {
        this.height = height;
        this.width = width;
        this.filterH = filterH;
        this.filterW = filterW;
        this.pad = pad;
        this.stride = stride;
        this.outH = Math.max(0, outH);
        this.outW = Math.max(0, outW);
        this.position = position;
        invalidatePlot();
    }

    @Override
    protected void paint(PlotGraphics g, double w, double h) {
        g.fillRect(0, 0, w, h, backgroundColor());
        int rows = height + 2 * pad;
        int columns = width + 2 * pad;
        double gap = fontSize() * 2;
        double cell = Math.min((w - gap) / (columns + Math.max(outW, 1) + 1.0), (h - 4) / (double) Math.max(rows, 1));
        cell = Math.min(cell, fontSize() * 2.6);
        double left = Math.max(2, (w - (columns + outW) * cell - gap) / 2);
        double top = (h - rows * cell) / 2;
        Color lines = foregroundColor().interpolate(backgroundColor(), 0.6);
        int readRows = outH == 0 ? rows : (outH - 1) * stride + filterH;
        int readColumns = outW == 0 ? columns : (outW - 1) * stride + filterW;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                boolean border = r < pad || r >= pad + height || c < pad || c >= pad + width;
                double x = left + c * cell;
                double y = top + r * cell;
                if (border) {
                    g.fillRect(x, y, cell, cell, gridColor());
                }
                if (outH > 0 && outW > 0 && (r >= readRows || c >= readColumns)) {
                    g.fillRect(x, y, cell, cell, UNREAD);
                }
                g.strokeRect(x, y, cell, cell, lines, border ? 0.5 : 1);
            }
        }
        g.strokeRect(left + pad * cell, top + pad * cell, width * cell, height * cell, foregroundColor(), 1.5);
        if (outH > 0 && outW > 0) {
            Color trail = SERIES_COLORS.get(0);
            for (int p = 0; p < position; p++) {
                double x = left + (p % outW) * stride * cell;
                double y = top + (p / outW) * stride * cell;
                g.strokeRect(x + 2, y + 2, filterW * cell - 4, filterH * cell - 4,
                        Color.color(trail.getRed(), trail.getGreen(), trail.getBlue(), 0.45), 1);
            }
            Color current = SERIES_COLORS.get(1);
            double x = left + (position % outW) * stride * cell;
            double y = top + (position / outW) * stride * cell;
            g.fillRect(x, y, filterW * cell, filterH * cell, Color.color(current.getRed(), current.getGreen(), current.getBlue(), 0.3));
            g.strokeRect(x, y, filterW * cell, filterH * cell, current, Math.max(2.5, lineWidth()));
            drawOutput(g, left + columns * cell + gap, (h - outH * cell) / 2, cell);
        }
    }

    private void drawOutput(PlotGraphics g, double left, double top, double cell) {
        Color lines = foregroundColor().interpolate(backgroundColor(), 0.4);
        for (int r = 0; r < outH; r++) {
            for (int c = 0; c < outW; c++) {
                if (r * outW + c == position) {
                    g.fillRect(left + c * cell, top + r * cell, cell, cell, SERIES_COLORS.get(1));
                } else if (r * outW + c < position) {
                    g.fillRect(left + c * cell, top + r * cell, cell, cell, SERIES_COLORS.get(0).interpolate(backgroundColor(), 0.6));
                }
                g.strokeRect(left + c * cell, top + r * cell, cell, cell, lines, 1);
            }
        }
        g.fillText(outH + " × " + outW, left + outW * cell / 2, top - fontSize() * 0.5, TextAlignment.CENTER,
                foregroundColor(), fontSize());
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("H", "W", "FH", "FW", "P", "S", "OH", "OW"));
        out.add(List.of(Integer.toString(height), Integer.toString(width), Integer.toString(filterH), Integer.toString(filterW),
                Integer.toString(pad), Integer.toString(stride), Integer.toString(outH), Integer.toString(outW)));
        return out;
    }
}
