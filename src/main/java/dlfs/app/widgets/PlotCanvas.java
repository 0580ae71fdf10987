package dlfs.app.widgets;

import dlfs.app.i18n.FontFamilies;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * Base of the plot widgets: a resizable canvas repainted on the next pulse after a change, with
 * its colours and line width taken from CSS (so themes and presentation mode restyle every plot)
 * and PNG / SVG / CSV export.
 *
 * <p>CSS properties: {@code -plot-background}, {@code -plot-foreground} (axes and text),
 * {@code -plot-grid}, {@code -plot-line-width}, {@code -plot-font-size}.
 */
public abstract class PlotCanvas extends Region implements Exportable {
    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    public static final List<Color> SERIES_COLORS = List.of(
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#D55E00"),
            Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#F0E442"));

    /** Plots name a Japanese-capable family so Japanese axis labels never turn into boxes. */
    static final String FONT_FAMILY = FontFamilies.firstAvailable(FontFamilies.JAPANESE, Font.getFamilies())
            .orElse(Font.getDefault().getFamily());

    private static final StyleablePropertyFactory<PlotCanvas> STYLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> background =
            STYLE.createStyleableColorProperty(this, "plotBackground", "-plot-background", p -> p.background, Color.WHITE);
    private final StyleableProperty<Color> foreground =
            STYLE.createStyleableColorProperty(this, "plotForeground", "-plot-foreground", p -> p.foreground, Color.BLACK);
    private final StyleableProperty<Color> grid =
            STYLE.createStyleableColorProperty(this, "plotGrid", "-plot-grid", p -> p.grid, Color.gray(0.88));
    private final StyleableProperty<Number> lineWidth =
            STYLE.createStyleableNumberProperty(this, "plotLineWidth", "-plot-line-width", p -> p.lineWidth, 2);
    private final StyleableProperty<Number> fontSize =
            STYLE.createStyleableNumberProperty(this, "plotFontSize", "-plot-font-size", p -> p.fontSize, 12);

    private final Canvas canvas = new Canvas();
    private boolean dirty = true;

    protected PlotCanvas() {
        getStyleClass().add("plot");
        getChildren().add(canvas);
        for (StyleableProperty<?> property : List.of(background, foreground, grid, lineWidth, fontSize)) {
            ((ObservableValue<?>) property).addListener(obs -> invalidatePlot());
        }
        setMinSize(160, 120);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setPrefSize(480, 300);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLE.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** Draws the plot into a width × height area. */
    protected abstract void paint(PlotGraphics g, double width, double height);

    /** Screen-only additions drawn after {@link #paint}, such as a hover read-out; never exported. */
    protected void paintOverlay(PlotGraphics g, double width, double height) {
    }

    /** The plotted numbers as CSV rows, the header first. */
    protected abstract List<List<String>> csvRows();

    /** Schedules a repaint on the next pulse (many changes between two pulses paint once). */
    protected final void invalidatePlot() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (dirty || canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            CanvasGraphics graphics = new CanvasGraphics(canvas.getGraphicsContext2D(), FONT_FAMILY);
            paint(graphics, width, height);
            paintOverlay(graphics, width, height);
            dirty = false;
        }
    }

    protected final Color backgroundColor() {
        return background.getValue();
    }

    protected final Color foregroundColor() {
        return foreground.getValue();
    }

    protected final Color gridColor() {
        return grid.getValue();
    }

    protected final double lineWidth() {
        return lineWidth.getValue().doubleValue();
    }

    protected final double fontSize() {
        return fontSize.getValue().doubleValue();
    }

    /** Export size: what is on screen, or the preferred size for a plot not shown yet. */
    private double exportWidth() {
        return getWidth() > 0 ? snapSizeX(getWidth()) : getPrefWidth();
    }

    private double exportHeight() {
        return getHeight() > 0 ? snapSizeY(getHeight()) : getPrefHeight();
    }

    /** PNG of the plot as drawn; call on the FX thread. */
    @Override
    public void writePng(Path file) throws IOException {
        Canvas offscreen = new Canvas(exportWidth(), exportHeight());
        paint(new CanvasGraphics(offscreen.getGraphicsContext2D(), FONT_FAMILY), offscreen.getWidth(),
                offscreen.getHeight());
        WritableImage image = offscreen.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    @Override
    public void writeSvg(Path file) throws IOException {
        SvgGraphics svg = new SvgGraphics(exportWidth(), exportHeight(), FONT_FAMILY);
        paint(svg, exportWidth(), exportHeight());
        Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
    }

    @Override
    public void writeCsv(Path file) throws IOException {
        try {
            String csv = csvRows().stream()
                    .map(row -> row.stream().map(PlotCanvas::csvField).collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String csvField(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** A number as CSV writes it: full precision, locale-independent. */
    protected static String number(double value) {
        return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /** Width of a text in the plot font, for placing legends. */
    protected static double textWidth(String text, double size) {
        Text measured = new Text(text);
        measured.setFont(Font.font(FONT_FAMILY, size));
        return measured.getLayoutBounds().getWidth();
    }

    /** Short tick label for a value on an axis whose ticks are {@code step} apart. */
    protected static String tickLabel(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", value);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
