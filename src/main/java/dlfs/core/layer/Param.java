package dlfs.core.layer;

import dlfs.core.tensor.Tensor;

/**
 * A learnable parameter: its value and the gradient backward wrote for it. Optimizers update
 * {@link #value()} in place from {@link #grad()}, so the layer, the optimizer and a panel that
 * draws the weights all look at the same numbers.
 */
public final class Param {
    private final String name;
    private final Tensor value;
    private final Tensor grad;
    private final boolean decays;

    /**
     * @param name   the book's name, e.g. "W1", "b1", "gamma1"
     * @param value  initial value (kept, not copied)
     * @param decays whether weight decay applies (weights yes; biases and BN's γ, β no, as in the book)
     */
    public Param(String name, Tensor value, boolean decays) {
        this.name = name;
        this.value = value;
        this.grad = Tensor.zeros(value.shape());
        this.decays = decays;
    }

    public String name() {
        return name;
    }

    public Tensor value() {
        return value;
    }

    public Tensor grad() {
        return grad;
    }

    public boolean decays() {
        return decays;
    }

    @Override
    public String toString() {
        return name + Tensor.shapeString(value.shape());
    }
}
