package dlfs.app.ch07;

import dlfs.core.layer.Layer;
import dlfs.core.network.ConvNetwork;
import dlfs.core.network.ForwardTrace;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of a network's architecture table: a layer (an empty name for the input row), the shape of what it outputs for one image
 * (the batch axis N left out) and its parameters. The shapes come from really running the layers of
 * the network on one blank image, so they are the core's, not a recalculation.
 *
 * @param outputShape shape of one image's output, without the batch axis
 */
public record LayerSummary(String layer, int[] outputShape, String parameterShapes, long parameters) {
    /**
     * The input row followed by one row per layer. The layers' output buffers are overwritten, so pass
     * a network no job is using (a fresh one is cheapest).
     */
    public static List<LayerSummary> of(ConvNetwork network) {
        int[] dim = network.inputDim();
        List<LayerSummary> rows = new ArrayList<>();
        rows.add(new LayerSummary("", dim, "", 0));
        List<ForwardTrace.Step> steps = ForwardTrace.run(network, Tensor.zeros(1, dim[0], dim[1], dim[2]), false);
        for (int i = 0; i < steps.size(); i++) {
            Layer layer = network.layers().get(i);
            int[] shape = steps.get(i).output().shape();
            long count = layer.params().stream().mapToLong(p -> p.value().size()).sum();
            String shapes = layer.params().stream().map(p -> p.name() + " " + Tensor.shapeString(p.value().shape()))
                    .collect(Collectors.joining(", "));
            rows.add(new LayerSummary(layer.name(), Arrays.copyOfRange(shape, 1, shape.length), shapes, count));
        }
        return rows;
    }

    /** Total parameters of the rows. */
    public static long total(List<LayerSummary> rows) {
        return rows.stream().mapToLong(LayerSummary::parameters).sum();
    }

    /** "(N, 30, 24, 24)"; empty for the total row. */
    public String shapeText() {
        if (outputShape.length == 0) {
            return "";
        }
        return "(N, " + Arrays.stream(outputShape).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
    }

    /** 433890 → "433,890". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
