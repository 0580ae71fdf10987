package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The book's two-layer network: Affine1 → activation → Affine2 → Softmax-with-Loss, with
 * W1 (input, hidden), b1 (hidden), W2 (hidden, output), b2 (output). Weights start as
 * {@code weightInitStd · N(0, 1)}, biases at 0. Chapter 4 uses a sigmoid hidden layer and
 * numerical gradients; chapter 5 rebuilds it from layers with ReLU and backprop. The activation
 * is a constructor argument, and {@link #chapter4} / {@link #chapter5} give the two versions.
 */
public final class TwoLayerNet extends SequentialNetwork {
    public static final String TYPE = "TwoLayerNet";
    public static final double DEFAULT_WEIGHT_INIT_STD = 0.01;

    public TwoLayerNet(int inputSize, int hiddenSize, int outputSize, double weightInitStd,
                       Activation activation, Rng rng) {
        this(new NetworkBuilder(inputSize, rng).weightInit(WeightInit.fixed(weightInitStd))
                        .affine(hiddenSize).activation(activation).affine(outputSize),
                architecture(inputSize, hiddenSize, outputSize, weightInitStd, activation));
    }

    private TwoLayerNet(NetworkBuilder builder, Architecture architecture) {
        super(builder.layers(), new SoftmaxWithLoss(), WeightDecay.NONE, architecture);
    }

    /** Chapter 4's version: sigmoid hidden layer, std 0.01. */
    public static TwoLayerNet chapter4(int inputSize, int hiddenSize, int outputSize, Rng rng) {
        return new TwoLayerNet(inputSize, hiddenSize, outputSize, DEFAULT_WEIGHT_INIT_STD, Activation.SIGMOID, rng);
    }

    /** Chapter 5's layered version: ReLU hidden layer, std 0.01. */
    public static TwoLayerNet chapter5(int inputSize, int hiddenSize, int outputSize, Rng rng) {
        return new TwoLayerNet(inputSize, hiddenSize, outputSize, DEFAULT_WEIGHT_INIT_STD, Activation.RELU, rng);
    }

    private static Architecture architecture(int inputSize, int hiddenSize, int outputSize, double weightInitStd,
                                             Activation activation) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputSize", inputSize);
        config.put("hiddenSize", hiddenSize);
        config.put("outputSize", outputSize);
        config.put("weightInitStd", weightInitStd);
        config.put("activation", activation.toString());
        return new Architecture(TYPE, config);
    }
}
