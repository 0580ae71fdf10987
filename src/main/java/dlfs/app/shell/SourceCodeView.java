package dlfs.app.shell;

import dlfs.app.i18n.FontFamilies;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Read-only source listing with line numbers and keyword colours. A virtualised list, so a long
 * file costs only the visible lines.
 */
final class SourceCodeView extends ListView<List<JavaHighlighter.Token>> {
    private static final String MONOSPACE = FontFamilies.firstAvailable(FontFamilies.MONOSPACE, Font.getFamilies())
            .orElse("Monospaced");

    SourceCodeView() {
        getStyleClass().addAll("source-code", "content-text");
        setStyle("-fx-font-family: \"" + MONOSPACE + "\";");
        setFocusTraversable(true);
        setCellFactory(list -> new LineCell());
    }

    void show(List<String> lines) {
        setItems(FXCollections.observableArrayList(JavaHighlighter.highlight(lines)));
        scrollTo(0);
    }

    private final class LineCell extends ListCell<List<JavaHighlighter.Token>> {
        private final Label number = new Label();
        private final TextFlow code = new TextFlow();
        private final HBox row = new HBox(12, number, code);

        LineCell() {
            number.getStyleClass().add("line-number");
            number.setMinWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(List<JavaHighlighter.Token> tokens, boolean empty) {
            super.updateItem(tokens, empty);
            if (empty || tokens == null) {
                setGraphic(null);
                return;
            }
            number.setText(String.format("%4d", getIndex() + 1));
            code.getChildren().setAll(tokens.stream().map(token -> {
                Text text = new Text(token.text());
                text.getStyleClass().add("code-" + token.kind().name().toLowerCase(java.util.Locale.ROOT));
                return text;
            }).toList());
            setGraphic(row);
        }
    }
}
