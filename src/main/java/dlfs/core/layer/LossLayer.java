package dlfs.core.layer;

import dlfs.core.tensor.Tensor;

/**
 * The last layer of a network: turns scores into a loss against the targets.
 * Targets are either class indices (a tensor of N values) or one-hot rows (N × classes).
 */
public interface LossLayer {
    /** Forward pass: the mean loss over the batch. */
    double forward(Tensor scores, Tensor targets);

    /** ∂L/∂scores for the last forward, already divided by the batch size. */
    Tensor backward();

    /** The output the loss was computed on (e.g. the softmax probabilities). */
    Tensor output();
}
