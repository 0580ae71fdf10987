package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;

/**
 * The companion code's fully connected network of any depth: for each hidden size an Affine layer
 * and an activation, then a last Affine layer and Softmax-with-Loss. Parameters W1, b1 … W(L+1),
 * b(L+1); the weight init uses each layer's fan-in ("he" √(2/n) suits ReLU, "xavier" √(1/n) suits
 * sigmoid and tanh), and weight decay penalises every W but no bias.
 */
public final class MultiLayerNet extends SequentialNetwork {
    public static final String TYPE = "MultiLayerNet";

    /**
     * @param hiddenSizes one entry per hidden layer, e.g. {100, 100, 100, 100}
     * @param activation  the book offers relu (its default), sigmoid and tanh
     * @param weightInit  the book's default is He ("relu")
     */
    public MultiLayerNet(int inputSize, int[] hiddenSizes, int outputSize, Activation activation,
                         WeightInit weightInit, WeightDecay weightDecay, Rng rng) {
        this(DenseNetworks.hiddenStack(inputSize, hiddenSizes, outputSize, activation, weightInit, weightDecay,
                        false, false, 0, rng),
                new Architecture(TYPE, DenseNetworks.stackConfig(inputSize, hiddenSizes, outputSize, activation,
                        weightInit, weightDecay)));
    }

    private MultiLayerNet(NetworkBuilder builder, Architecture architecture) {
        super(builder.layers(), new SoftmaxWithLoss(), builder.currentWeightDecay(), architecture);
    }
}
