package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: the current training job and its controls, whichever page is open. */
final class StatusBar extends HBox {
    StatusBar(StatusBarViewModel model, I18n i18n) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label title = label(model.titleProperty(), "status-title");
        Label state = label(model.stateProperty(), "status-state");
        Label iteration = label(model.iterationProperty(), "status-iteration");
        Label loss = label(model.lossProperty(), "status-loss");
        Label eta = label(model.etaProperty(), "status-eta");
        Label detail = label(model.detailProperty(), "status-detail");
        Label speed = label(model.speedProperty(), "status-speed");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(160);
        progress.visibleProperty().bind(model.canCancelProperty().or(model.progressProperty().greaterThan(0)));
        progress.setMinWidth(40);
        for (Label measured : new Label[] {state, iteration, loss, eta, speed}) {
            measured.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);

        getChildren().addAll(title, state, iteration, loss, eta, progress, detail, spring, speed,
                button("status.pause", "pause", model.canPauseProperty().not(), model::pause, i18n),
                button("status.step", "step", model.canStepProperty().not(), model::step, i18n),
                button("status.resume", "resume", model.canResumeProperty().not(), model::resume, i18n),
                button("status.cancel", "cancel", model.canCancelProperty().not(), model::cancel, i18n));
    }

    private static Label label(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }

    private static Button button(String key, String id, javafx.beans.value.ObservableValue<Boolean> disabled,
                                 Runnable action, I18n i18n) {
        Button button = new Button();
        button.setId("status-" + id);
        button.textProperty().bind(i18n.binding(key));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.binding(key + ".tooltip"));
        button.setTooltip(tooltip);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
