package dlfs.app.widgets;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** {@link PlotGraphics} that writes an SVG document; polylines carry their series name. */
final class SvgGraphics implements PlotGraphics {
    private final StringBuilder svg = new StringBuilder();
    private final String fontFamily;

    SvgGraphics(double width, double height, String fontFamily) {
        this.fontFamily = fontFamily;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(format(" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n",
                        width, height, width, height));
    }

    /** The finished document. */
    String document() {
        return svg + "</svg>\n";
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Color fill) {
        svg.append(format("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" ", x, y, width, height))
                .append(paint("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Color stroke, double lineWidth) {
        svg.append(format("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\" ",
                x, y, width, height)).append(stroke(stroke, lineWidth)).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
        svg.append(format("<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" ", x1, y1, x2, y2))
                .append(stroke(stroke, lineWidth)).append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, Color stroke, double lineWidth, String name) {
        svg.append("<polyline class=\"series\" data-series=\"").append(escape(name))
                .append("\" fill=\"none\" stroke-linejoin=\"round\" ").append(stroke(stroke, lineWidth))
                .append(" points=\"");
        for (int i = 0; i < count; i++) {
            svg.append(i == 0 ? "" : " ").append(format("%.2f,%.2f", xs[i], ys[i]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Color fill) {
        svg.append("<polygon ").append(paint("fill", fill)).append(" points=\"");
        for (int i = 0; i < count; i++) {
            svg.append(i == 0 ? "" : " ").append(format("%.2f,%.2f", xs[i], ys[i]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void fillText(String text, double x, double y, TextAlignment align, Color fill, double fontSize) {
        String anchor = switch (align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        svg.append(format("<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" ", x, y, fontSize))
                .append("font-family=\"").append(escape(fontFamily)).append(", sans-serif\" text-anchor=\"")
                .append(anchor).append("\" ").append(paint("fill", fill)).append('>')
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public void fillCells(double x, double y, double width, double height, int rows, int columns, Color[] colors) {
        double cellWidth = width / columns;
        double cellHeight = height / rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                fillRect(x + c * cellWidth, y + r * cellHeight, cellWidth, cellHeight, colors[r * columns + c]);
            }
        }
    }

    private static String stroke(Color color, double lineWidth) {
        return paint("stroke", color) + format(" stroke-width=\"%.2f\"", lineWidth);
    }

    private static String paint(String attribute, Color color) {
        String rgb = format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
        String paint = attribute + "=\"" + rgb + "\"";
        return color.getOpacity() < 1 ? paint + format(" %s-opacity=\"%.3f\"", attribute, color.getOpacity()) : paint;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
