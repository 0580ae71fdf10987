package dlfs.core.network;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.Pooling;
import dlfs.core.layer.Relu;
import dlfs.core.random.Rng;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book's first CNN (7.5):
 * <pre>
 *   Conv1 → Relu1 → Pool1 (max 2×2, stride 2) → Affine1 → Relu2 → Affine2 → SoftmaxWithLoss
 * </pre>
 * with parameters W1 (FN, C, FS, FS), b1 (FN), W2 (FN·(OH/2)·(OW/2), hidden), b2, W3 (hidden, out), b3.
 * With the book's settings, (1, 28, 28) input, 30 filters of 5×5, hidden 100, output 10, the
 * convolution gives 30×24×24, pooling 30×12×12 = 4320 values, and the network has 433,890 parameters.
 */
public final class SimpleConvNet extends ConvNetwork {
    public static final String TYPE = "SimpleConvNet";

    /** The book's network: (1, 28, 28) input, 30 filters 5×5, pad 0, stride 1, hidden 100, output 10, std 0.01. */
    public SimpleConvNet(Rng rng) {
        this(new int[] {1, 28, 28}, 30, 5, 0, 1, 100, 10, WeightInit.fixed(0.01), rng);
    }

    /**
     * @param inputDim   (C, H, W) of one image
     * @param filterNum  FN, the number of filters (output channels) of Conv1
     * @param filterSize FS, the filters are FS×FS
     * @param weightInit how the weights are drawn; the book uses a fixed std of 0.01
     */
    public SimpleConvNet(int[] inputDim, int filterNum, int filterSize, int pad, int stride,
                         int hiddenSize, int outputSize, WeightInit weightInit, Rng rng) {
        super(inputDim, layers(checkedInputDim(inputDim), filterNum, filterSize, pad, stride, hiddenSize, outputSize,
                weightInit, rng), architecture(inputDim, filterNum, filterSize, pad, stride, hiddenSize, outputSize, weightInit));
    }

    private static List<Layer> layers(int[] inputDim, int filterNum, int filterSize, int pad, int stride,
                                      int hiddenSize, int outputSize, WeightInit init, Rng rng) {
        int channels = inputDim[0];
        positive("filter number", filterNum);
        positive("hidden size", hiddenSize);
        positive("output size", outputSize);
        ConvGeometry conv = ConvGeometry.forLayer("Conv1", new int[] {1, channels, inputDim[1], inputDim[2]},
                filterSize, filterSize, stride, pad);
        ConvGeometry pool = ConvGeometry.forLayer("Pool1", new int[] {1, filterNum, conv.outH(), conv.outW()}, 2, 2, 2, 0);
        int poolOutputSize = filterNum * pool.positions();

        Param w1 = weight("W1", init, rng, conv.windowSize(), filterNum, channels, filterSize, filterSize);
        Param w2 = weight("W2", init, rng, poolOutputSize, poolOutputSize, hiddenSize);
        Param w3 = weight("W3", init, rng, hiddenSize, hiddenSize, outputSize);
        return List.of(
                new Convolution("Conv1", w1, bias("b1", filterNum), stride, pad),
                new Relu("Relu1"),
                Pooling.max("Pool1", 2, 2),
                new Affine("Affine1", w2, bias("b2", hiddenSize)),
                new Relu("Relu2"),
                new Affine("Affine2", w3, bias("b3", outputSize)));
    }

    private static Architecture architecture(int[] inputDim, int filterNum, int filterSize, int pad, int stride,
                                             int hiddenSize, int outputSize, WeightInit init) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputDim", List.of(inputDim[0], inputDim[1], inputDim[2]));
        config.put("filterNum", filterNum);
        config.put("filterSize", filterSize);
        config.put("pad", pad);
        config.put("stride", stride);
        config.put("hiddenSize", hiddenSize);
        config.put("outputSize", outputSize);
        config.put("weightInit", init.toString());
        return new Architecture(TYPE, config);
    }

    /** Conv1, whose weights the filter viewer draws. */
    public Convolution convolution() {
        return convolutions().get(0);
    }
}
