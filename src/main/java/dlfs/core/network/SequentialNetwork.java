package dlfs.core.network;

import dlfs.core.layer.Layer;
import dlfs.core.layer.LossLayer;
import dlfs.core.layer.Param;
import dlfs.core.layer.ParameterBackward;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied in order, then a loss layer: the shape of every network in the book.
 * Backward walks the layers in reverse, exactly like the book's {@code gradient()} method.
 */
public class SequentialNetwork implements Network {
    private final List<Layer> layers;
    private final LossLayer lossLayer;
    private final WeightDecay weightDecay;
    private final Architecture architecture;
    private final List<Param> params;

    public SequentialNetwork(List<Layer> layers, LossLayer lossLayer, WeightDecay weightDecay, Architecture architecture) {
        this.layers = List.copyOf(layers);
        this.lossLayer = lossLayer;
        this.weightDecay = weightDecay;
        this.architecture = architecture;
        List<Param> all = new ArrayList<>();
        for (Layer layer : this.layers) {
            all.addAll(layer.params());
        }
        this.params = List.copyOf(all);
    }

    @Override
    public Tensor predict(Tensor x, boolean train) {
        Tensor out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, train);
        }
        return out;
    }

    @Override
    public double loss(Tensor x, Tensor targets, boolean train) {
        return lossLayer.forward(predict(x, train), targets) + weightDecay.penalty(params);
    }

    /** As the book's {@code gradient()}; a first layer that can skip ∂L/∂x (see {@link ParameterBackward}) does. */
    @Override
    public double gradient(Tensor x, Tensor targets) {
        double loss = loss(x, targets, true);
        Tensor dout = lossLayer.backward();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            if (i == 0 && layer instanceof ParameterBackward first) {
                first.backwardParams(dout);
            } else {
                dout = layer.backward(dout);
            }
        }
        weightDecay.addGradient(params);
        return loss;
    }

    @Override
    public List<Param> params() {
        return params;
    }

    /** The parameter with the book's name (e.g. "W1"), or an exception naming the known ones. */
    public Param param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + params);
    }

    @Override
    public List<Layer> layers() {
        return layers;
    }

    public LossLayer lossLayer() {
        return lossLayer;
    }

    public WeightDecay weightDecay() {
        return weightDecay;
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }
}
