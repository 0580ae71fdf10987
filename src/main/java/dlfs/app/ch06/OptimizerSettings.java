package dlfs.app.ch06;

import dlfs.core.optimizer.Optimizer;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One optimizer's settings in a panel: whether it takes part, its learning rate and its
 * coefficients. The values are always valid (the input fields only write checked numbers).
 */
final class OptimizerSettings {
    private final OptimizerKind kind;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final DoubleProperty learningRate;
    private final List<DoubleProperty> coefficients;

    OptimizerSettings(OptimizerKind kind, double learningRate) {
        this.kind = kind;
        this.learningRate = new SimpleDoubleProperty(this, "learningRate", learningRate);
        this.coefficients = kind.coefficients.stream()
                .map(c -> (DoubleProperty) new SimpleDoubleProperty(this, c.name(), c.defaultValue)).toList();
    }

    OptimizerKind kind() {
        return kind;
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** In the order of {@code kind().coefficients}. */
    List<DoubleProperty> coefficients() {
        return coefficients;
    }

    /** Back to the companion code's coefficients. */
    void resetCoefficients() {
        for (int i = 0; i < coefficients.size(); i++) {
            coefficients.get(i).set(kind.coefficients.get(i).defaultValue);
        }
    }

    /** A fresh optimizer with the current values. */
    Optimizer create() {
        return kind.create(learningRate.get(), coefficients.stream().mapToDouble(DoubleProperty::get).toArray());
    }

    /** Everything a change of which should redo the computation that uses this optimizer. */
    Observable[] observables() {
        Observable[] all = new Observable[2 + coefficients.size()];
        all[0] = enabled;
        all[1] = learningRate;
        for (int i = 0; i < coefficients.size(); i++) {
            all[2 + i] = coefficients.get(i);
        }
        return all;
    }
}
