package dlfs.app.widgets;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** {@link PlotGraphics} on a JavaFX canvas. */
final class CanvasGraphics implements PlotGraphics {
    private final GraphicsContext gc;
    private final String fontFamily;

    CanvasGraphics(GraphicsContext gc, String fontFamily) {
        this.gc = gc;
        this.fontFamily = fontFamily;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color fill) {
        gc.setFill(fill);
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Color stroke, double lineWidth) {
        gc.setStroke(stroke);
        gc.setLineWidth(lineWidth);
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
        gc.setStroke(stroke);
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, Color stroke, double lineWidth, String name) {
        gc.setStroke(stroke);
        gc.setLineWidth(lineWidth);
        gc.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Color fill) {
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, count);
    }

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, Color fill, double fontSize) {
        gc.setFill(fill);
        gc.setFont(Font.font(fontFamily, fontSize));
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.BASELINE);
        gc.fillText(text, x, y);
    }

    @Override
    public void fillCells(double x, double y, double width, double height, int rows, int columns, Color[] colors) {
        WritableImage image = new WritableImage(columns, rows);
        PixelWriter pixels = image.getPixelWriter();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                pixels.setColor(c, r, colors[r * columns + c]);
            }
        }
        gc.setImageSmoothing(false);
        gc.drawImage(image, x, y, width, height);
    }
}
