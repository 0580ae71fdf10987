package dlfs.core.network;

import dlfs.core.layer.Layer;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a network's layers one at a time and keeps a copy of every layer's output: the activation
 * histograms of chapter 6 and the per-layer views of the app read them. (Layers overwrite their
 * output buffers on the next pass, hence the copies.)
 */
public final class ForwardTrace {
    /** One layer's output for the traced batch. */
    public record Step(String layerName, Tensor output) {
    }

    private ForwardTrace() {
    }

    /** The outputs of each layer in order; the last one equals {@code network.predict(x, train)}. */
    public static List<Step> run(Network network, Tensor x, boolean train) {
        List<Step> steps = new ArrayList<>();
        Tensor out = x;
        for (Layer layer : network.layers()) {
            out = layer.forward(out, train);
            steps.add(new Step(layer.name(), out.copy()));
        }
        return List.copyOf(steps);
    }
}
