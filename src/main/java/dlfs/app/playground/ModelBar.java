package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.playground.DigitModel.State;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Which network reads the drawing: the chooser, a line about the chosen model, "Train it here"
 * when its pretrained file is not shipped, and "Open model file…".
 */
final class ModelBar extends VBox {
    ModelBar(I18n i18n, PlaygroundViewModel model) {
        super(6);
        ComboBox<DigitModel> chooser = new ComboBox<>(model.models());
        chooser.setId("playground-model");
        chooser.valueProperty().bindBidirectional(model.selectedModelProperty());
        chooser.setCellFactory(list -> new ModelCell(i18n));
        chooser.setButtonCell(new ModelCell(i18n));
        chooser.setMinWidth(240);

        Button train = Texts.button(i18n, "playground-train", "playground.model.train", model::trainSelected);
        train.visibleProperty().bind(model.canTrainProperty());
        train.managedProperty().bind(train.visibleProperty());
        Button open = Texts.button(i18n, "playground-open", "playground.model.open", () -> {
            FileChooser files = new FileChooser();
            files.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("file.filter.model"), "*.npz"));
            File file = files.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.open(file.toPath());
            }
        });

        Label detail = Texts.data(new Label());
        detail.setWrapText(true);
        model.selectedModelProperty().addListener((obs, old, now) -> bindDetail(i18n, detail, now));
        bindDetail(i18n, detail, model.selectedModelProperty().get());

        Label label = Texts.label(i18n, "playground.model.label");
        label.setStyle("-fx-font-weight: bold;");
        FlowPane row = new FlowPane(8, 6, label, chooser, train, open);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, detail, Texts.shownWhenSet(Texts.label(i18n, model.modelNoticeProperty())),
                Texts.shownWhenSet(Texts.data(Texts.label(i18n, model.jobNoticeProperty()))));
    }


    private static void bindDetail(I18n i18n, Label detail, DigitModel model) {
        detail.textProperty().unbind();
        if (model != null) {
            detail.textProperty().bind(i18n.binding(model.detailProperty()));
        }
    }

    /** A model's title and, unless it is ready, its state, in the current language. */
    static StringBinding titleOf(I18n i18n, DigitModel model) {
        return Bindings.createStringBinding(() -> model.getState() == State.READY ? i18n.text(model.title())
                        : i18n.text("playground.model.withState", i18n.text(model.title()),
                        i18n.text(model.getState().textKey())),
                i18n.bundleProperty(), model.stateProperty());
    }

    private static final class ModelCell extends ListCell<DigitModel> {
        private final I18n i18n;

        ModelCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(DigitModel item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(titleOf(i18n, item));
            }
        }
    }
}
