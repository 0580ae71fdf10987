package dlfs.app.playground;

import dlfs.core.init.WeightInit;
import dlfs.core.io.BundledModels;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;

/**
 * The three networks the playground offers, each with its pretrained file and the settings of the
 * quick training that stands in for it when that file is not shipped.
 */
public enum DigitModelKind {
    /** TwoLayerNet 784-100-10 with ReLU (chapter 5): trains in seconds. */
    TWO_LAYER("playground.model.two-layer", TwoLayerNet.TYPE, BundledModels.TWO_LAYER, 1200, 100) {
        @Override
        public Network create(Rng rng) {
            return TwoLayerNet.chapter5(784, 100, 10, rng);
        }
    },
    /**
     * The book's SimpleConvNet (chapter 7), started with He initialisation rather than the book's
     * std 0.01: with only a few hundred mini-batches that reaches about 96 % instead of 92 %.
     */
    SIMPLE_CONVNET("playground.model.simple-convnet", SimpleConvNet.TYPE, BundledModels.SIMPLE_CONVNET, 300, 100) {
        @Override
        public Network create(Rng rng) {
            return new SimpleConvNet(new int[] {1, 28, 28}, 30, 5, 0, 1, 100, 10, WeightInit.he(), rng);
        }
    },
    /** The book's DeepConvNet (chapter 8). */
    DEEP_CONVNET("playground.model.deep-convnet", DeepConvNet.TYPE, BundledModels.DEEP_CONVNET, 400, 50) {
        @Override
        public Network create(Rng rng) {
            return new DeepConvNet(rng);
        }
    };

    private final String titleKey;
    private final String networkType;
    private final String bundledFile;
    private final int quickIterations;
    private final int quickBatchSize;

    DigitModelKind(String titleKey, String networkType, String bundledFile, int quickIterations, int quickBatchSize) {
        this.titleKey = titleKey;
        this.networkType = networkType;
        this.bundledFile = bundledFile;
        this.quickIterations = quickIterations;
        this.quickBatchSize = quickBatchSize;
    }

    /** A fresh, untrained network of this kind. */
    public abstract Network create(Rng rng);

    public String titleKey() {
        return titleKey;
    }

    /** The core class's name, the same in every language (e.g. "SimpleConvNet"). */
    public String networkType() {
        return networkType;
    }

    /** The {@link BundledModels} file name. */
    public String bundledFile() {
        return bundledFile;
    }

    /** Mini-batch updates of the quick training (Adam, learning rate 0.001). */
    public int quickIterations() {
        return quickIterations;
    }

    public int quickBatchSize() {
        return quickBatchSize;
    }
}
