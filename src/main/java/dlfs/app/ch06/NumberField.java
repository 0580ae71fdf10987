package dlfs.app.ch06;

import dlfs.app.i18n.I18n;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A text field for one number, checked while the user types: a valid value reaches the property at
 * once, anything else leaves the property alone and shows under the field what is allowed.
 */
final class NumberField extends VBox {
    /** What a field accepts; the message key takes the bounds as {0} and {1}. */
    record Rule(double min, boolean minIncluded, double max, boolean maxIncluded, boolean wholeNumber, String messageKey) {
        /** 0 < v ≤ max. */
        static Rule positive(double max) {
            return new Rule(0, false, max, true, false, "ch06.input.positive");
        }

        /** 0 ≤ v < 1 (momentum, decay, β). */
        static Rule fraction() {
            return new Rule(0, true, 1, false, false, "ch06.input.fraction");
        }

        /** min ≤ v ≤ max. */
        static Rule between(double min, double max) {
            return new Rule(min, true, max, true, false, "ch06.input.between");
        }

        /** A whole number in [min, max]. */
        static Rule whole(int min, int max) {
            return new Rule(min, true, max, true, true, "ch06.input.whole");
        }

        boolean accepts(double v) {
            return Double.isFinite(v) && (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max)
                    && (!wholeNumber || v == Math.rint(v));
        }
    }

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Rule rule;
    private final DoubleSupplier getter;
    private final DoubleConsumer setter;

    private NumberField(I18n i18n, Rule rule, DoubleSupplier getter, DoubleConsumer setter, Observable source) {
        this.rule = rule;
        this.getter = getter;
        this.setter = setter;
        getStyleClass().add("number-field");
        field.getStyleClass().add("content-text");
        field.setPrefColumnCount(6);
        error.textProperty().bind(i18n.binding(rule.messageKey(), Numbers.format(rule.min()), Numbers.format(rule.max())));
        error.setStyle("-fx-text-fill: -dlfs-code-string; -fx-font-size: 0.85em;");
        error.setWrapText(true);
        error.setMaxWidth(220);
        showError(false);
        field.setText(Numbers.format(getter.getAsDouble()));
        field.textProperty().addListener((obs, old, text) -> commit(text));
        source.addListener(obs -> showValue());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(error.textProperty());
        field.setTooltip(tip);
        getChildren().addAll(field, error);
    }

    static NumberField of(I18n i18n, DoubleProperty property, Rule rule) {
        return new NumberField(i18n, rule, property::get, property::set, property);
    }

    static NumberField of(I18n i18n, IntegerProperty property, Rule rule) {
        return new NumberField(i18n, rule, property::get, v -> property.set((int) v), property);
    }

    /** Width of the field in characters. */
    NumberField columns(int count) {
        field.setPrefColumnCount(count);
        return this;
    }

    private void commit(String text) {
        double value = parse(text);
        boolean valid = rule.accepts(value);
        showError(!valid);
        if (valid && value != getter.getAsDouble()) {
            setter.accept(value);
        }
    }

    /** The property changed elsewhere (a preset): show it unless the text already means that value. */
    private void showValue() {
        double now = getter.getAsDouble();
        if (parse(field.getText()) != now) {
            field.setText(Numbers.format(now));
        }
    }

    private void showError(boolean visible) {
        error.setVisible(visible);
        error.setManaged(visible);
        if (visible) {
            field.setStyle("-fx-border-color: -dlfs-code-string;");
        } else {
            field.setStyle("");
        }
    }

    /** Reads "0.95", "1e-3", " 2 ", "−7" (with a Unicode minus); NaN for anything else. */
    static double parse(String text) {
        String t = text == null ? "" : text.strip().replace('−', '-').replace(',', '.');
        if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }
}
