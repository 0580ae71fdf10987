package dlfs.app.ch04;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every chapter-4 panel is built from, so that they look and behave alike. */
final class PanelParts {
    private static final String STYLESHEET =
            Objects.requireNonNull(PanelParts.class.getResource("chapter4.css"), "chapter4.css").toExternalForm();

    private PanelParts() {
    }

    /** The panel: its sections one under the other, scrolling when the window is small. */
    static ScrollPane panel(Node... sections) {
        VBox content = new VBox(12, sections);
        content.setPadding(new Insets(14, 18, 18, 18));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(STYLESHEET);
        return scroll;
    }

    /** Wrapping text from the bundle. */
    static Label text(I18n i18n, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key, args));
        label.setWrapText(true);
        return label;
    }

    static Label hint(I18n i18n, String key) {
        Label label = text(i18n, key);
        label.getStyleClass().add("ch04-hint");
        return label;
    }

    static Label heading(I18n i18n, String key) {
        Label label = text(i18n, key);
        label.getStyleClass().add("overview-heading");
        return label;
    }

    /** A computed number or vector; its text is data, not a translation. */
    static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("content-text");
        label.setWrapText(true);
        return label;
    }

    /** A number in a table: on one line, never squeezed. */
    static Label cell(String id) {
        Label label = value(id);
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A message that follows the language, hidden (and taking no room) while there is none. */
    static Label message(I18n i18n, ObservableValue<Message> message, String styleClass, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(i18n.binding(message));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Button button(I18n i18n, String key, String id, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.binding(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * One radio button per value, in step with the property both ways; each button's id is
     * {@code idPrefix} and the value's name in lower case with hyphens (e.g. {@code diff-function-book-f1}).
     */
    static <E extends Enum<E>> FlowPane choices(I18n i18n, E[] values, Function<E, String> keyOf, String idPrefix,
                                                ObjectProperty<E> property) {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane(14, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        for (E value : values) {
            RadioButton choice = new RadioButton();
            choice.setId(idPrefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.textProperty().bind(i18n.binding(keyOf.apply(value)));
            choice.setToggleGroup(group);
            choice.setUserData(value);
            choice.setSelected(property.get() == value);
            row.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(property.get().getDeclaringClass().cast(now.getUserData()));
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        return row;
    }

    /** A text field typing into a {@link NumberInput}. */
    static TextField field(NumberInput input, String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(input.textProperty());
        field.getStyleClass().add("content-text");
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    /** The message next to a field, in the error style. */
    static Label fieldError(I18n i18n, NumberInput input, String id) {
        return message(i18n, input.errorProperty(), "ch04-error", id);
    }
}
