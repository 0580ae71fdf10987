package dlfs.app.widgets;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Text drawn over data (legends, point names, hover read-outs), on a box of the background so it stays readable. */
final class PlotLabels {
    private PlotLabels() {
    }

    /** Text with its baseline at y on a nearly opaque box of the background colour. */
    static void boxed(PlotGraphics g, String text, double x, double baseline, TextAlignment align, Color color,
                      Color background, double font) {
        double width = PlotCanvas.textWidth(text, font);
        double left = switch (align) {
            case RIGHT -> x - width;
            case CENTER -> x - width / 2;
            default -> x;
        };
        g.fillRect(left - 3, baseline - font, width + 6, font * 1.3, background.deriveColor(0, 1, 1, 0.85));
        g.fillText(text, x, baseline, align, color, font);
    }

    /** One line per name: a stroke in its colour, then the name, stacked in the given corner of the frame. */
    static void legend(PlotGraphics g, PlotFrame frame, LegendCorner corner, List<String> names, List<Color> colors,
                       Color foreground, Color background, double font, double lineWidth) {
        double widest = names.stream().mapToDouble(name -> PlotCanvas.textWidth(name, font)).max().orElse(0);
        double y = corner.isTop() ? frame.top + font * 1.4 : frame.bottom - font * 0.9 - font * 1.5 * (names.size() - 1);
        double right = corner.isLeft() ? frame.left + font * 3.2 + widest : frame.right - font * 0.8;
        for (int i = 0; i < names.size(); i++) {
            double textWidth = PlotCanvas.textWidth(names.get(i), font);
            g.fillRect(right - textWidth - font * 3, y - font, textWidth + font * 3.4, font * 1.4,
                    background.deriveColor(0, 1, 1, 0.85));
            g.fillText(names.get(i), right, y + font * 0.35, TextAlignment.RIGHT, foreground, font);
            double lineEnd = right - textWidth - font * 0.6;
            g.strokeLine(lineEnd - font * 1.6, y, lineEnd, y, colors.get(i), Math.max(2, lineWidth));
            y += font * 1.5;
        }
    }
}
