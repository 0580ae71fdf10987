package dlfs.app.ch02;

import dlfs.app.i18n.Message;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The gate lab's state: one perceptron (w₁, w₂, b) against a target gate. Every change recomputes
 * the four rows of the truth table with the core {@link Perceptron}, so the table, the count of
 * matching rows and the plane always agree.
 */
public final class GateLabViewModel {
    /** A parameter set printed in the book, with the gate it makes; {@code theta} says it was given as θ. */
    public record Preset(GateKind gate, double w1, double w2, double b, boolean theta) {
    }

    /**
     * One row of the truth table: {@code weighted} = w₁x₁ + w₂x₂ (compared with θ), {@code sum} =
     * that plus b (compared with 0) exactly as the perceptron computes it, the output and the target.
     */
    public record Row(int x1, int x2, double weighted, double sum, int output, int target) {
        public boolean passes() {
            return output == target;
        }
    }

    /** The book's values: AND in θ form (2.2.1), NAND (2.2.2), and AND, NAND, OR in b form (2.3.3, 2.4.1). */
    public static final List<Preset> PRESETS = List.of(
            new Preset(GateKind.AND, 0.5, 0.5, -0.7, true),
            new Preset(GateKind.AND, 0.5, 0.5, -0.8, true),
            new Preset(GateKind.AND, 1.0, 1.0, -1.0, true),
            new Preset(GateKind.NAND, -0.5, -0.5, 0.7, true),
            new Preset(GateKind.AND, 0.5, 0.5, -0.7, false),
            new Preset(GateKind.NAND, -0.5, -0.5, 0.7, false),
            new Preset(GateKind.OR, 0.5, 0.5, -0.2, false),
            new Preset(GateKind.OR, 1.0, 1.0, -0.5, false));

    /** Random tries before "Find a solution" gives up (XOR never succeeds). */
    static final int RANDOM_TRIES = 10_000;

    private final DoubleProperty w1 = new SimpleDoubleProperty(this, "w1", 0.5);
    private final DoubleProperty w2 = new SimpleDoubleProperty(this, "w2", 0.5);
    private final DoubleProperty b = new SimpleDoubleProperty(this, "b", -0.7);
    private final BooleanProperty thresholdForm = new SimpleBooleanProperty(this, "thresholdForm");
    private final ObjectProperty<GateKind> target = new SimpleObjectProperty<>(this, "target", GateKind.AND);
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyIntegerWrapper passCount = new ReadOnlyIntegerWrapper(this, "passCount");
    private final ReadOnlyObjectWrapper<Message> searchResult = new ReadOnlyObjectWrapper<>(this, "searchResult");
    private final Rng rng = new Rng(2016);

    public GateLabViewModel() {
        for (Observable input : List.of(w1, w2, b, target)) {
            input.addListener(obs -> recompute());
        }
        recompute();
    }

    private void recompute() {
        Perceptron unit = perceptron();
        Perceptron withoutBias = new Perceptron(w1.get(), w2.get(), 0);
        List<Row> table = new ArrayList<>();
        int passing = 0;
        for (int i = 0; i < 4; i++) {
            int[] x = Gates.input(i);
            Row row = new Row(x[0], x[1], withoutBias.weightedSum(x[0], x[1]), unit.weightedSum(x[0], x[1]),
                    unit.output(x[0], x[1]), target.get().target(i));
            table.add(row);
            passing += row.passes() ? 1 : 0;
        }
        rows.set(List.copyOf(table));
        passCount.set(passing);
    }

    public Perceptron perceptron() {
        return new Perceptron(w1.get(), w2.get(), b.get());
    }

    /** Loads a book preset: its weights, its target gate, and its form (θ or b). */
    public void apply(Preset preset) {
        target.set(preset.gate());
        thresholdForm.set(preset.theta());
        setWeights(preset.w1(), preset.w2(), preset.b());
    }

    /** Flips the sign of every parameter: AND's (0.5, 0.5, −0.7) becomes NAND's (−0.5, −0.5, 0.7). */
    public void negate() {
        setWeights(-w1.get(), -w2.get(), -b.get());
    }

    /**
     * Draws random (w₁, w₂, b) in [−1, 1] (two decimals) until one matches the target gate on all four
     * rows; for XOR none ever does. Keeps the current weights when nothing is found.
     */
    public boolean findRandomSolution() {
        for (int attempt = 1; attempt <= RANDOM_TRIES; attempt++) {
            Perceptron candidate = new Perceptron(randomWeight(), randomWeight(), randomWeight());
            if (matchesTarget(candidate)) {
                setWeights(candidate.w1(), candidate.w2(), candidate.b());
                searchResult.set(Message.of("ch02.gate-lab.search.found", attempt));
                return true;
            }
        }
        searchResult.set(Message.of("ch02.gate-lab.search.none", RANDOM_TRIES, target.get().name()));
        return false;
    }

    private boolean matchesTarget(Perceptron candidate) {
        for (int i = 0; i < 4; i++) {
            int[] x = Gates.input(i);
            if (candidate.output(x[0], x[1]) != target.get().target(i)) {
                return false;
            }
        }
        return true;
    }

    private double randomWeight() {
        return Math.round(rng.uniform(-1, 1) * 100) / 100.0;
    }

    /** Restores the start: the book's AND in b form. */
    public void reset() {
        apply(PRESETS.get(4));
        searchResult.set(null);
    }

    private void setWeights(double newW1, double newW2, double newB) {
        w1.set(newW1);
        w2.set(newW2);
        b.set(newB);
    }

    public DoubleProperty w1Property() {
        return w1;
    }

    public DoubleProperty w2Property() {
        return w2;
    }

    public DoubleProperty bProperty() {
        return b;
    }

    /** True: the third parameter is shown as the threshold θ = −b. */
    public BooleanProperty thresholdFormProperty() {
        return thresholdForm;
    }

    public ObjectProperty<GateKind> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<Row> rows() {
        return rows.get();
    }

    public ReadOnlyIntegerProperty passCountProperty() {
        return passCount.getReadOnlyProperty();
    }

    /** What the last random search found, or null. */
    public ReadOnlyObjectProperty<Message> searchResultProperty() {
        return searchResult.getReadOnlyProperty();
    }
}
