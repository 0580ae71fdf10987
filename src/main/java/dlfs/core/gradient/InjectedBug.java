package dlfs.core.gradient;

import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.LossLayer;
import dlfs.core.layer.Relu;
import dlfs.core.network.SequentialNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Classic backpropagation mistakes, planted on purpose so that a gradient check can catch them
 * (the reason 5.7.3 gives for checking at all). Each bug replaces one kind of layer by a wrapper
 * whose forward pass is the correct one and whose backward pass makes the mistake; the loss, and
 * so the numerical gradient, stay right, while the backprop gradient goes wrong.
 */
public enum InjectedBug {
    /** The real backward passes. */
    NONE,
    /** ReLU backward forgets its mask and lets the gradient through where the input was ≤ 0. */
    RELU_WITHOUT_MASK,
    /** Softmax-with-Loss backward returns y − t instead of (y − t) / N. */
    LOSS_WITHOUT_BATCH_MEAN,
    /** Affine backward takes db from the first sample instead of summing over the batch. */
    BIAS_WITHOUT_SUM;

    /**
     * A network sharing the layers and parameters of {@code network}, with this bug planted in
     * every layer of the affected kind.
     *
     * @throws IllegalArgumentException when the network has no such layer (e.g. no ReLU)
     */
    public SequentialNetwork injectInto(SequentialNetwork network) {
        if (this == NONE) {
            return network;
        }
        List<Layer> layers = new ArrayList<>();
        boolean planted = false;
        for (Layer layer : network.layers()) {
            Layer replaced = plant(layer);
            planted |= replaced != layer;
            layers.add(replaced);
        }
        LossLayer loss = network.lossLayer();
        if (this == LOSS_WITHOUT_BATCH_MEAN) {
            loss = new LossWithoutBatchMean(loss);
            planted = true;
        }
        if (!planted) {
            throw new IllegalArgumentException("cannot plant " + this + ": the network has no layer it affects ("
                    + network.layers().stream().map(Layer::name).toList() + ")");
        }
        return new SequentialNetwork(layers, loss, network.weightDecay(), network.architecture());
    }

    private Layer plant(Layer layer) {
        if (this == RELU_WITHOUT_MASK && layer instanceof Relu relu) {
            return new ReluWithoutMask(relu);
        }
        if (this == BIAS_WITHOUT_SUM && layer instanceof Affine affine) {
            return new AffineWithoutBiasSum(affine);
        }
        return layer;
    }
}
