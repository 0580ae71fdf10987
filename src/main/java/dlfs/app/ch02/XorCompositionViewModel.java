package dlfs.app.ch02;

import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A two-layer perceptron built from gates, the puzzle of the book's Fig. 2-10: two gates read
 * (x₁, x₂) and give s₁ and s₂, a third gate reads (s₁, s₂) and gives y. Each slot holds AND, NAND or
 * OR with the book's weights; NAND, OR then AND computes XOR (Fig. 2-11, 2-12).
 */
public final class XorCompositionViewModel {
    /** Gates that one perceptron can be: the choices for each slot. */
    public static final List<GateKind> SLOT_CHOICES = List.of(GateKind.AND, GateKind.NAND, GateKind.OR);

    /** One input's trip through the circuit, against the XOR target. */
    public record Row(int x1, int x2, int s1, int s2, int y, int target) {
        public boolean passes() {
            return y == target;
        }
    }

    private final ObjectProperty<GateKind> first = new SimpleObjectProperty<>(this, "first", GateKind.NAND);
    private final ObjectProperty<GateKind> second = new SimpleObjectProperty<>(this, "second", GateKind.OR);
    private final ObjectProperty<GateKind> output = new SimpleObjectProperty<>(this, "output", GateKind.AND);
    private final ReadOnlyIntegerWrapper selectedInput = new ReadOnlyIntegerWrapper(this, "selectedInput", 3);
    private final ReadOnlyIntegerWrapper reachedLayer = new ReadOnlyIntegerWrapper(this, "reachedLayer", 2);
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyBooleanWrapper computesXor = new ReadOnlyBooleanWrapper(this, "computesXor");

    public XorCompositionViewModel() {
        for (Observable input : List.of(first, second, output)) {
            input.addListener(obs -> recompute());
        }
        recompute();
    }

    private void recompute() {
        List<Row> table = new ArrayList<>();
        boolean allPass = true;
        for (int i = 0; i < 4; i++) {
            int[] x = Gates.input(i);
            int s1 = unit(first).output(x[0], x[1]);
            int s2 = unit(second).output(x[0], x[1]);
            Row row = new Row(x[0], x[1], s1, s2, unit(output).output(s1, s2), GateKind.XOR.target(i));
            allPass &= row.passes();
            table.add(row);
        }
        rows.set(List.copyOf(table));
        computesXor.set(allPass);
    }

    private static Perceptron unit(ObjectProperty<GateKind> slot) {
        return slot.get().bookUnit().orElseThrow();
    }

    /** The perceptrons in the three slots: s₁'s, s₂'s and y's. */
    public Perceptron firstUnit() {
        return unit(first);
    }

    public Perceptron secondUnit() {
        return unit(second);
    }

    public Perceptron outputUnit() {
        return unit(output);
    }

    /** Advances the signal one layer (0 → 1 → 2), starting again at the inputs after the output. */
    public void step() {
        reachedLayer.set((reachedLayer.get() + 1) % 3);
    }

    /** Back to the book's solution with every value shown. */
    public void reset() {
        first.set(GateKind.NAND);
        second.set(GateKind.OR);
        output.set(GateKind.AND);
        selectedInput.set(3);
        reachedLayer.set(2);
    }

    /** Puts a gate in slot 0 (s₁), 1 (s₂) or 2 (y); XOR is refused, no single perceptron computes it. */
    public void setGate(int slot, GateKind gate) {
        if (!SLOT_CHOICES.contains(gate)) {
            throw new IllegalArgumentException("a slot holds one perceptron: AND, NAND or OR, not " + gate);
        }
        slot(slot).set(gate);
    }

    public GateKind gate(int slot) {
        return slot(slot).get();
    }

    /** The gate of slot 0 (s₁), 1 (s₂) or 2 (y), observable. */
    public ReadOnlyObjectProperty<GateKind> gateProperty(int slot) {
        return slot(slot);
    }

    private ObjectProperty<GateKind> slot(int slot) {
        return switch (slot) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> output;
            default -> throw new IllegalArgumentException("slots are 0 (s₁), 1 (s₂) and 2 (y), got " + slot);
        };
    }

    /** Shows input row {@code row} (0 … 3, truth-table order) in the neuron view. */
    public void selectInput(int row) {
        if (row < 0 || row > 3) {
            throw new IllegalArgumentException("input must be one of the rows 0 … 3, got " + row);
        }
        selectedInput.set(row);
    }

    public ReadOnlyIntegerProperty selectedInputProperty() {
        return selectedInput.getReadOnlyProperty();
    }

    /** How far the signal has travelled in the neuron view: 0 inputs only, 1 hidden layer, 2 output. */
    public ReadOnlyIntegerProperty reachedLayerProperty() {
        return reachedLayer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<Row> rows() {
        return rows.get();
    }

    public ReadOnlyBooleanProperty computesXorProperty() {
        return computesXor.getReadOnlyProperty();
    }
}
