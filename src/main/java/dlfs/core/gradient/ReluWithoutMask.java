package dlfs.core.gradient;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Relu;
import dlfs.core.tensor.Tensor;

/**
 * A ReLU whose backward pass forgets the mask: {@code dx = dout} everywhere, as if the switch were
 * always on. Forward is the real ReLU's. Planted by {@link InjectedBug#RELU_WITHOUT_MASK}.
 */
final class ReluWithoutMask implements Layer {
    private final Relu relu;
    private Tensor inputGrad;

    ReluWithoutMask(Relu relu) {
        this.relu = relu;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        return relu.forward(x, train);
    }

    @Override
    public Tensor backward(Tensor dout) {
        inputGrad = Tensor.reuse(inputGrad, dout.shape());
        return inputGrad.copyFrom(dout);
    }

    @Override
    public String name() {
        return relu.name();
    }
}
