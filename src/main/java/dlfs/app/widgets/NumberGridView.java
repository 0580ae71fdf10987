package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A small matrix drawn as a table of numbers: the inputs, filters and outputs of the convolution
 * and pooling panels. Cells can be shaded (the zero border of padding), left blank (values not
 * computed yet, given as NaN), coloured by value (a heat map) and outlined by {@link Mark}s (the
 * filter window, a winning maximum, the current row of im2col).
 *
 * <p>Cells grow with the plot font, so presentation mode enlarges the numbers too.
 */
public final class NumberGridView extends PlotCanvas {
    /**
     * An outlined block of cells in one of the palette colours.
     *
     * @param colorIndex index into {@link PlotCanvas#SERIES_COLORS}
     * @param filled     also tint the block's background
     */
    public record Mark(int row, int column, int rows, int columns, int colorIndex, boolean filled) {
        /** One cell. */
        public static Mark cell(int row, int column, int colorIndex, boolean filled) {
            return new Mark(row, column, 1, 1, colorIndex, filled);
        }
    }

    private static final Color HEAT = Color.web("#0072B2");

    private final BooleanProperty heatMap = new SimpleBooleanProperty(this, "heatMap");
    private double[] values = new double[0];
    private boolean[] shaded = new boolean[0];
    private int rows;
    private int columns;
    private List<Mark> marks = List.of();

    public NumberGridView() {
        getStyleClass().add("number-grid-view");
        heatMap.addListener(obs -> invalidatePlot());
        setMinSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Shows a rows × columns matrix (row-major); NaN cells are drawn empty. Clears the marks and shading. */
    public void setValues(double[] values, int rows, int columns) {
        if (rows < 0 || columns < 0 || values.length != rows * columns) {
            throw new IllegalArgumentException("a " + rows + "×" + columns + " grid needs " + rows * columns
                    + " values, got " + values.length);
        }
        this.values = values.clone();
        this.rows = rows;
        this.columns = columns;
        this.shaded = new boolean[values.length];
        this.marks = List.of();
        invalidatePlot();
        requestParentLayout();
    }

    /** Cells drawn on a grey background, e.g. the zero border added by padding. */
    public void setShaded(boolean[] shaded) {
        if (shaded.length != values.length) {
            throw new IllegalArgumentException("shading needs " + values.length + " flags, got " + shaded.length);
        }
        this.shaded = shaded.clone();
        invalidatePlot();
    }

    public void setMarks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        invalidatePlot();
    }

    public List<Mark> marks() {
        return marks;
    }

    /** True: each cell's background shows its value, from the page colour (smallest) to blue (largest). */
    public BooleanProperty heatMapProperty() {
        return heatMap;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The value of a cell (NaN for an empty one). */
    public double value(int row, int column) {
        return values[row * columns + column];
    }

    /** The matrix as the book prints it, e.g. {@code [[15, 16], [6, 15]]}; empty cells as "·". */
    public String valuesText() {
        return matrixText(values, rows, columns);
    }

    /** A row-major matrix as NumPy prints it, e.g. {@code [[18, 19], [9, 18]]}. */
    public static String matrixText(double[] values, int rows, int columns) {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            text.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ", ").append(format(values[r * columns + c]));
            }
            text.append(']');
        }
        return text.append(']').toString();
    }

    /** A number as the cells show it: whole numbers without decimals, others with up to three. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "·";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private double cellSize() {
        return Math.max(22, fontSize() * 2.5);
    }

    @Override
    protected double computePrefWidth(double height) {
        return columns * cellSize() + 4;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows * cellSize() + 4;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.min(computePrefWidth(height), columns * 12 + 4);
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(computePrefHeight(width), rows * 12 + 4);
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        if (rows == 0 || columns == 0) {
            return;
        }
        double cell = Math.min(cellSize(), Math.min((width - 4) / columns, (height - 4) / rows));
        if (cell <= 0) {
            return;
        }
        double left = (width - cell * columns) / 2;
        double top = (height - cell * rows) / 2;
        double[] range = finiteRange();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double x = left + c * cell;
                double y = top + r * cell;
                if (shaded[i]) {
                    g.fillRect(x, y, cell, cell, gridColor());
                } else if (heatMap.get() && !Double.isNaN(values[i])) {
                    double t = range[1] > range[0] ? (values[i] - range[0]) / (range[1] - range[0]) : 0;
                    g.fillRect(x, y, cell, cell, backgroundColor().interpolate(HEAT, 0.15 + 0.7 * t));
                }
            }
        }
        for (Mark mark : marks) {
            if (mark.filled()) {
                Color color = SERIES_COLORS.get(mark.colorIndex() % SERIES_COLORS.size());
                g.fillRect(left + mark.column() * cell, top + mark.row() * cell, mark.columns() * cell, mark.rows() * cell,
                        Color.color(color.getRed(), color.getGreen(), color.getBlue(), 0.28));
            }
        }
        Color lines = foregroundColor().interpolate(backgroundColor(), 0.55);
        for (int r = 0; r <= rows; r++) {
            g.strokeLine(left, top + r * cell, left + columns * cell, top + r * cell, lines, 1);
        }
        for (int c = 0; c <= columns; c++) {
            g.strokeLine(left + c * cell, top, left + c * cell, top + rows * cell, lines, 1);
        }
        double font = Math.min(fontSize(), cell * 0.42);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double v = values[r * columns + c];
                if (!Double.isNaN(v)) {
                    String text = format(v);
                    double size = Math.min(font, cell * 0.95 / Math.max(1, text.length() * 0.6));
                    g.fillText(text, left + (c + 0.5) * cell, top + (r + 0.5) * cell + size * 0.36, TextAlignment.CENTER,
                            shaded[r * columns + c] ? foregroundColor().interpolate(backgroundColor(), 0.4) : foregroundColor(),
                            size);
                }
            }
        }
        for (Mark mark : marks) {
            Color color = SERIES_COLORS.get(mark.colorIndex() % SERIES_COLORS.size());
            g.strokeRect(left + mark.column() * cell + 1, top + mark.row() * cell + 1, mark.columns() * cell - 2,
                    mark.rows() * cell - 2, color, Math.max(2.5, lineWidth()));
        }
    }

    private double[] finiteRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new double[] {0, 0} : new double[] {min, max};
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("row", "column", "value"));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                out.add(List.of(Integer.toString(r), Integer.toString(c), number(value(r, c))));
            }
        }
        return out;
    }
}
