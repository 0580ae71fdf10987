package dlfs.core.network;

import dlfs.core.random.Rng;

/** Rebuilds any network of the course from its {@link Architecture}, and tells what input it expects. */
public final class Networks {
    private Networks() {
    }

    /** A fresh network (new random weights from {@code rng}) of the described architecture. */
    public static Network fromArchitecture(Architecture architecture, Rng rng) {
        if (ConvNetworks.supports(architecture)) {
            return ConvNetworks.fromArchitecture(architecture, rng);
        }
        return DenseNetworks.fromArchitecture(architecture, rng);
    }

    /**
     * The shape of one input sample: (C, H, W) for a convolutional network, (inputSize) for a dense one.
     */
    public static int[] sampleShape(Network network) {
        if (network instanceof ConvNetwork conv) {
            return conv.inputDim();
        }
        Object size = network.architecture().config().get("inputSize");
        if (!(size instanceof Number)) {
            throw new IllegalArgumentException(network.architecture().type() + " does not say its input size");
        }
        return new int[] {((Number) size).intValue()};
    }

    /** The shape of a batch of {@code n} samples for this network: (n, C, H, W) or (n, inputSize). */
    public static int[] batchShape(Network network, int n) {
        int[] sample = sampleShape(network);
        int[] shape = new int[sample.length + 1];
        shape[0] = n;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return shape;
    }

    /** Total number of learnable values. */
    public static long parameterCount(Network network) {
        long count = 0;
        for (var p : network.params()) {
            count += p.value().size();
        }
        return count;
    }
}
