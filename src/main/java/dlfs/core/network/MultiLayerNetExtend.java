package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;
import java.util.Map;

/**
 * {@link MultiLayerNet} with the chapter 6 extras: each hidden block is
 * Affine → [BatchNorm] → activation → [Dropout], as in the companion code. Batch Norm adds
 * gamma1, beta1, … (γ = 1, β = 0, not decayed) for hidden layers 1 … L.
 */
public final class MultiLayerNetExtend extends SequentialNetwork {
    public static final String TYPE = "MultiLayerNetExtend";

    /**
     * @param useBatchNorm insert Batch Normalization after each hidden Affine layer
     * @param useDropout   insert Dropout after each hidden activation
     * @param dropoutRatio the fraction of units dropped while training (the book's caption uses 0.15)
     */
    public MultiLayerNetExtend(int inputSize, int[] hiddenSizes, int outputSize, Activation activation,
                               WeightInit weightInit, WeightDecay weightDecay,
                               boolean useBatchNorm, boolean useDropout, double dropoutRatio, Rng rng) {
        this(DenseNetworks.hiddenStack(inputSize, hiddenSizes, outputSize, activation, weightInit, weightDecay,
                        useBatchNorm, useDropout, dropoutRatio, rng),
                architecture(inputSize, hiddenSizes, outputSize, activation, weightInit, weightDecay,
                        useBatchNorm, useDropout, dropoutRatio));
    }

    private MultiLayerNetExtend(NetworkBuilder builder, Architecture architecture) {
        super(builder.layers(), new SoftmaxWithLoss(), builder.currentWeightDecay(), architecture);
    }

    private static Architecture architecture(int inputSize, int[] hiddenSizes, int outputSize, Activation activation,
                                             WeightInit weightInit, WeightDecay weightDecay,
                                             boolean useBatchNorm, boolean useDropout, double dropoutRatio) {
        Map<String, Object> config = DenseNetworks.stackConfig(inputSize, hiddenSizes, outputSize, activation,
                weightInit, weightDecay);
        config.put("useBatchNorm", useBatchNorm);
        config.put("useDropout", useDropout);
        config.put("dropoutRatio", dropoutRatio);
        return new Architecture(TYPE, config);
    }
}
