package dlfs.core.layer;

import dlfs.core.tensor.Tensor;

/**
 * A layer whose backward pass can stop at its parameter gradients. The first layer of a network
 * has no one to pass ∂L/∂input to, and for an Affine or Convolution layer that gradient is a
 * whole matrix product (for the book's MNIST nets, a third of the first layer's work), so a
 * network's training step calls {@link #backwardParams} on its first layer. The book's NumPy
 * code computes it anyway; the parameter gradients are the same either way.
 */
public interface ParameterBackward {
    /** Fills the gradients of the layer's parameters for ∂L/∂output = dout, like {@link Layer#backward}, without ∂L/∂input. */
    void backwardParams(Tensor dout);
}
