package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A small layered network drawn the book's way: one column of neurons per layer, the bias drawn as
 * an extra grey unit "1" on top, and every connection as a line whose thickness follows |w| (blue for
 * positive weights, orange for negative ones). Each neuron shows its name inside and its current
 * value underneath; a neuron marked active is filled. Hovering a connection shows its label, e.g.
 * {@code w₁₂⁽¹⁾ = 0.2}.
 */
public final class NetworkDiagramView extends PlotCanvas {
    /** A unit: its name (x₁, a₁⁽¹⁾, …), its value as text (empty while not computed), a bias unit or not. */
    public record Neuron(String name, String value, boolean bias, boolean active) {
    }

    /** A column of units with a title such as "layer 1". */
    public record Column(String title, List<Neuron> neurons) {
        public Column {
            neurons = List.copyOf(neurons);
        }
    }

    /** From unit {@code from} of column {@code column} to unit {@code to} of the next column. */
    public record Connection(int column, int from, int to, double weight, String label) {
    }

    private static final Color POSITIVE = Color.web("#0072B2");
    private static final Color NEGATIVE = Color.web("#E69F00");
    private static final Color ACCENT = Color.web("#CC79A7");

    private final IntegerProperty highlightedColumn = new SimpleIntegerProperty(this, "highlightedColumn", -1);
    private List<Column> columns = List.of();
    private List<Connection> connections = List.of();
    private boolean showWeights;
    private double[][][] centres = new double[0][][];
    private final PointerPosition pointer = PointerPosition.track(this);

    public NetworkDiagramView() {
        getStyleClass().add("network-diagram-view");
        setPrefSize(520, 300);
        highlightedColumn.addListener(obs -> invalidatePlot());
    }

    /** Replaces the drawing; {@code showWeights} writes every connection's label on its line. */
    public void setNetwork(List<Column> columns, List<Connection> connections, boolean showWeights) {
        this.columns = List.copyOf(columns);
        this.connections = List.copyOf(connections);
        this.showWeights = showWeights;
        invalidatePlot();
    }

    /** The column drawn in the accent colour with its incoming connections (e.g. the layer just computed); −1 for none. */
    public IntegerProperty highlightedColumnProperty() {
        return highlightedColumn;
    }

    public List<Column> columns() {
        return columns;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        if (columns.isEmpty()) {
            return;
        }
        double font = fontSize();
        int rows = 1;
        for (Column column : columns) {
            rows = Math.max(rows, column.neurons().size());
        }
        double columnGap = width / columns.size();
        double top = font * 2.2;
        double rowGap = (height - top - font * 0.5) / rows;
        double radius = Math.max(6, Math.min(Math.min(columnGap * 0.16, (rowGap - font * 1.6) / 2), font * 2.2));
        centres = new double[columns.size()][][];
        for (int c = 0; c < columns.size(); c++) {
            List<Neuron> neurons = columns.get(c).neurons();
            centres[c] = new double[neurons.size()][];
            double x = columnGap * (c + 0.5);
            double first = top + (rows - neurons.size()) * rowGap / 2 + rowGap / 2 - font * 0.5;
            for (int n = 0; n < neurons.size(); n++) {
                centres[c][n] = new double[] {x, first + n * rowGap};
            }
            boolean highlighted = c == highlightedColumn.get();
            g.fillText(columns.get(c).title(), x, font * 1.3, TextAlignment.CENTER,
                    highlighted ? ACCENT : foregroundColor(), font);
        }
        drawConnections(g, radius);
        for (int c = 0; c < columns.size(); c++) {
            for (int n = 0; n < columns.get(c).neurons().size(); n++) {
                drawNeuron(g, columns.get(c).neurons().get(n), centres[c][n], radius, c == highlightedColumn.get());
            }
        }
    }

