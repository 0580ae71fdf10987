package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Labels of the playground's panes, their texts bound to the bundles so they follow the language. */
final class Texts {
    private Texts() {
    }

    static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key));
        label.setWrapText(true);
        return label;
    }

    /** A label showing a changing message (empty while it is null). */
    static Label label(I18n i18n, ObservableValue<Message> message) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(message));
        label.setWrapText(true);
        return label;
    }

    static Label heading(I18n i18n, String key) {
        Label heading = label(i18n, key);
        heading.getStyleClass().add("overview-heading");
        return heading;
    }

    /** A button with the text {@code key} and the tooltip {@code key.tooltip}. */
    static Button button(I18n i18n, String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.binding(key));
        button.setTooltip(tooltip(i18n, key + ".tooltip"));
        button.setOnAction(e -> action.run());
        return button;
    }

    static Tooltip tooltip(I18n i18n, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.binding(key));
        return tip;
    }

    /** An accuracy as "97.3%", or "–" when it was not measured (NaN). */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A notice that takes no room while it is empty. */
    static Label shownWhenSet(Label notice) {
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        return notice;
    }

    /** Numbers and measurements shown as data. */
    static Label data(Label label) {
        label.getStyleClass().add("content-text");
        return label;
    }
}
