package dlfs.app.widgets;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A named number with a slider for quick changes and a text field for exact values. Slider values
 * are rounded to a number of decimals, so dragging lands on values such as 0.5 or −0.7 exactly as
 * the book writes them. Typed values are checked when committed (Enter or leaving the field): text
 * that is not a number, or is out of the allowed range, leaves the value unchanged and shows a
 * message under the control. Full-width digits and the minus sign "−" are accepted.
 */
public final class NumberSlider extends VBox {
    private final double allowedMin;
    private final double allowedMax;
    private final double scale;
    private final DoubleProperty value;
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label name = new Label();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private boolean updating;

    /**
     * @param name      the label in front, e.g. a bundle binding
     * @param sliderMin left end of the slider
     * @param sliderMax right end of the slider
     * @param allowedMin smallest value that may be typed (at most sliderMin)
     * @param allowedMax largest value that may be typed (at least sliderMax)
     * @param decimals  slider values are rounded to this many decimals
     */
    public NumberSlider(I18n i18n, ObservableValue<String> name, double sliderMin, double sliderMax,
                        double allowedMin, double allowedMax, int decimals, double initial) {
        if (!(sliderMin < sliderMax) || allowedMin > sliderMin || allowedMax < sliderMax) {
            throw new IllegalArgumentException("slider range [" + sliderMin + ", " + sliderMax
                    + "] must lie inside the allowed range [" + allowedMin + ", " + allowedMax + "]");
        }
        this.allowedMin = allowedMin;
        this.allowedMax = allowedMax;
        this.scale = Math.pow(10, decimals);
        this.value = new SimpleDoubleProperty(this, "value", initial);
        getStyleClass().add("number-slider");
        setSpacing(2);

        this.name.textProperty().bind(name);
        this.name.setMinWidth(Region.USE_PREF_SIZE);
        this.name.setLabelFor(field);
        slider = new Slider(sliderMin, sliderMax, clamp(initial, sliderMin, sliderMax));
        slider.setMinWidth(80);
        HBox.setHgrow(slider, Priority.ALWAYS);
        field.setPrefColumnCount(7);
        field.getStyleClass().add("content-text");
        field.setText(text(initial));
        HBox row = new HBox(8, this.name, slider, field);
        row.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.textProperty().bind(i18n.binding(error));
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #d55e00;");
        message.visibleProperty().bind(error.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(row, message);

        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                value.set(Math.round(now.doubleValue() * scale) / scale);
            }
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        value.addListener((obs, old, now) -> show(now.doubleValue()));
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double getValue() {
        return value.get();
    }

    public void setValue(double newValue) {
        value.set(newValue);
    }

    /** Why the last typed text was refused, or null. */
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error;
    }

    /** Gives the name in front a fixed width (in em), so that several sliders line up. */
    public NumberSlider withNameWidth(double em) {
        name.setStyle("-fx-min-width: " + em + "em; -fx-pref-width: " + em + "em;");
        return this;
    }

    public TextField field() {
        return field;
    }

    public Slider slider() {
        return slider;
    }

    /** Reads the field: a valid number becomes the value, anything else shows why not. */
    public void commit() {
        OptionalDouble parsed = parse(field.getText());
        if (parsed.isEmpty()) {
            error.set(Message.of("widget.number.invalid", field.getText()));
        } else if (parsed.getAsDouble() < allowedMin || parsed.getAsDouble() > allowedMax) {
            error.set(Message.of("widget.number.range", text(allowedMin), text(allowedMax)));
        } else {
            value.set(parsed.getAsDouble());
            show(value.get());
        }
    }

    private void show(double now) {
        updating = true;
        try {
            slider.setValue(clamp(now, slider.getMin(), slider.getMax()));
            field.setText(text(now));
            error.set(null);
        } finally {
            updating = false;
        }
    }

    /** A typed number, read leniently: full-width digits, "−" for minus, surrounding spaces. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('−', '-').trim();
        if (normal.isEmpty() || !normal.matches("[-+]?[0-9.eE+-]+")) {
            return OptionalDouble.empty();
        }
        try {
            double parsed = Double.parseDouble(normal);
            return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The shortest text that reads back as the same double, without exponent: 0.5, −0.7 → "-0.7", 1010. */
    public static String text(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
