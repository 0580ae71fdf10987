package dlfs.core.io;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads weights saved by the book's Python code ({@code np.savez("w.npz", **network.params)}), which
 * stores the arrays under the book's names but not what network they belong to. The network is
 * recognised from the names and shapes alone:
 * <ul>
 *   <li>only 2-D weights {@code W1 … Wn} with biases: {@code TwoLayerNet} (n = 2) or
 *       {@code MultiLayerNet} (n &gt; 2); with {@code gamma1, beta1 … gamma(n−1), beta(n−1)} it is
 *       {@code MultiLayerNetExtend} with Batch Normalization;</li>
 *   <li>one 4-D filter bank {@code W1 (FN, C, FS, FS)} then {@code W2, W3}: {@code SimpleConvNet}
 *       (pad 0, stride 1, square input whose size follows from the rows of W2);</li>
 *   <li>six 4-D 3×3 filter banks {@code W1 … W6} then {@code W7, W8}: {@code DeepConvNet} (the input
 *       size follows from the rows of W7).</li>
 * </ul>
 * The file does not say which activation the dense networks used; ReLU is assumed (the book's
 * default from chapter 5 on) and recorded in the metadata under {@link #ASSUMED}. Anything else
 * (unknown names, gaps in the numbering, shapes that do not chain, NaN) is refused with one line
 * saying what does not fit.
 */
public final class BookNpzImport {
    /** Metadata key: where the model came from. */
    public static final String IMPORTED_FROM = "importedFrom";
    /** Metadata key: what the import had to assume because the file does not say. */
    public static final String ASSUMED = "assumed";

    private static final Pattern NAME = Pattern.compile("(W|b|gamma|beta)([1-9][0-9]{0,2})");
    private static final int MAX_IMAGE_SIZE = 1024;

    private BookNpzImport() {
    }

    /**
     * The model in a plain NumPy archive of the book's parameters: the recognised architecture, the
     * parameters in network order, no optimizer state.
     *
     * @throws ModelFileException saying why the arrays are not one of the book's networks
     */
    public static ModelFile.Contents contents(Map<String, Tensor> arrays) throws ModelFileException {
        Map<String, Map<Integer, Tensor>> byKind = group(arrays);
        Map<Integer, Tensor> weights = byKind.get("W");
        int layers = numbered(weights, "W");
        if (layers == 0) {
            throw new ModelFileException("there is no weight W1, so these are not the book's parameters");
        }
        for (int i = 1; i <= layers; i++) {
            if (!byKind.get("b").containsKey(i)) {
                throw new ModelFileException("W" + i + " has no bias b" + i);
            }
        }
        if (numbered(byKind.get("b"), "b") != layers) {
            throw new ModelFileException("there are more biases than weights (W1 … W" + layers + ")");
        }
        for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
            if (!e.getValue().isFinite()) {
                throw new ModelFileException("parameter " + e.getKey() + " holds NaN or infinite values");
            }
        }
        int batchNorms = numbered(byKind.get("gamma"), "gamma");
        if (numbered(byKind.get("beta"), "beta") != batchNorms) {
            throw new ModelFileException("gamma1 … gamma" + batchNorms + " need as many beta1, beta2, …");
        }
        Network network = network(weights, layers, batchNorms);
        Map<String, Tensor> params = new LinkedHashMap<>();
        for (var p : network.params()) {
            params.put(p.name(), arrays.get(p.name()));
        }
        try {
            ModelFile.applyParams(params, network.params());
        } catch (ModelFileException e) {
            throw new ModelFileException("as a " + network.architecture().type() + ": " + e.getMessage(), e);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(IMPORTED_FROM, "NumPy arrays with the book's parameter names");
        if (!(network instanceof SimpleConvNet) && !(network instanceof DeepConvNet)) {
            metadata.put(ASSUMED, "ReLU hidden activation");
        }
        return new ModelFile.Contents(network.architecture(), params, Optional.empty(), metadata);
    }

    /** Sorts the arrays by kind and number, refusing any name that is not W1, b1, gamma1, beta1, …. */
    private static Map<String, Map<Integer, Tensor>> group(Map<String, Tensor> arrays) throws ModelFileException {
        Map<String, Map<Integer, Tensor>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("W", "b", "gamma", "beta")) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
            Matcher m = NAME.matcher(e.getKey());
            if (!m.matches()) {
                throw new ModelFileException("array " + e.getKey() + " is not one of the book's parameter names"
                        + " (W1, b1, W2, b2, …, gamma1, beta1, …)");
            }
            byKind.get(m.group(1)).put(Integer.parseInt(m.group(2)), e.getValue());
        }
        return byKind;
    }

    /** How many arrays of a kind there are, checking they are numbered 1, 2, … without a gap. */
    private static int numbered(Map<Integer, Tensor> arrays, String kind) throws ModelFileException {
        for (int i = 1; i <= arrays.size(); i++) {
            if (!arrays.containsKey(i)) {
                throw new ModelFileException(kind + i + " is missing (the file numbers " + kind + " up to "
                        + arrays.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + ")");
            }
        }
        return arrays.size();
    }

    private static Network network(Map<Integer, Tensor> weights, int layers, int batchNorms) throws ModelFileException {
        List<Integer> filterBanks = new ArrayList<>();
        for (int i = 1; i <= layers; i++) {
            int rank = weights.get(i).rank();
            if (rank == 4) {
                filterBanks.add(i);
            } else if (rank != 2) {
                throw new ModelFileException("W" + i + " has shape " + Tensor.shapeString(weights.get(i).shape())
                        + "; the book's weights are matrices or 4-D filter banks");
            }
        }
        if (batchNorms > 0 && (!filterBanks.isEmpty() || batchNorms != layers - 1)) {
            throw new ModelFileException("gamma1 … gamma" + batchNorms + " fit only a fully connected network with "
                    + (batchNorms + 1) + " weight layers, but there are " + layers);
        }
        try {
            if (filterBanks.isEmpty()) {
                return dense(weights, layers, batchNorms > 0);
            }
            if (filterBanks.equals(List.of(1)) && layers == 3) {
                return simpleConvNet(weights);
            }
            if (filterBanks.equals(List.of(1, 2, 3, 4, 5, 6)) && layers == 8) {
                return deepConvNet(weights);
            }
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("the shapes do not build a network: " + e.getMessage(), e);
        }
        throw new ModelFileException("W" + filterBanks + " of W1 … W" + layers + " are filter banks; the book's CNNs"
                + " have W1 only (SimpleConvNet, W1 … W3) or W1 … W6 (DeepConvNet, W1 … W8)");
    }

    private static Network dense(Map<Integer, Tensor> weights, int layers, boolean batchNorm) throws ModelFileException {
        int[] hidden = new int[layers - 1];
        for (int i = 1; i < layers; i++) {
            int columns = weights.get(i).shape()[1];
            int nextRows = weights.get(i + 1).shape()[0];
            if (columns != nextRows) {
                throw new ModelFileException("W" + i + " has " + columns + " columns but W" + (i + 1) + " has "
                        + nextRows + " rows, so they are not consecutive layers");
            }
            hidden[i - 1] = columns;
        }
        int input = weights.get(1).shape()[0];
        int output = weights.get(layers).shape()[1];
        Rng rng = new Rng(0);
        if (batchNorm) {
            return new MultiLayerNetExtend(input, hidden, output, Activation.RELU, WeightInit.he(), WeightDecay.NONE,
                    true, false, 0, rng);
        }
        if (layers == 2) {
            return new TwoLayerNet(input, hidden[0], output, TwoLayerNet.DEFAULT_WEIGHT_INIT_STD, Activation.RELU, rng);
        }
        return new MultiLayerNet(input, hidden, output, Activation.RELU, WeightInit.he(), WeightDecay.NONE, rng);
    }

    /** W1 (FN, C, FS, FS), W2 (FN·P·P, hidden), W3 (hidden, out); the input is C×H×H with pad 0, stride 1. */
    private static Network simpleConvNet(Map<Integer, Tensor> weights) throws ModelFileException {
        int[] w1 = squareFilters(weights.get(1), 1);
        int filters = w1[0];
        int pooledCells = weights.get(2).shape()[0] / filters;
        int pooledSide = (int) Math.round(Math.sqrt(pooledCells));
        if (pooledSide < 1 || pooledSide * pooledSide * filters != weights.get(2).shape()[0]) {
            throw new ModelFileException("W2 has " + weights.get(2).shape()[0] + " rows, which is not " + filters
                    + " filters times a square pooled image");
        }
        // 2×2 pooling needs an even convolution output 2P, which an input of 2P + FS − 1 gives.
        int size = 2 * pooledSide + w1[2] - 1;
        return new SimpleConvNet(new int[] {w1[1], size, size}, filters, w1[2], 0, 1, weights.get(2).shape()[1],
                weights.get(3).shape()[1], WeightInit.fixed(TwoLayerNet.DEFAULT_WEIGHT_INIT_STD), new Rng(0));
    }

    private static Network deepConvNet(Map<Integer, Tensor> weights) throws ModelFileException {
        int[] channels = new int[6];
        for (int i = 1; i <= 6; i++) {
            int[] w = squareFilters(weights.get(i), i);
            if (w[2] != DeepConvNet.FILTER_SIZE) {
                throw new ModelFileException("W" + i + " holds " + w[2] + "×" + w[2] + " filters; DeepConvNet's are 3×3");
            }
            channels[i - 1] = w[0];
        }
        int flattened = weights.get(7).shape()[0];
        int size = -1;
        for (int candidate = 1; candidate <= MAX_IMAGE_SIZE && size < 0; candidate++) {
            int side = deepConvNetPooledSide(candidate);
            if (side > 0 && (long) channels[5] * side * side == flattened) {
                size = candidate;
            }
        }
        if (size < 0) {
            throw new ModelFileException("W7 has " + flattened + " rows, which no input image up to " + MAX_IMAGE_SIZE
                    + "×" + MAX_IMAGE_SIZE + " gives after DeepConvNet's three poolings");
        }
        return new DeepConvNet(new int[] {weights.get(1).shape()[1], size, size}, channels, weights.get(7).shape()[1],
                weights.get(8).shape()[1], 0.5, WeightInit.he(), new Rng(0));
    }

    /**
     * Side of DeepConvNet's last pooled feature map for a square input, or 0 when the input does
     * not fit: each 3×3 convolution with pad p changes the side by 2p − 2 (the fourth pads by 2),
     * each pooling halves it and needs an even side. Only one input size leads to each final side.
     */
    private static int deepConvNetPooledSide(int side) {
        int[] pads = {1, 1, 1, 2, 1, 1};
        int s = side;
        for (int i = 0; i < pads.length; i++) {
            s += 2 * pads[i] - 2;
            if (s < 2 || i % 2 == 1 && s % 2 != 0) {
                return 0;
            }
            if (i % 2 == 1) {
                s /= 2;
            }
        }
        return s;
    }

    /** The shape (FN, C, FS, FS) of a filter bank, refusing non-square filters. */
    private static int[] squareFilters(Tensor w, int index) throws ModelFileException {
        int[] shape = w.shape();
        if (shape[2] != shape[3]) {
            throw new ModelFileException("W" + index + " holds " + shape[2] + "×" + shape[3]
                    + " filters; the book's filters are square");
        }
        return shape;
    }
}
