package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.page.Page;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The side panel: our explanation of the current page, its formulas, and the real source of the
 * core classes it runs.
 */
final class InfoPane extends TabPane {
    private final I18n i18n;
    private final Label explanation = wrapping("info-explanation");
    private final Label formulas = wrapping("formula");
    private final ComboBox<Class<?>> sourceChoice = new ComboBox<>();
    private final Label sourcePath = new Label();
    private final SourceCodeView code = new SourceCodeView();
    private final Label noSource = wrapping("info-placeholder");
    private final Tab codeTab;

    InfoPane(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("info-pane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinWidth(0);

        sourceChoice.setCellFactory(list -> new ClassNameCell());
        sourceChoice.setButtonCell(new ClassNameCell());
        sourceChoice.valueProperty().addListener((obs, old, type) -> showClass(type));
        sourcePath.getStyleClass().addAll("source-path", "content-text");
        noSource.textProperty().bind(i18n.binding("info.code.none"));
        HBox sourceBar = new HBox(8, sourceChoice, sourcePath);
        sourceBar.setPadding(new Insets(6));
        BorderPane codePane = new BorderPane(new StackPane(code, noSource));
        codePane.setTop(sourceBar);

        codeTab = tab("info.tab.code", codePane);
        getTabs().addAll(tab("info.tab.explanation", scrolling(explanation)), tab("info.tab.formulas",
                scrolling(formulas)), codeTab);
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(i18n.binding(key));
        tab.setContent(content);
        return tab;
    }

    private static ScrollPane scrolling(Label label) {
        ScrollPane scroll = new ScrollPane(label);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        return scroll;
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    void showPage(Page page) {
        explanation.textProperty().bind(i18n.binding(page.explanationKey()));
        formulas.textProperty().bind(i18n.binding(page.formulasKey()));
        sourceChoice.setItems(FXCollections.observableArrayList(page.sourceClasses()));
        sourceChoice.setValue(page.sourceClasses().isEmpty() ? null : page.sourceClasses().get(0));
        showClass(sourceChoice.getValue());
    }

    /** Opens the Code tab on a core class (added to the choice if the page did not list it). */
    void showSource(Class<?> type) {
        if (!sourceChoice.getItems().contains(type)) {
            List<Class<?>> items = new ArrayList<>(sourceChoice.getItems());
            items.add(type);
            sourceChoice.setItems(FXCollections.observableArrayList(items));
        }
        sourceChoice.setValue(type);
        getSelectionModel().select(codeTab);
    }

    private void showClass(Class<?> type) {
        List<String> lines = type == null ? List.of() : SourceCode.lines(type).orElse(List.of());
        code.show(lines);
        code.setVisible(!lines.isEmpty());
        noSource.setVisible(lines.isEmpty());
        sourceChoice.setVisible(type != null);
        sourcePath.setText(type == null ? "" : SourceCode.resourcePath(type).substring("source/".length()));
    }

    private static final class ClassNameCell extends ListCell<Class<?>> {
        ClassNameCell() {
            getStyleClass().add("content-text");
        }

        @Override
        protected void updateItem(Class<?> type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty || type == null ? null : type.getSimpleName());
        }
    }
}
