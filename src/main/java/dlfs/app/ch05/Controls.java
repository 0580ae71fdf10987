package dlfs.app.ch05;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.SignificantDigits;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders shared by the chapter 5 panels: every text is a binding to the bundles. */
final class Controls {
    private Controls() {
    }

    static Label label(I18n i18n, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key, args));
        label.setWrapText(true);
        return label;
    }

    /** A label following a changing message (empty while it is null). */
    static Label label(I18n i18n, ObservableValue<Message> message) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(message));
        label.setWrapText(true);
        return label;
    }

    static Label heading(I18n i18n, String key) {
        Label label = label(i18n, key);
        label.getStyleClass().add("ch05-heading");
        return label;
    }

    /** A label for numbers and code: shown as data, never translated. */
    static Label data(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("content-text");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The label next to an input that says what is wrong with it. */
    static Label error() {
        Label label = new Label();
        label.getStyleClass().add("ch05-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    static Button button(I18n i18n, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.binding(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Adds a tooltip from {@code key + ".tooltip"}. */
    static <T extends Control> T tip(I18n i18n, T control, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.binding(key + ".tooltip"));
        control.setTooltip(tooltip);
        return control;
    }

    /** A small whole-number spinner that stays wide enough for its digits at any font size. */
    static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.getEditor().setPrefColumnCount(3);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return spinner;
    }

    static TextField field(String text, double columns) {
        TextField field = new TextField(text);
        field.setPrefColumnCount((int) columns);
        field.getStyleClass().add("content-text");
        return field;
    }

    static HBox row(double spacing, javafx.scene.Node... children) {
        HBox box = new HBox(spacing, children);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static VBox column(double spacing, javafx.scene.Node... children) {
        return new VBox(spacing, children);
    }

    /** A number in full (up to 10 significant digits), as the tables show it. */
    static String full(double value) {
        return SignificantDigits.format(value, 10);
    }

    /** A small difference in scientific notation, e.g. "3.1e-12". */
    static String difference(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1e", value) : "—";
    }
}
