package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the dense networks from their {@link Architecture}: a model file stores the architecture
 * and the weights, and loading first makes a network of the right shape (with fresh weights from
 * {@code rng}) and then overwrites its parameters by name.
 */
public final class DenseNetworks {
    private DenseNetworks() {
    }

    /**
     * A new network of the described type: {@link TwoLayerNet}, {@link MultiLayerNet},
     * {@link MultiLayerNetExtend} or a {@link NetworkBuilder} sequence ("Sequential").
     * Numbers may come back from a file as any {@link Number} type.
     */
    public static SequentialNetwork fromArchitecture(Architecture architecture, Rng rng) {
        Map<String, Object> c = architecture.config();
        switch (architecture.type()) {
            case TwoLayerNet.TYPE:
                return new TwoLayerNet(intOf(c, "inputSize"), intOf(c, "hiddenSize"), intOf(c, "outputSize"),
                        doubleOf(c, "weightInitStd"), Activation.parse(stringOf(c, "activation")), rng);
            case MultiLayerNet.TYPE:
                return new MultiLayerNet(intOf(c, "inputSize"), intsOf(c, "hiddenSizes"), intOf(c, "outputSize"),
                        Activation.parse(stringOf(c, "activation")), WeightInit.parse(stringOf(c, "weightInit")),
                        weightDecayOf(c), rng);
            case MultiLayerNetExtend.TYPE:
                return new MultiLayerNetExtend(intOf(c, "inputSize"), intsOf(c, "hiddenSizes"), intOf(c, "outputSize"),
                        Activation.parse(stringOf(c, "activation")), WeightInit.parse(stringOf(c, "weightInit")),
                        weightDecayOf(c), booleanOf(c, "useBatchNorm"), booleanOf(c, "useDropout"),
                        doubleOf(c, "dropoutRatio"), rng);
            case NetworkBuilder.TYPE:
                NetworkBuilder builder = new NetworkBuilder(intOf(c, "inputSize"), rng)
                        .weightInit(WeightInit.parse(stringOf(c, "weightInit")))
                        .weightDecay(weightDecayOf(c));
                for (Object step : listOf(c, "layers")) {
                    builder.add(String.valueOf(step));
                }
                return builder.softmaxWithLoss();
            default:
                throw new IllegalArgumentException("unknown dense network type '" + architecture.type() + "': expected "
                        + TwoLayerNet.TYPE + ", " + MultiLayerNet.TYPE + ", " + MultiLayerNetExtend.TYPE
                        + " or " + NetworkBuilder.TYPE);
        }
    }

    /** The layers of a MultiLayerNet(Extend): hidden blocks Affine → [BatchNorm] → activation → [Dropout], then Affine. */
    static NetworkBuilder hiddenStack(int inputSize, int[] hiddenSizes, int outputSize, Activation activation,
                                      WeightInit weightInit, WeightDecay weightDecay,
                                      boolean useBatchNorm, boolean useDropout, double dropoutRatio, Rng rng) {
        NetworkBuilder builder = new NetworkBuilder(inputSize, rng).weightInit(weightInit).weightDecay(weightDecay);
        for (int size : hiddenSizes) {
            builder.affine(size);
            if (useBatchNorm) {
                builder.batchNorm();
            }
            builder.activation(activation);
            if (useDropout) {
                builder.dropout(dropoutRatio);
            }
        }
        return builder.affine(outputSize);
    }

    /** The settings MultiLayerNet and MultiLayerNetExtend share, as an editable map. */
    static Map<String, Object> stackConfig(int inputSize, int[] hiddenSizes, int outputSize, Activation activation,
                                           WeightInit weightInit, WeightDecay weightDecay) {
        List<Integer> hidden = new ArrayList<>();
        for (int size : hiddenSizes) {
            hidden.add(size);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputSize", inputSize);
        config.put("hiddenSizes", List.copyOf(hidden));
        config.put("outputSize", outputSize);
        config.put("activation", activation.toString());
        config.put("weightInit", weightInit.toString());
        config.put("weightDecayL2", weightDecay.l2());
        config.put("weightDecayL1", weightDecay.l1());
        return config;
    }

    private static Object required(Map<String, Object> config, String key) {
        Object value = config.get(key);
        if (value == null) {
            throw new IllegalArgumentException("architecture has no '" + key + "' setting");
        }
        return value;
    }

    private static Number numberOf(Map<String, Object> config, String key) {
        Object value = required(config, key);
        if (!(value instanceof Number)) {
            throw new IllegalArgumentException("architecture setting '" + key + "' must be a number, got " + value);
        }
        return (Number) value;
    }

    private static int intOf(Map<String, Object> config, String key) {
        return numberOf(config, key).intValue();
    }

    private static double doubleOf(Map<String, Object> config, String key) {
        return numberOf(config, key).doubleValue();
    }

    private static String stringOf(Map<String, Object> config, String key) {
        return String.valueOf(required(config, key));
    }

    private static boolean booleanOf(Map<String, Object> config, String key) {
        Object value = required(config, key);
        if (!(value instanceof Boolean)) {
            throw new IllegalArgumentException("architecture setting '" + key + "' must be true or false, got " + value);
        }
        return (Boolean) value;
    }

    private static List<?> listOf(Map<String, Object> config, String key) {
        Object value = required(config, key);
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("architecture setting '" + key + "' must be a list, got " + value);
        }
        return (List<?>) value;
    }

    private static int[] intsOf(Map<String, Object> config, String key) {
        List<?> list = listOf(config, key);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number)) {
                throw new IllegalArgumentException("architecture setting '" + key + "' must list numbers, got " + list);
            }
            out[i] = ((Number) list.get(i)).intValue();
        }
        return out;
    }

    private static WeightDecay weightDecayOf(Map<String, Object> config) {
        return new WeightDecay(doubleOf(config, "weightDecayL2"), doubleOf(config, "weightDecayL1"));
    }
}
