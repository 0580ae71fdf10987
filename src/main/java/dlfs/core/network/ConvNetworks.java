package dlfs.core.network;

import dlfs.core.init.WeightInit;
import dlfs.core.random.Rng;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a CNN from its {@link Architecture}, e.g. before a model file's weights are loaded.
 * Settings missing from the description take the book's values; an unknown setting is an error,
 * so a misspelt key cannot silently fall back to a default.
 */
public final class ConvNetworks {
    /** The architecture types this factory builds. */
    public static final Set<String> TYPES = Set.of(SimpleConvNet.TYPE, DeepConvNet.TYPE);

    private ConvNetworks() {
    }

    /** True when {@link #fromArchitecture} knows the type. */
    public static boolean supports(Architecture architecture) {
        return TYPES.contains(architecture.type());
    }

    /** A new network of the described type and settings, with fresh weights drawn from {@code rng}. */
    public static ConvNetwork fromArchitecture(Architecture architecture, Rng rng) {
        Settings s = new Settings(architecture);
        switch (architecture.type()) {
            case SimpleConvNet.TYPE:
                s.allowOnly("inputDim", "filterNum", "filterSize", "pad", "stride", "hiddenSize", "outputSize", "weightInit");
                return new SimpleConvNet(s.ints("inputDim", 1, 28, 28), s.integer("filterNum", 30), s.integer("filterSize", 5),
                        s.integer("pad", 0), s.integer("stride", 1), s.integer("hiddenSize", 100), s.integer("outputSize", 10),
                        s.weightInit("0.01"), rng);
            case DeepConvNet.TYPE:
                s.allowOnly("inputDim", "channels", "hiddenSize", "outputSize", "dropoutRatio", "weightInit");
                return new DeepConvNet(s.ints("inputDim", 1, 28, 28), s.ints("channels", 16, 16, 32, 32, 64, 64),
                        s.integer("hiddenSize", 50), s.integer("outputSize", 10), s.number("dropoutRatio", 0.5),
                        s.weightInit("he"), rng);
            default:
                throw new IllegalArgumentException("not a CNN architecture: " + architecture.type() + " (known: " + TYPES + ")");
        }
    }

    /** Typed reads from an architecture's settings, accepting numbers or numeric text. */
    private static final class Settings {
        private final String type;
        private final Map<String, Object> config;

        Settings(Architecture architecture) {
            this.type = architecture.type();
            this.config = architecture.config();
        }

        void allowOnly(String... keys) {
            List<String> known = List.of(keys);
            for (String key : config.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(type + " has no setting '" + key + "' (known: " + known + ")");
                }
            }
        }

        int integer(String key, int fallback) {
            Object v = config.get(key);
            return v == null ? fallback : toInt(key, v);
        }

        double number(String key, double fallback) {
            Object v = config.get(key);
            return v == null ? fallback : toDouble(key, v);
        }

        int[] ints(String key, int... fallback) {
            Object v = config.get(key);
            if (v == null) {
                return fallback;
            }
            if (!(v instanceof List<?>)) {
                throw new IllegalArgumentException(type + " setting " + key + " must be a list of integers, got " + v);
            }
            List<?> list = (List<?>) v;
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toInt(key, list.get(i));
            }
            return out;
        }

        WeightInit weightInit(String fallback) {
            Object v = config.get("weightInit");
            return WeightInit.parse(v == null ? fallback : v.toString());
        }

        private int toInt(String key, Object v) {
            double d = toDouble(key, v);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(type + " setting " + key + " must be an integer, got " + v);
            }
            return (int) d;
        }

        private double toDouble(String key, Object v) {
            if (v instanceof Number) {
                return ((Number) v).doubleValue();
            }
            try {
                return Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(type + " setting " + key + " must be a number, got " + v, e);
            }
        }
    }
}