    private void drawConnections(PlotGraphics g, double radius) {
        double largest = 1e-12;
        for (Connection connection : connections) {
            largest = Math.max(largest, Math.abs(connection.weight()));
        }
        double font = fontSize();
        List<Runnable> labels = new ArrayList<>();
        for (Connection connection : connections) {
            double[] from = centre(connection.column(), connection.from());
            double[] to = centre(connection.column() + 1, connection.to());
            if (from == null || to == null) {
                continue;
            }
            boolean highlighted = connection.column() + 1 == highlightedColumn.get();
            Color color = connection.weight() >= 0 ? POSITIVE : NEGATIVE;
            if (!highlighted && highlightedColumn.get() >= 0) {
                color = color.deriveColor(0, 0.6, 1, 0.55);
            }
            double thickness = 0.8 + 3.2 * Math.abs(connection.weight()) / largest;
            g.strokeLine(from[0] + radius, from[1], to[0] - radius, to[1], color, thickness);
            if (showWeights) {
                // level lines carry their label in the middle; slanted ones near their source, where
                // the lines of a fan are still apart and away from the crossings in the middle
                double t = Math.abs(to[1] - from[1]) < 1 ? 0.5 : 0.28;
                double lx = from[0] + radius + (to[0] - from[0] - 2 * radius) * t;
                double ly = from[1] + (to[1] - from[1]) * t;
                labels.add(() -> {
                    double w = textWidth(connection.label(), font * 0.9);
                    g.fillRect(lx - w / 2 - 2, ly - font * 0.8, w + 4, font * 1.1, backgroundColor());
                    g.fillText(connection.label(), lx, ly + font * 0.2, TextAlignment.CENTER, foregroundColor(),
                            font * 0.9);
                });
            }
        }
        labels.forEach(Runnable::run);
    }

    private double[] centre(int column, int neuron) {
        if (column < 0 || column >= centres.length || neuron < 0 || neuron >= centres[column].length) {
            return null;
        }
        return centres[column][neuron];
    }

    private void drawNeuron(PlotGraphics g, Neuron neuron, double[] at, double radius, boolean highlighted) {
        double font = fontSize();
        Color outline = highlighted ? ACCENT : foregroundColor();
        double width = highlighted ? 3 : 1.5;
        if (neuron.bias()) {
            g.fillRect(at[0] - radius, at[1] - radius, 2 * radius, 2 * radius, gridColor().darker());
            g.strokeRect(at[0] - radius, at[1] - radius, 2 * radius, 2 * radius, outline, width);
        } else {
            PlotShapes.fillCircle(g, at[0], at[1], radius,
                    neuron.active() ? POSITIVE.deriveColor(0, 1, 1, 0.45) : backgroundColor());
            PlotShapes.strokeCircle(g, at[0], at[1], radius, outline, width, neuron.name());
        }
        double nameSize = Math.min(font, radius * 0.9);
        g.fillText(neuron.name(), at[0], at[1] + nameSize * 0.35, TextAlignment.CENTER, foregroundColor(), nameSize);
        if (!neuron.value().isEmpty()) {
            g.fillText(neuron.value(), at[0], at[1] + radius + font * 1.05, TextAlignment.CENTER,
                    highlighted ? ACCENT.darker() : foregroundColor(), font * 0.95);
        }
    }

    /** The connection under the mouse: its label written next to the pointer. */
    @Override
    protected void paintOverlay(PlotGraphics g, double width, double height) {
        if (!pointer.inside()) {
            return;
        }
        double hoverX = pointer.x();
        double hoverY = pointer.y();
        Connection nearest = null;
        double best = fontSize() * 0.6;
        for (Connection connection : connections) {
            double[] from = centre(connection.column(), connection.from());
            double[] to = centre(connection.column() + 1, connection.to());
            if (from != null && to != null) {
                double distance = distanceToSegment(hoverX, hoverY, from, to);
                if (distance < best) {
                    best = distance;
                    nearest = connection;
                }
            }
        }
        if (nearest == null) {
            return;
        }
        double font = fontSize();
        double textWidth = textWidth(nearest.label(), font);
        double x = Math.min(hoverX + font, width - textWidth - 6);
        double y = hoverY - font * 0.8;
        g.fillRect(x - 4, y - font, textWidth + 8, font * 1.35, backgroundColor());
        g.strokeRect(x - 4, y - font, textWidth + 8, font * 1.35, gridColor(), 1);
        g.fillText(nearest.label(), x, y, TextAlignment.LEFT, foregroundColor(), font);
    }

    private static double distanceToSegment(double x, double y, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("kind", "column", "name_or_from", "value_or_to", "weight"));
        for (int c = 0; c < columns.size(); c++) {
            for (Neuron neuron : columns.get(c).neurons()) {
                rows.add(List.of("neuron", Integer.toString(c), neuron.name(), neuron.value(), ""));
            }
        }
        for (Connection connection : connections) {
            rows.add(List.of("connection", Integer.toString(connection.column()), Integer.toString(connection.from()),
                    Integer.toString(connection.to()), number(connection.weight())));
        }
        return rows;
    }
}
