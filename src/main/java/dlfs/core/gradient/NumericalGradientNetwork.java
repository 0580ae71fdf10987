package dlfs.core.gradient;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.Architecture;
import dlfs.core.network.Network;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * A network whose {@link #gradient} comes from numerical differentiation instead of backprop: the
 * book's {@code TwoLayerNet.numerical_gradient} of 4.5.1, for any network. Every parameter element
 * is nudged by ±h and the loss recomputed, so one gradient costs two forward passes per parameter
 * (79,520 passes for the book's 784-50-10 network); it is the slow but obviously right way, which
 * chapter 5 replaces. Everything else is passed straight to the wrapped network, whose parameters
 * receive the gradients, so a {@code Trainer} and an optimizer can use it unchanged.
 */
public final class NumericalGradientNetwork implements Network {
    private final Network network;

    public NumericalGradientNetwork(Network network) {
        this.network = network;
    }

    /** Forward passes one gradient needs: 2 per parameter element, plus 1 for the loss it returns. */
    public static long forwardPassesPerGradient(Network network) {
        long elements = 0;
        for (Param p : network.params()) {
            elements += p.value().size();
        }
        return 2 * elements + 1;
    }

    /** ∂L/∂p for every parameter p by central differences with h = 1e-4; returns L at the unchanged weights. */
    @Override
    public double gradient(Tensor x, Tensor targets) {
        for (Param p : network.params()) {
            p.grad().copyFrom(NumericalGradient.of(w -> network.loss(x, targets, true), p.value()));
        }
        return network.loss(x, targets, true);
    }

    @Override
    public Tensor predict(Tensor x, boolean train) {
        return network.predict(x, train);
    }

    @Override
    public double loss(Tensor x, Tensor targets, boolean train) {
        return network.loss(x, targets, train);
    }

    @Override
    public List<Param> params() {
        return network.params();
    }

    @Override
    public List<Layer> layers() {
        return network.layers();
    }

    @Override
    public Architecture architecture() {
        return network.architecture();
    }
}
