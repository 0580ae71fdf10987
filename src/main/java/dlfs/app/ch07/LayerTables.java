package dlfs.app.ch07;

import dlfs.app.i18n.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A network's architecture as a table: layer, output shape, parameter shapes, parameter count, and a total row. */
public final class LayerTables {
    private LayerTables() {
    }

    public static TableView<LayerSummary> table(I18n i18n, List<LayerSummary> rows) {
        TableView<LayerSummary> table = new TableView<>();
        table.getStyleClass().add("content-text");
        table.getColumns().add(column(i18n, "ch07.layers.layer",
                row -> row.layer().isEmpty() ? i18n.text("ch07.layers.input") : row.layer()));
        table.getColumns().add(column(i18n, "ch07.layers.output", LayerSummary::shapeText));
        table.getColumns().add(column(i18n, "ch07.layers.parameters", LayerSummary::parameterShapes));
        double[] widths = {0.17, 0.25, 0.42, 0.16};
        for (int i = 0; i < widths.length - 1; i++) {
            table.getColumns().get(i).prefWidthProperty().bind(table.widthProperty().subtract(20).multiply(widths[i]));
        }
        TableColumn<LayerSummary, String> count = column(i18n, "ch07.layers.count",
                row -> row.parameters() == 0 && row.parameterShapes().isEmpty() ? "" : LayerSummary.count(row.parameters()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(count);
        table.getItems().setAll(rows);
        table.getItems().add(new LayerSummary("Σ", new int[0], "", LayerSummary.total(rows)));
        i18n.bundleProperty().addListener(obs -> table.refresh());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(table.getItems().size() + 1.4));
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    private static TableColumn<LayerSummary, String> column(I18n i18n, String key, Function<LayerSummary, String> value) {
        TableColumn<LayerSummary, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.binding(key));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
