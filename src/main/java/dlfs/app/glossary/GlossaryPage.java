package dlfs.app.glossary;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Japanese ⇄ English terms of the book, filtered as you type in either language. */
public final class GlossaryPage extends AbstractPage {
    public static final String ID = "glossary";
    public static final String KEY = Chapter.REFERENCE.id() + "." + ID;

    private final FilteredList<GlossaryTerm> terms = new FilteredList<>(FXCollections.observableList(Glossary.load()));
    private TextField filter;

    public GlossaryPage(PageContext context) {
        super(context, Chapter.REFERENCE, ID);
    }

    @Override
    public List<String> textKeys() {
        return List.of(titleKey(), navigatorTitleKey(), explanationKey(), formulasKey(), "glossary.filter", "glossary.filter.prompt",
                "glossary.column.japanese", "glossary.column.english", "glossary.column.chapter", "glossary.count",
                "glossary.empty");
    }

    @Override
    protected Node createView() {
        filter = new TextField();
        filter.setId("glossary-filter");
        filter.promptTextProperty().bind(i18n().binding("glossary.filter.prompt"));
        filter.textProperty().addListener((obs, old, query) -> terms.setPredicate(t -> Glossary.matches(t, query)));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label filterLabel = new Label();
        filterLabel.textProperty().bind(i18n().binding("glossary.filter"));
        filterLabel.setLabelFor(filter);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n().text("glossary.count", terms.size()), terms, i18n().bundleProperty()));
        HBox bar = new HBox(8, filterLabel, filter, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<GlossaryTerm> table = new TableView<>(terms);
        table.setId("glossary-table");
        table.getStyleClass().add("glossary-table");
        table.getColumns().add(column("glossary.column.japanese", GlossaryTerm::japanese, 0.38));
        table.getColumns().add(column("glossary.column.english", GlossaryTerm::english, 0.47));
        table.getColumns().add(column("glossary.column.chapter", GlossaryTerm::chapter, 0.12));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(i18n().binding("glossary.empty"));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox view = new VBox(10, bar, table);
        view.setPadding(new Insets(12, 16, 12, 16));
        return view;
    }

    @Override
    public void reset() {
        if (filter != null) {
            filter.clear();
        }
    }

    private TableColumn<GlossaryTerm, String> column(String key, java.util.function.Function<GlossaryTerm, String> value,
                                                     double share) {
        TableColumn<GlossaryTerm, String> column = new TableColumn<>();
        column.textProperty().bind(i18n().binding(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.getStyleClass().add("content-text");
        column.setMaxWidth(1f * Integer.MAX_VALUE * share);
        return column;
    }
}
