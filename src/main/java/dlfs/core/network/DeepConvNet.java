package dlfs.core.network;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Dropout;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.Pooling;
import dlfs.core.layer.Relu;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deeper, VGG-like CNN of 8.1.1, laid out as in the book's {@code ch08/deep_convnet.py}:
 * <pre>
 *   conv 16 → relu → conv 16 → relu → pool
 *   conv 32 → relu → conv 32 → relu → pool      (the fourth convolution pads by 2, the others by 1)
 *   conv 64 → relu → conv 64 → relu → pool
 *   affine 50 → relu → dropout → affine 10 → dropout → softmax
 * </pre>
 * Every convolution is 3×3 with stride 1 and every pool is max 2×2 with stride 2. Small filters
 * stacked deep see as far as one large filter with fewer weights: two 3×3 layers cover 5×5 with
 * 18 weights instead of 25. Weights start with He initialisation, biases at zero. For a
 * (1, 28, 28) input the last pool leaves 64×4×4 = 1024 values and the network has 123,552 parameters.
 */
public final class DeepConvNet extends ConvNetwork {
    public static final String TYPE = "DeepConvNet";
    /** Filter size of every convolution. */
    public static final int FILTER_SIZE = 3;
    /** Padding of the six convolutions, as in the book's code (the fourth is 2). */
    private static final int[] PADS = {1, 1, 1, 2, 1, 1};
    private static final int[] BOOK_CHANNELS = {16, 16, 32, 32, 64, 64};

    /** The book's network: (1, 28, 28), channels 16, 16, 32, 32, 64, 64, hidden 50, output 10, dropout 0.5, He. */
    public DeepConvNet(Rng rng) {
        this(new int[] {1, 28, 28}, BOOK_CHANNELS, 50, 10, 0.5, WeightInit.he(), rng);
    }

    /**
     * @param inputDim     (C, H, W) of one image
     * @param channels     output channels of the six convolutions
     * @param dropoutRatio the share of units both Dropout layers drop while training (0 keeps all,
     *                     which makes training deterministic, e.g. for a gradient check)
     */
    public DeepConvNet(int[] inputDim, int[] channels, int hiddenSize, int outputSize, double dropoutRatio,
                       WeightInit weightInit, Rng rng) {
        super(inputDim, layers(checkedInputDim(inputDim), checkedChannels(channels), hiddenSize, outputSize,
                dropoutRatio, weightInit, rng), architecture(inputDim, channels, hiddenSize, outputSize, dropoutRatio, weightInit));
    }

    private static List<Layer> layers(int[] inputDim, int[] channels, int hiddenSize, int outputSize,
                                      double dropoutRatio, WeightInit init, Rng rng) {
        positive("hidden size", hiddenSize);
        positive("output size", outputSize);
        List<Layer> layers = new ArrayList<>();
        int[] shape = {1, inputDim[0], inputDim[1], inputDim[2]};
        for (int i = 0; i < PADS.length; i++) {
            String conv = "Conv" + (i + 1);
            ConvGeometry g = ConvGeometry.forLayer(conv, shape, FILTER_SIZE, FILTER_SIZE, 1, PADS[i]);
            Param w = weight("W" + (i + 1), init, rng, g.windowSize(), channels[i], shape[1], FILTER_SIZE, FILTER_SIZE);
            layers.add(new Convolution(conv, w, bias("b" + (i + 1), channels[i]), 1, PADS[i]));
            layers.add(new Relu("Relu" + (i + 1)));
            shape = g.outputShape(1, channels[i]);
            if (i % 2 == 1) {
                String pool = "Pool" + (i / 2 + 1);
                ConvGeometry p = ConvGeometry.forLayer(pool, shape, 2, 2, 2, 0);
                layers.add(Pooling.max(pool, 2, 2));
                shape = p.outputShape(1, channels[i]);
            }
        }
        int flattened = shape[1] * shape[2] * shape[3];
        Rng dropoutRng = rng.split();
        layers.add(new Affine("Affine1", weight("W7", init, rng, flattened, flattened, hiddenSize), bias("b7", hiddenSize)));
        layers.add(new Relu("Relu7"));
        layers.add(new Dropout("Dropout1", dropoutRatio, dropoutRng));
        layers.add(new Affine("Affine2", weight("W8", init, rng, hiddenSize, hiddenSize, outputSize), bias("b8", outputSize)));
        layers.add(new Dropout("Dropout2", dropoutRatio, dropoutRng));
        return layers;
    }

    private static int[] checkedChannels(int[] channels) {
        if (channels.length != PADS.length) {
            throw new IllegalArgumentException("DeepConvNet has " + PADS.length + " convolutions, got "
                    + channels.length + " channel counts " + Arrays.toString(channels));
        }
        for (int c : channels) {
            positive("channel count", c);
        }
        return channels.clone();
    }

    private static Architecture architecture(int[] inputDim, int[] channels, int hiddenSize, int outputSize,
                                             double dropoutRatio, WeightInit init) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputDim", List.of(inputDim[0], inputDim[1], inputDim[2]));
        config.put("channels", Arrays.stream(channels).boxed().toList());
        config.put("hiddenSize", hiddenSize);
        config.put("outputSize", outputSize);
        config.put("dropoutRatio", dropoutRatio);
        config.put("weightInit", init.toString());
        return new Architecture(TYPE, config);
    }
}
