package dlfs.app.widgets;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Small factories for controls whose texts follow the language: every text is a bundle binding,
 * never a literal. Numbers and code shown as data get the style class {@code content-text}.
 */
public final class BoundControls {
    private BoundControls() {
    }

    /** A wrapping label showing a bundle text. */
    public static Label text(I18n i18n, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key, args));
        label.setWrapText(true);
        return label;
    }

    /** A wrapping label that follows a changing message (empty while it is null). */
    public static Label message(I18n i18n, ObservableValue<Message> message) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(message));
        label.setWrapText(true);
        return label;
    }

    /** A section title inside a panel. */
    public static Label heading(I18n i18n, String key) {
        Label label = text(i18n, key);
        label.getStyleClass().add("overview-heading");
        return label;
    }

    /** A label for numbers or code: not translated, marked {@code content-text}. */
    public static Label data() {
        Label label = new Label();
        label.getStyleClass().add("content-text");
        return label;
    }

    /** A {@link #data()} label that keeps its full width, for the cells of a table. */
    public static Label cell() {
        Label label = data();
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Takes no room while the label is empty (messages that appear only sometimes). */
    public static Label collapseWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A button with a bundle text; a key {@code key + ".tooltip"} becomes its tooltip when asked. */
    public static Button button(I18n i18n, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.binding(key));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Adds the tooltip {@code key} to a button. */
    public static Button withTooltip(I18n i18n, Button button, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.binding(key));
        button.setTooltip(tooltip);
        return button;
    }

    /**
     * One toggle button per value, in a row; the button of the property's value is the selected one,
     * both ways: pressing a button sets the property, setting the property selects its button.
     */
    public static <T> HBox choice(ObjectProperty<T> property, List<T> values,
                                  Function<T, ObservableValue<String>> text, Function<T, String> id) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        for (T value : values) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(text.apply(value));
            button.setId(id.apply(value));
            button.setToggleGroup(group);
            button.setSelected(Objects.equals(property.get(), value));
            button.setOnAction(e -> {
                property.set(value);
                button.setSelected(true);
            });
            property.addListener((obs, old, now) -> button.setSelected(Objects.equals(now, value)));
            row.getChildren().add(button);
        }
        return row;
    }

    public static CheckBox checkBox(I18n i18n, String key) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(i18n.binding(key));
        return box;
    }
}
