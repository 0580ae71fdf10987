package dlfs.app.ch07;

import dlfs.app.widgets.NumberGridView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A small matrix of editable numbers (an input image, a filter). Every cell is checked as it is
 * typed: a cell that is not a number between −{@value #LIMIT} and {@value #LIMIT} is framed red and
 * the matrix reports itself invalid, and {@link #valuesProperty()} keeps the last valid matrix, so
 * nothing unchecked reaches the core. Cells can be lit up to show a filter window.
 */
public final class MatrixEditor extends GridPane {
    /** Largest magnitude a cell accepts: the grids stay readable. */
    public static final double LIMIT = 999;

    private final String idPrefix;
    private final List<TextField> fields = new ArrayList<>();
    private final ReadOnlyObjectWrapper<double[]> values = new ReadOnlyObjectWrapper<>(this, "values", new double[0]);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private int rows;
    private int columns;
    private boolean settingValues;

    /** @param idPrefix cells get the ids {@code <prefix>-<row>-<column>} */
    public MatrixEditor(String idPrefix, int rows, int columns, double[] initial) {
        this.idPrefix = idPrefix;
        setHgap(3);
        setVgap(3);
        setValues(rows, columns, initial);
    }

    /** Rebuilds the cells for a new size and fills them. */
    public void setValues(int rows, int columns, double[] initial) {
        if (initial.length != rows * columns) {
            throw new IllegalArgumentException("a " + rows + "×" + columns + " matrix needs " + rows * columns
                    + " values, got " + initial.length);
        }
        if (rows != this.rows || columns != this.columns) {
            getChildren().clear();
            fields.clear();
            this.rows = rows;
            this.columns = columns;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    TextField field = new TextField();
                    field.setId(idPrefix + "-" + r + "-" + c);
                    field.getStyleClass().add("matrix-cell");
                    field.setPrefColumnCount(3);
                    field.textProperty().addListener(obs -> {
                        if (!settingValues) {
                            parseAll();
                        }
                    });
                    fields.add(field);
                    add(field, c, r);
                }
            }
        }
        settingValues = true;
        for (int i = 0; i < initial.length; i++) {
            fields.get(i).setText(NumberGridView.format(initial[i]));
        }
        settingValues = false;
        parseAll();
    }

    private void parseAll() {
        double[] parsed = new double[fields.size()];
        boolean allValid = true;
        for (int i = 0; i < fields.size(); i++) {
            TextField field = fields.get(i);
            double v = parse(field.getText());
            boolean ok = !Double.isNaN(v);
            field.getStyleClass().remove("invalid");
            if (!ok) {
                field.getStyleClass().add("invalid");
                allValid = false;
            }
            parsed[i] = v;
        }
        valid.set(allValid);
        if (allValid) {
            values.set(parsed);
        }
    }

    /** The number in a cell, or NaN when it is not a number in [−LIMIT, LIMIT]. Accepts "−" for minus. */
    static double parse(String text) {
        String cleaned = text == null ? "" : text.trim().replace('−', '-').replace(',', '.');
        if (cleaned.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(cleaned);
            return Double.isFinite(v) && Math.abs(v) <= LIMIT ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The last valid matrix, row-major. */
    public ReadOnlyObjectProperty<double[]> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public double[] getValues() {
        return values.get().clone();
    }

    /** False while some cell does not hold an acceptable number. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public TextField field(int row, int column) {
        return fields.get(row * columns + column);
    }

    /** Lights up the cells under a window (row-major indices) and frames one active cell (−1 for none). */
    public void highlight(Set<Integer> window, int active) {
        for (int i = 0; i < fields.size(); i++) {
            ObservableList<String> classes = fields.get(i).getStyleClass();
            classes.removeAll("in-window", "active-cell");
            if (window.contains(i)) {
                classes.add("in-window");
            }
            if (i == active) {
                classes.add("active-cell");
            }
        }
    }
}
