package dlfs.core.network;

import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * How large the weight gradients are, layer by layer, after a backward pass: the vanishing-gradient
 * picture. With sigmoid each layer multiplies the backward signal by at most 0.25, so in a deep
 * network the first layers receive gradients orders of magnitude smaller than the last.
 */
public final class GradientMagnitudes {
    /** One affine layer's mean |∂L/∂W|. */
    public record LayerGradient(String layerName, double meanAbsolute) {
    }

    private GradientMagnitudes() {
    }

    /** Mean |∂L/∂W| of every affine layer, input side first, from the gradients the last backward left. */
    public static List<LayerGradient> of(Network network) {
        List<LayerGradient> out = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Affine affine) {
                double[] g = affine.weight().grad().data();
                double sum = 0;
                for (double v : g) {
                    sum += Math.abs(v);
                }
                out.add(new LayerGradient(layer.name(), sum / g.length));
            }
        }
        return List.copyOf(out);
    }
}
