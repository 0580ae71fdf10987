package dlfs.app.shell;

import dlfs.app.glossary.GlossaryPage;
import dlfs.app.i18n.I18n;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help menu: glossary page, keyboard shortcuts and the about box (licences, data provenance). */
final class HelpDialogs {
    /** Bundle key stems of the shortcuts listed in the dialog ({@code <stem>.keys}, {@code <stem>.action}). */
    static final List<String> SHORTCUTS = List.of(
            "shortcut.next", "shortcut.previous", "shortcut.presentation", "shortcut.playPause", "shortcut.step",
            "shortcut.faster", "shortcut.slower", "shortcut.reset", "shortcut.infoPane", "shortcut.fontSize",
            "shortcut.glossary");

    private final ShellViewModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;

    HelpDialogs(ShellViewModel model, I18n i18n, Supplier<Window> owner) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
    }

    void showGlossary() {
        model.open(GlossaryPage.KEY);
    }

    void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label keys = label(SHORTCUTS.get(row) + ".keys");
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, label(SHORTCUTS.get(row) + ".action"));
        }
        show("help.shortcuts.title", grid);
    }

    void showAbout() {
        VBox box = new VBox(10, label("about.heading"), label("about.text"), label("about.licences.heading"),
                label("about.licences"), label("about.data.heading"), label("about.data"),
                label("about.models.heading"), label("about.models"));
        box.getChildren().get(0).getStyleClass().add("overview-heading");
        box.setPrefWidth(560);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        show("help.about.title", scroll);
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key));
        label.setWrapText(true);
        return label;
    }

    private void show(String titleKey, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.titleProperty().bind(i18n.binding(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.text("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Scene scene = owner.get() == null ? null : owner.get().getScene();
        if (scene != null) {
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            dialog.getDialogPane().setStyle(scene.getRoot().getStyle());
        }
        dialog.showAndWait();
    }
}
