package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the book's CNNs share: images of a fixed (C, H, W) go in, class scores come out through
 * Softmax-with-Loss, and there is no weight decay.
 *
 * <p>Input may be a 4-D batch (N, C, H, W) or flat rows (N, C·H·W) as {@code load_mnist(flatten=True)}
 * gives them; flat rows are only viewed as images, not copied.
 */
public abstract class ConvNetwork extends SequentialNetwork {
    private final int[] inputDim;

    protected ConvNetwork(int[] inputDim, List<Layer> layers, Architecture architecture) {
        super(layers, new SoftmaxWithLoss(), WeightDecay.NONE, architecture);
        this.inputDim = inputDim.clone();
    }

    @Override
    public Tensor predict(Tensor x, boolean train) {
        return super.predict(asImages(x), train);
    }

    /**
     * As {@link SequentialNetwork#gradient}, except that a convolution in first place only computes
     * its parameter gradients: the gradient with respect to the images would be thrown away.
     */
    @Override
    public double gradient(Tensor x, Tensor targets) {
        double loss = loss(x, targets, true);
        Tensor dout = lossLayer().backward();
        List<Layer> layers = layers();
        for (int i = layers.size() - 1; i > 0; i--) {
            dout = layers.get(i).backward(dout);
        }
        if (layers.get(0) instanceof Convolution first) {
            first.backwardParams(dout);
        } else {
            layers.get(0).backward(dout);
        }
        weightDecay().addGradient(params());
        return loss;
    }

    /** The (C, H, W) of one input image. */
    public int[] inputDim() {
        return inputDim.clone();
    }

    /** The convolution layers in order (the filter viewer and feature-map panels read them). */
    public List<Convolution> convolutions() {
        List<Convolution> out = new ArrayList<>();
        for (Layer layer : layers()) {
            if (layer instanceof Convolution) {
                out.add((Convolution) layer);
            }
        }
        return out;
    }

    /** Total number of learnable values, e.g. 433,890 for the book's SimpleConvNet. */
    public long parameterCount() {
        long count = 0;
        for (Param p : params()) {
            count += p.value().size();
        }
        return count;
    }

    private Tensor asImages(Tensor x) {
        int values = inputDim[0] * inputDim[1] * inputDim[2];
        if (x.rank() == 4 && x.dim(1) == inputDim[0] && x.dim(2) == inputDim[1] && x.dim(3) == inputDim[2]) {
            return x;
        }
        if (x.rank() == 2 && x.dim(1) == values) {
            return x.reshape(x.dim(0), inputDim[0], inputDim[1], inputDim[2]);
        }
        throw new ShapeException(architecture().type() + " expects images (N, " + inputDim[0] + ", " + inputDim[1]
                + ", " + inputDim[2] + ") or rows (N, " + values + "), got " + Tensor.shapeString(x.shape()));
    }

    /** Checks a (C, H, W) triple and returns a copy. */
    protected static int[] checkedInputDim(int[] inputDim) {
        if (inputDim.length != 3 || inputDim[0] < 1 || inputDim[1] < 1 || inputDim[2] < 1) {
            throw new IllegalArgumentException("input dimensions must be three positive sizes (C, H, W), got "
                    + Arrays.toString(inputDim));
        }
        return inputDim.clone();
    }

    /** Checks that a size setting is at least 1. */
    protected static int positive(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, got " + value);
        }
        return value;
    }

    /** A weight drawn from {@code init} for units with {@code fanIn} inputs; weight decay would apply to it. */
    protected static Param weight(String name, WeightInit init, Rng rng, int fanIn, int... shape) {
        return new Param(name, init.sample(rng, fanIn, shape), true);
    }

    /** A bias of zeros, as the book starts every bias. */
    protected static Param bias(String name, int size) {
        return new Param(name, Tensor.zeros(size), false);
    }
}
