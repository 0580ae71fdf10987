package dlfs.core.layer;

import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * One step of a network with its forward and backward pass side by side, as in the book's
 * {@code common/layers.py}: forward keeps what backward needs, backward takes ∂L/∂out and
 * returns ∂L/∂in, writing the gradients of its own {@link #params()}.
 */
public interface Layer {
    /**
     * @param x     input batch (the first axis is the batch)
     * @param train true while learning (Dropout drops, BatchNorm uses batch statistics)
     * @return the output; owned by the layer and overwritten by its next forward
     */
    Tensor forward(Tensor x, boolean train);

    /** Given ∂L/∂output, fills the parameter gradients and returns ∂L/∂input. */
    Tensor backward(Tensor dout);

    /** Learnable parameters (empty for activations). */
    default List<Param> params() {
        return List.of();
    }

    /** A short human name such as "Affine1" or "Relu2". */
    String name();
}
