package dlfs.app.ch02;

import dlfs.app.widgets.BoundControls;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.HBox;

/** The four logic gates of chapter 2 as targets: their truth tables and, except XOR, the book's unit. */
public enum GateKind {
    AND(Gates::and, Gates.AND),
    NAND(Gates::nand, Gates.NAND),
    OR(Gates::or, Gates.OR),
    XOR(Gates::xor, null);

    private final IntBinaryOperator function;
    private final Perceptron bookUnit;

    GateKind(IntBinaryOperator function, Perceptron bookUnit) {
        this.function = function;
        this.bookUnit = bookUnit;
    }

    /** The gate as a function of (x₁, x₂). */
    public IntBinaryOperator function() {
        return function;
    }

    /** The output for input pair {@code i} in truth-table order (0,0), (1,0), (0,1), (1,1). */
    public int target(int i) {
        int[] x = Gates.input(i);
        return function.applyAsInt(x[0], x[1]);
    }

    /** A row of toggle buttons choosing one of {@code gates} (named the same in every language). */
    static HBox buttons(ObjectProperty<GateKind> property, List<GateKind> gates, String idPrefix) {
        HBox row = BoundControls.choice(property, gates, gate -> new ReadOnlyStringWrapper(gate.name()),
                gate -> idPrefix + gate.name());
        row.getChildren().forEach(button -> button.getStyleClass().add("content-text"));
        return row;
    }

    /** The book's single perceptron for this gate (2.3.3); empty for XOR, which has none. */
    public Optional<Perceptron> bookUnit() {
        return Optional.ofNullable(bookUnit);
    }
}
