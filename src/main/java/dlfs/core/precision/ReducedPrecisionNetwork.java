package dlfs.core.precision;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.Architecture;
import dlfs.core.network.ConvNetwork;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * The experiment of the book's {@code ch08/half_float_network.py}: a copy of a trained network
 * whose weights are stored in a smaller format, fed inputs stored in that format, and optionally
 * with every layer's output rounded as well (as hardware that computes in half precision would).
 * The arithmetic itself stays double, like NumPy's, which stores float16 but computes wider.
 *
 * <p>The copy is for inference: it predicts and measures the loss, but refuses to train, since
 * rounding after every update would be a different experiment.
 */
public final class ReducedPrecisionNetwork implements Network {
    private final SequentialNetwork copy;
    private final Precision weights;
    private final Precision inputs;
    private final Precision activations;
    private Tensor roundedInput;

    private ReducedPrecisionNetwork(SequentialNetwork copy, Precision weights, Precision inputs, Precision activations) {
        this.copy = copy;
        this.weights = weights;
        this.inputs = inputs;
        this.activations = activations;
    }

    /**
     * A rounded copy of {@code trained}; the trained network itself is only read.
     *
     * @param weights     the format every parameter is stored in
     * @param inputs      the format the input images are stored in
     * @param activations the format every layer's output is rounded to ({@link Precision#FLOAT64} for none)
     */
    public static ReducedPrecisionNetwork of(Network trained, Precision weights, Precision inputs, Precision activations) {
        Network fresh = Networks.fromArchitecture(trained.architecture(), new Rng(0));
        if (!(fresh instanceof SequentialNetwork sequential)) {
            throw new IllegalArgumentException(trained.architecture().type() + " is not a sequence of layers");
        }
        List<Param> from = trained.params();
        List<Param> to = sequential.params();
        for (int i = 0; i < from.size(); i++) {
            weights.roundInPlace(to.get(i).value().copyFrom(from.get(i).value()));
        }
        return new ReducedPrecisionNetwork(sequential, weights, inputs, activations);
    }

    public Precision weights() {
        return weights;
    }

    public Precision inputs() {
        return inputs;
    }

    public Precision activations() {
        return activations;
    }

    /** Rounds the input, then runs each layer and rounds its output. */
    @Override
    public Tensor predict(Tensor x, boolean train) {
        roundedInput = Tensor.reuse(roundedInput, x.shape());
        double[] in = x.data();
        double[] rounded = roundedInput.data();
        for (int i = 0; i < in.length; i++) {
            rounded[i] = inputs.round(in[i]);
        }
        Tensor out = roundedInput;
        if (copy instanceof ConvNetwork conv && x.rank() == 2) {
            int[] dim = conv.inputDim();
            out = roundedInput.reshape(x.dim(0), dim[0], dim[1], dim[2]);
        }
        for (Layer layer : copy.layers()) {
            out = activations.roundInPlace(layer.forward(out, train));
        }
        return out;
    }

    @Override
    public double loss(Tensor x, Tensor targets, boolean train) {
        return copy.lossLayer().forward(predict(x, train), targets);
    }

    @Override
    public double gradient(Tensor x, Tensor targets) {
        throw new UnsupportedOperationException("a reduced-precision copy is for inference only; train the original network");
    }

    @Override
    public List<Param> params() {
        return copy.params();
    }

    @Override
    public List<Layer> layers() {
        return copy.layers();
    }

    @Override
    public Architecture architecture() {
        return copy.architecture();
    }
}
