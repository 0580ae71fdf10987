package dlfs.app.ch04;

import dlfs.app.i18n.Message;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number the user types: the text (bound to a text field), the value it stands for, and the
 * message to show next to the field when it is not acceptable. Nothing reaches the core before
 * {@link #isValid()} says so. The bounds may move (a batch may not exceed the chosen number of
 * training images); call {@link #revalidate()} when they do. Digit group separators (10,000 or
 * 10_000) and exponents (1e-4) are accepted.
 */
final class NumberInput {
    private final StringProperty text;
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final boolean integer;
    private final boolean minExclusive;
    private final DoubleSupplier min;
    private final DoubleSupplier max;
    private final String rangeKey;
    private double value = Double.NaN;

    /**
     * @param rangeKey bundle key of the out-of-range message, given min and max as {0} and {1}
     */
    private NumberInput(String initial, boolean integer, DoubleSupplier min, boolean minExclusive, DoubleSupplier max,
                        String rangeKey) {
        this.integer = integer;
        this.min = min;
        this.minExclusive = minExclusive;
        this.max = max;
        this.rangeKey = rangeKey;
        text = new SimpleStringProperty(this, "text", initial);
        text.addListener(obs -> revalidate());
        revalidate();
    }

    /** A whole number in [min, max]. */
    static NumberInput integer(String initial, int min, DoubleSupplier max, String rangeKey) {
        return new NumberInput(initial, true, () -> min, false, max, rangeKey);
    }

    /** A finite number above 0 and at most max. */
    static NumberInput positive(String initial, double max, String rangeKey) {
        return new NumberInput(initial, false, () -> 0, true, () -> max, rangeKey);
    }

    /** A finite number in [min, max]. */
    static NumberInput real(String initial, double min, double max, String rangeKey) {
        return new NumberInput(initial, false, () -> min, false, () -> max, rangeKey);
    }

    StringProperty textProperty() {
        return text;
    }

    /** Null while the text is acceptable. */
    ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    boolean isValid() {
        return error.get() == null;
    }

    /** The value; only meaningful while {@link #isValid()}. */
    double value() {
        return value;
    }

    int intValue() {
        return (int) value;
    }

    void setValue(double newValue) {
        text.set(integer ? Long.toString((long) newValue) : NumberText.plain(newValue));
    }

    /** Parses the text again, against the bounds as they are now. */
    void revalidate() {
        String typed = text.get() == null ? "" : text.get().replaceAll("[\\s_,]", "");
        double parsed;
        try {
            parsed = Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            reject(Message.of(integer ? "ch04.input.notAnInteger" : "ch04.input.notANumber"));
            return;
        }
        if (!Double.isFinite(parsed)) {
            reject(Message.of("ch04.input.notFinite"));
            return;
        }
        if (integer && parsed != Math.rint(parsed)) {
            reject(Message.of("ch04.input.notAnInteger"));
            return;
        }
        double low = min.getAsDouble();
        double high = max.getAsDouble();
        boolean tooLow = minExclusive ? parsed <= low : parsed < low;
        if (tooLow || parsed > high) {
            reject(Message.of(rangeKey, NumberText.plain(low), NumberText.plain(high)));
            return;
        }
        value = parsed;
        error.set(null);
    }

    private void reject(Message why) {
        value = Double.NaN;
        error.set(why);
    }
}
