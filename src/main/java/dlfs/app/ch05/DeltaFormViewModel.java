package dlfs.app.ch05;

import dlfs.core.layer.Activation;
import dlfs.core.network.DeltaBackprop;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A small two-layer network (3 inputs, 4 hidden units, 3 classes, a batch of 2) small enough to
 * show every number, run through one backward pass twice: by the layers' own backward methods, and
 * by the delta rule from the forward values. {@link DeltaBackprop} does both; the panel shows them
 * side by side.
 */
public final class DeltaFormViewModel {
    public static final int INPUTS = 3;
    public static final int HIDDEN = 4;
    public static final int CLASSES = 3;
    public static final int BATCH = 2;
    /** Weights this large keep every number readable with four digits. */
    public static final double WEIGHT_STD = 0.5;
    public static final int DEFAULT_SEED = 1;

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.RELU);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<DeltaBackprop.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Tensor> w2 = new ReadOnlyObjectWrapper<>(this, "w2");
    private String activationLayerName;

    public DeltaFormViewModel() {
        activation.addListener(obs -> compute());
        seed.addListener(obs -> compute());
        compute();
    }

    private void compute() {
        Rng rng = new Rng(seed.get());
        TwoLayerNet net = new TwoLayerNet(INPUTS, HIDDEN, CLASSES, WEIGHT_STD, activation.get(), rng);
        Tensor x = Tensor.zeros(BATCH, INPUTS);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.gaussian();
        }
        Tensor t = Tensor.zeros(BATCH, CLASSES);
        for (int n = 0; n < BATCH; n++) {
            t.set(1.0, n, rng.nextInt(CLASSES));
        }
        activationLayerName = net.layers().get(1).name();
        w2.set(net.param("W2").value().copy());
        result.set(DeltaBackprop.run(net, activation.get(), x, t));
    }

    /** New random weights and inputs. */
    public void reroll() {
        seed.set(seed.get() + 1);
    }

    public void reset() {
        activation.set(Activation.RELU);
        seed.set(DEFAULT_SEED);
    }

    /** ReLU or sigmoid. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<DeltaBackprop.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Tensor w2() {
        return w2.get();
    }

    /** The hidden activation layer's name, e.g. "Relu1". */
    public String activationLayerName() {
        return activationLayerName;
    }

    /** The largest difference between the two computations over every delta and gradient. */
    public double maxDifference() {
        DeltaBackprop.Result r = result.get();
        return r.fromLayers().maxAbsDifference(r.fromDeltas());
    }
}
