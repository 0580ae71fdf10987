package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A confusion matrix: row = true class, column = predicted class, each cell the number of samples.
 * Correct answers (the diagonal) are tinted green, mistakes orange, darker for more; a column on
 * the right gives each class's accuracy. Clicking a cell selects that (true, predicted) pair, which
 * a gallery of mistakes can follow.
 */
public final class ConfusionMatrixView extends PlotCanvas {
    private static final Color CORRECT = Color.web("#009E73");
    private static final Color WRONG = Color.web("#D55E00");

    private final StringProperty trueLabel = new SimpleStringProperty(this, "trueLabel", "");
    private final StringProperty predictedLabel = new SimpleStringProperty(this, "predictedLabel", "");
    private final StringProperty accuracyLabel = new SimpleStringProperty(this, "accuracyLabel", "");
    private final IntegerProperty selectedTrue = new SimpleIntegerProperty(this, "selectedTrue", -1);
    private final IntegerProperty selectedPredicted = new SimpleIntegerProperty(this, "selectedPredicted", -1);
    private int[][] counts = new int[0][0];
    private List<String> classNames = List.of();
    private double gridLeft;
    private double gridTop;
    private double cell;

    public ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix-view");
        for (StringProperty label : List.of(trueLabel, predictedLabel, accuracyLabel)) {
            label.addListener(obs -> invalidatePlot());
        }
        selectedTrue.addListener(obs -> invalidatePlot());
        selectedPredicted.addListener(obs -> invalidatePlot());
        setOnMouseClicked(e -> {
            int column = (int) Math.floor((e.getX() - gridLeft) / cell);
            int row = (int) Math.floor((e.getY() - gridTop) / cell);
            if (cell > 0 && row >= 0 && row < counts.length && column >= 0 && column < counts.length) {
                select(row, column);
            }
        });
        setPrefSize(440, 400);
        setMinSize(260, 240);
    }

    /** A square table of counts, rows = true class; clears the selection. */
    public void setCounts(int[][] counts, List<String> classNames) {
        for (int[] row : counts) {
            if (row.length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix must be square, got a row of " + row.length
                        + " in " + counts.length + " rows");
            }
        }
        if (classNames.size() != counts.length) {
            throw new IllegalArgumentException(counts.length + " classes but " + classNames.size() + " class names");
        }
        this.counts = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            this.counts[i] = counts[i].clone();
        }
        this.classNames = List.copyOf(classNames);
        select(-1, -1);
        invalidatePlot();
    }

    public int count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** Selects a cell, or clears the selection with (−1, −1). */
    public void select(int truth, int predicted) {
        selectedTrue.set(truth);
        selectedPredicted.set(predicted);
    }

    public IntegerProperty selectedTrueProperty() {
        return selectedTrue;
    }

    public IntegerProperty selectedPredictedProperty() {
        return selectedPredicted;
    }

    /** Title of the rows (e.g. "true"); bind it to a bundle text. */
    public StringProperty trueLabelProperty() {
        return trueLabel;
    }

    public StringProperty predictedLabelProperty() {
        return predictedLabel;
    }

    /** Heading of the per-class accuracy column. */
    public StringProperty accuracyLabelProperty() {
        return accuracyLabel;
    }

    /** Centre of a cell in widget coordinates after the last paint. */
    public double[] cellCentre(int truth, int predicted) {
        return new double[] {gridLeft + (predicted + 0.5) * cell, gridTop + (truth + 0.5) * cell};
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        int n = counts.length;
        if (n == 0) {
            return;
        }
        double font = fontSize();
        double accuracyWidth = Math.max(textWidth(accuracyLabel.get(), font * 0.9), textWidth("100.0 %", font * 0.9)) + font;
        double left = Math.max(font * 3.2, textWidth(trueLabel.get(), font) + font);
        double top = font * 3.2;
        cell = Math.max(4, Math.min((width - left - accuracyWidth - 4) / n, (height - top - 4) / n));
        gridLeft = left;
        gridTop = top;
        int maxCorrect = 1;
        int maxWrong = 1;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                if (t == p) {
                    maxCorrect = Math.max(maxCorrect, counts[t][p]);
                } else {
                    maxWrong = Math.max(maxWrong, counts[t][p]);
                }
            }
        }
        Color text = foregroundColor();
        g.fillText(predictedLabel.get(), left + n * cell / 2, font * 1.1, TextAlignment.CENTER, text, font);
        g.fillText(trueLabel.get(), 2, font * 2.6, TextAlignment.LEFT, text, font);
        g.fillText(accuracyLabel.get(), left + n * cell + accuracyWidth / 2, font * 2.6, TextAlignment.CENTER, text, font * 0.9);
        double cellFont = Math.min(font, cell * 0.38);
        for (int t = 0; t < n; t++) {
            double y = top + t * cell;
            g.fillText(classNames.get(t), left - font * 0.5, y + cell / 2 + font * 0.35, TextAlignment.RIGHT, text, font);
            g.fillText(classNames.get(t), left + t * cell + cell / 2, top - font * 0.5, TextAlignment.CENTER, text, font);
            int rowTotal = 0;
            for (int p = 0; p < n; p++) {
                rowTotal += counts[t][p];
                int c = counts[t][p];
                double x = left + p * cell;
                if (c > 0) {
                    double share = t == p ? (double) c / maxCorrect : Math.sqrt((double) c / maxWrong);
                    g.fillRect(x, y, cell, cell, backgroundColor().interpolate(t == p ? CORRECT : WRONG, 0.15 + 0.6 * share));
                    g.fillText(Integer.toString(c), x + cell / 2, y + cell / 2 + cellFont * 0.36, TextAlignment.CENTER, text,
                            Math.min(cellFont, cell * 0.95 / (0.6 * Integer.toString(c).length())));
                }
                g.strokeRect(x, y, cell, cell, gridColor(), 1);
            }
            String accuracy = rowTotal == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * counts[t][t] / rowTotal);
            g.fillText(accuracy, left + n * cell + accuracyWidth - font * 0.3, y + cell / 2 + font * 0.35, TextAlignment.RIGHT,
                    text, font * 0.9);
        }
        if (selectedTrue.get() >= 0 && selectedPredicted.get() >= 0) {
            g.strokeRect(left + selectedPredicted.get() * cell, top + selectedTrue.get() * cell, cell, cell,
                    SERIES_COLORS.get(0), 3);
        }
        g.strokeRect(left, top, n * cell, n * cell, text, 1);
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("true", "predicted", "count"));
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                rows.add(List.of(classNames.get(t), classNames.get(p), Integer.toString(counts[t][p])));
            }
        }
        return rows;
    }
}
