package dlfs.app.widgets;

import dlfs.core.tensor.Tensor;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The numbers of a vector or matrix in a grid of cells, like a printed NumPy array: a vector is
 * one row, a matrix its rows. A cell can get an extra style class (e.g. to mark the entries a ReLU
 * mask switches off). Cells carry {@code content-text}: they are data, not translated text.
 */
public final class MatrixView extends GridPane {
    private DoubleFunction<String> format = v -> SignificantDigits.format(v, 4);
    private int rows;
    private int columns;

    public MatrixView() {
        getStyleClass().add("matrix-view");
        setMaxWidth(Region.USE_PREF_SIZE);
        getStylesheets().add(MatrixView.class.getResource("/dlfs/app/css/matrix-view.css").toExternalForm());
    }

    public void setFormat(DoubleFunction<String> format) {
        this.format = format;
    }

    /** Shows the tensor's values. */
    public void show(Tensor values) {
        show(values, i -> null);
    }

    /** Shows the tensor's values; {@code cellStyle} gives an extra style class per flat index, or null. */
    public void show(Tensor values, IntFunction<String> cellStyle) {
        getChildren().clear();
        rows = values.rank() <= 1 ? 1 : values.rows();
        columns = values.rank() == 0 ? 1 : values.cols();
        double[] data = values.data();
        for (int i = 0; i < data.length; i++) {
            Label cell = new Label(format.apply(data[i]));
            cell.getStyleClass().addAll("matrix-cell", "content-text");
            String extra = cellStyle.apply(i);
            if (extra != null) {
                cell.getStyleClass().add(extra);
            }
            cell.setMinWidth(Region.USE_PREF_SIZE);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setAlignment(Pos.CENTER_RIGHT);
            add(cell, i % columns, i / columns);
        }
    }

    /** The text of cell (row, column), as shown. */
    public String cellText(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") outside " + rows + " × " + columns);
        }
        return ((Label) getChildren().get(row * columns + column)).getText();
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return columns;
    }
}
