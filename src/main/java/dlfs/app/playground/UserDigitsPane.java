package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.core.data.ImageDataset;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Your digits": label the drawing and add it to a data set of one's own on disk, see how many of
 * each digit it holds, and fine-tune the chosen model on them.
 */
final class UserDigitsPane extends VBox {
    UserDigitsPane(I18n i18n, PlaygroundViewModel model) {
        super(8);
        ToggleGroup labels = new ToggleGroup();
        FlowPane labelButtons = new FlowPane(4, 4);
        for (int digit = 0; digit < DigitRecognizer.CLASSES; digit++) {
            ToggleButton button = new ToggleButton();
            button.setText(Integer.toString(digit));
            button.setUserData(digit);
            button.setId("playground-label-" + digit);
            button.setToggleGroup(labels);
            button.setMinWidth(32);
            labelButtons.getChildren().add(button);
        }
        labels.selectedToggleProperty().addListener((obs, old, now) ->
                model.labelProperty().set(now == null ? -1 : (Integer) now.getUserData()));
        model.labelProperty().addListener((obs, old, now) -> labels.selectToggle(now.intValue() < 0 ? null
                : (ToggleButton) labelButtons.getChildren().get(now.intValue())));

        Button add = Texts.button(i18n, "playground-add", "playground.digits.add", model::addDrawing);
        add.disableProperty().bind(model.canAddProperty().not());
        HBox labelRow = new HBox(8, Texts.label(i18n, "playground.digits.label"), labelButtons, add);
        labelRow.setAlignment(Pos.CENTER_LEFT);

        Label counts = Texts.data(new Label());
        counts.setId("playground-digit-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(i18n, model.storedDigitsProperty().get()),
                model.storedDigitsProperty(), i18n.bundleProperty()));
        counts.setWrapText(true);
        Label folder = Texts.data(new Label());
        folder.textProperty().bind(i18n.binding("playground.digits.folder", model.userDigitsFolder().toString()));
        folder.setWrapText(true);
        folder.getStyleClass().add("page-position");

        Button fineTune = Texts.button(i18n, "playground-fine-tune", "playground.digits.fineTune",
                model::fineTuneSelected);
        fineTune.disableProperty().bind(model.canFineTuneProperty().not());

        getChildren().addAll(Texts.label(i18n, "playground.digits.lead"), labelRow,
                Texts.shownWhenSet(Texts.label(i18n, model.digitsNoticeProperty())), counts, folder, fineTune);
    }

    /** "12 digits stored: 0 ×2 · 1 ×3 · …", or that none are. */
    private static String countsText(I18n i18n, ImageDataset digits) {
        if (digits == null || digits.size() == 0) {
            return i18n.text("playground.digits.none");
        }
        StringBuilder perDigit = new StringBuilder();
        int[] counts = digits.labelCounts();
        for (int digit = 0; digit < counts.length; digit++) {
            if (counts[digit] > 0) {
                perDigit.append(perDigit.length() == 0 ? "" : " · ").append(digit).append(" ×").append(counts[digit]);
            }
        }
        return i18n.text("playground.digits.count", digits.size(), perDigit.toString());
    }
}
