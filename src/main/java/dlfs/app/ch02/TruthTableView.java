package dlfs.app.ch02;

import dlfs.app.widgets.BoundControls;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A truth table of four rows in the book's order, as a grid of labels: a header row (each header a
 * text that may follow the language) and cells set by the panel. The last column is the verdict,
 * ✓ in green or ✗ in red.
 */
final class TruthTableView extends GridPane {
    private static final String PASS = "-fx-text-fill: #009e73; -fx-font-weight: bold;";
    private static final String FAIL = "-fx-text-fill: #d55e00; -fx-font-weight: bold;";

    private final Label[][] cells;

    /** @param headers one text per column, the verdict column included */
    TruthTableView(List<ObservableValue<String>> headers) {
        getStyleClass().add("truth-table");
        setHgap(14);
        setVgap(4);
        setPadding(new Insets(6, 10, 6, 10));
        setStyle("-fx-border-color: -dlfs-rule; -fx-border-radius: 6;");
        cells = new Label[4][headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            Label header = new Label();
            header.textProperty().bind(headers.get(c));
            header.setStyle("-fx-font-weight: bold;");
            header.setMinWidth(Region.USE_PREF_SIZE);
            add(header, c, 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.CENTER);
            getColumnConstraints().add(column);
            for (int r = 0; r < 4; r++) {
                cells[r][c] = BoundControls.cell();
                cells[r][c].setId("truth-" + r + "-" + c);
                add(cells[r][c], c, r + 1);
            }
        }
    }

    /** Writes one row: the values of every column but the last, then the verdict. */
    void setRow(int row, boolean passes, String... values) {
        for (int c = 0; c < values.length; c++) {
            cells[row][c].setText(values[c]);
        }
        Label verdict = cells[row][cells[row].length - 1];
        verdict.setText(passes ? "✓" : "✗");
        verdict.setStyle(passes ? PASS : FAIL);
    }

    String cell(int row, int column) {
        return cells[row][column].getText();
    }
}
