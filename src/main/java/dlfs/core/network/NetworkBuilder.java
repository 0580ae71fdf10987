package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Affine;
import dlfs.core.layer.BatchNormalization;
import dlfs.core.layer.Dropout;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Maxout;
import dlfs.core.layer.Param;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stacks dense layers from an input size, Lego-style, and finishes with Softmax-with-Loss:
 * <pre>
 *   new NetworkBuilder(784, rng).weightInit(WeightInit.he())
 *       .affine(100).batchNorm().relu().dropout(0.15).affine(10).softmaxWithLoss();
 * </pre>
 * Parameters get the book's names: W1, b1, W2, b2, … in order of the affine (and maxout) layers,
 * gamma1, beta1, … in order of the Batch Norm layers. Weights are drawn when the layer is added,
 * with the standard deviation the weight init gives for the current width (the fan-in); biases
 * and β start at 0, γ at 1. Each step is also recorded as a line such as "affine 100", so that
 * {@link DenseNetworks#fromArchitecture} can replay it.
 */
public final class NetworkBuilder {
    /** The architecture type of networks made here. */
    public static final String TYPE = "Sequential";

    private final int inputSize;
    private final Rng rng;
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private WeightInit weightInit = WeightInit.fixed(0.01);
    private WeightDecay weightDecay = WeightDecay.NONE;
    private int width;
    private int weightLayers;
    private int batchNorms;
    private int activations;
    private int dropouts;

    /** @param rng draws the initial weights and the dropout masks */
    public NetworkBuilder(int inputSize, Rng rng) {
        requirePositive("input size", inputSize);
        this.inputSize = inputSize;
        this.width = inputSize;
        this.rng = rng;
    }

    /** How the weights of the following layers are drawn (the book's default is a fixed 0.01). Set it first. */
    public NetworkBuilder weightInit(WeightInit init) {
        if (weightLayers > 0) {
            throw new IllegalStateException("set the weight init before the first affine layer");
        }
        this.weightInit = init;
        return this;
    }

    public NetworkBuilder weightDecay(WeightDecay decay) {
        this.weightDecay = decay;
        return this;
    }

    /** A fully connected layer to {@code outputSize} units: W (width, out), b (out). */
    public NetworkBuilder affine(int outputSize) {
        requirePositive("affine output size", outputSize);
        weightLayers++;
        layers.add(new Affine("Affine" + weightLayers, weight(outputSize), bias(outputSize)));
        steps.add("affine " + outputSize);
        width = outputSize;
        return this;
    }

    /** {@code outputSize} maxout units of {@code pieces} affine maps each: W (width, out·k), b (out·k). */
    public NetworkBuilder maxout(int outputSize, int pieces) {
        requirePositive("maxout output size", outputSize);
        requirePositive("maxout pieces", pieces);
        weightLayers++;
        layers.add(new Maxout("Maxout" + weightLayers, weight(outputSize * pieces), bias(outputSize * pieces), pieces));
        steps.add("maxout " + outputSize + " " + pieces);
        width = outputSize;
        return this;
    }

    public NetworkBuilder activation(Activation activation) {
        activations++;
        layers.add(activation.newLayer(activations));
        steps.add(activation.toString());
        return this;
    }

    public NetworkBuilder relu() {
        return activation(Activation.RELU);
    }

    public NetworkBuilder sigmoid() {
        return activation(Activation.SIGMOID);
    }

    public NetworkBuilder tanh() {
        return activation(Activation.TANH);
    }

    /** Batch Normalization over the current width, with γ = 1, β = 0 (not decayed). */
    public NetworkBuilder batchNorm() {
        batchNorms++;
        Param gamma = new Param("gamma" + batchNorms, Tensor.zeros(width).fill(1.0), false);
        Param beta = new Param("beta" + batchNorms, Tensor.zeros(width), false);
        layers.add(new BatchNormalization("BatchNorm" + batchNorms, gamma, beta));
        steps.add("batchnorm");
        return this;
    }

    public NetworkBuilder dropout(double ratio) {
        dropouts++;
        layers.add(new Dropout("Dropout" + dropouts, ratio, rng.split()));
        steps.add("dropout " + ratio);
        return this;
    }

    /**
     * Adds one recorded step: "affine 100", "maxout 50 2", "relu", "sigmoid", "tanh", "leaky_relu",
     * "hard_tanh", "batchnorm" or "dropout 0.5".
     */
    public NetworkBuilder add(String step) {
        String[] words = step.trim().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            switch (words[0]) {
                case "affine": return words.length == 2 ? affine(Integer.parseInt(words[1])) : malformed(step);
                case "maxout": return words.length == 3
                        ? maxout(Integer.parseInt(words[1]), Integer.parseInt(words[2])) : malformed(step);
                case "batchnorm": return words.length == 1 ? batchNorm() : malformed(step);
                case "dropout": return words.length == 2 ? dropout(Double.parseDouble(words[1])) : malformed(step);
                default: return words.length == 1 ? activation(Activation.parse(words[0])) : malformed(step);
            }
        } catch (NumberFormatException e) {
            return malformed(step);
        }
    }

    /** Ends with Softmax-with-Loss and returns the network. */
    public SequentialNetwork softmaxWithLoss() {
        return new SequentialNetwork(layers, new SoftmaxWithLoss(), weightDecay, architecture());
    }

    /** The current width: the number of values each sample has after the layers so far. */
    public int width() {
        return width;
    }

    List<Layer> layers() {
        return List.copyOf(layers);
    }

    WeightDecay currentWeightDecay() {
        return weightDecay;
    }

    private Architecture architecture() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputSize", inputSize);
        config.put("weightInit", weightInit.toString());
        config.put("weightDecayL2", weightDecay.l2());
        config.put("weightDecayL1", weightDecay.l1());
        config.put("layers", List.copyOf(steps));
        return new Architecture(TYPE, config);
    }

    private Param weight(int columns) {
        return new Param("W" + weightLayers, weightInit.sample(rng, width, width, columns), true);
    }

    private Param bias(int columns) {
        return new Param("b" + weightLayers, Tensor.zeros(columns), false);
    }

    private static NetworkBuilder malformed(String step) {
        throw new IllegalArgumentException("cannot read layer step '" + step
                + "': use e.g. 'affine 100', 'maxout 50 2', 'relu', 'batchnorm' or 'dropout 0.5'");
    }

    private static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be ≥ 1, got " + value);
        }
    }
}
