package dlfs.app.widgets;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The few drawing operations the plots need. A plot paints itself once through this interface,
 * and the same code draws on the screen ({@link CanvasGraphics}) and writes the SVG file
 * ({@link SvgGraphics}).
 */
public interface PlotGraphics {
    void fillRect(double x, double y, double width, double height, Color fill);

    void strokeRect(double x, double y, double width, double height, Color stroke, double lineWidth);

    void strokeLine(double x1, double y1, double x2, double y2, Color stroke, double lineWidth);

    /** A connected line through the first {@code count} points; {@code name} labels it in SVG. */
    void strokePolyline(double[] xs, double[] ys, int count, Color stroke, double lineWidth, String name);

    /** A filled polygon through the first {@code count} points (closed automatically). */
    void fillPolygon(double[] xs, double[] ys, int count, Color fill);

    /** Text with its baseline at y, aligned left, centre or right on x. */
    void fillText(String text, double x, double y, TextAlignment align, Color fill, double fontSize);

    /** A rows × columns block of equal cells filling the given rectangle, colours row-major. */
    void fillCells(double x, double y, double width, double height, int rows, int columns, Color[] colors);
}
