package dlfs.core.train;

import dlfs.core.tensor.Tensor;

/**
 * The settings of a training run, after the companion code's {@code Trainer}: epochs, mini-batch
 * size, how batches are drawn, how many samples to evaluate each epoch
 * ({@code evaluate_sample_num_per_epoch}), and how images are fed to the network. Build one with
 * {@link #builder(int...)}.
 */
public final class TrainerConfig {
    /** An evaluation limit meaning "every sample" (the book's {@code None}). */
    public static final int ALL = Integer.MAX_VALUE;

    private final int epochs;
    private final int iterations;
    private final int batchSize;
    private final Sampling sampling;
    private final int trainEvaluationLimit;
    private final int testEvaluationLimit;
    private final int evaluationBatchSize;
    private final int[] sampleShape;
    private final boolean normalize;
    private final BatchAugmenter augmenter;

    private TrainerConfig(Builder b) {
        this.epochs = b.epochs;
        this.iterations = b.iterations;
        this.batchSize = b.batchSize;
        this.sampling = b.sampling;
        this.trainEvaluationLimit = b.trainEvaluationLimit;
        this.testEvaluationLimit = b.testEvaluationLimit;
        this.evaluationBatchSize = b.evaluationBatchSize != null ? b.evaluationBatchSize : b.batchSize;
        this.sampleShape = b.sampleShape.clone();
        this.normalize = b.normalize;
        this.augmenter = b.augmenter;
    }

    /** What is done to each training batch before the network sees it ({@link BatchAugmenter#NONE} by default). */
    public BatchAugmenter augmenter() {
        return augmenter;
    }

    /**
     * Settings with the companion code's defaults (20 epochs, batch 100, sampling with replacement,
     * every sample evaluated, pixels divided by 255).
     *
     * @param sampleShape the shape of one input sample as the network reads it: {784} for a fully
     *                    connected network, {1, 28, 28} for a convolutional one
     */
    public static Builder builder(int... sampleShape) {
        return new Builder(sampleShape);
    }

    public int epochs() {
        return epochs;
    }

    /** A fixed number of iterations overriding epochs × iterations-per-epoch, or 0 when epochs decide. */
    public int iterations() {
        return iterations;
    }

    public int batchSize() {
        return batchSize;
    }

    public Sampling sampling() {
        return sampling;
    }

    /** How many training samples (the first ones) are evaluated per epoch; {@link #ALL} for all. */
    public int trainEvaluationLimit() {
        return trainEvaluationLimit;
    }

    /** How many test samples (the first ones) are evaluated per epoch; {@link #ALL} for all. */
    public int testEvaluationLimit() {
        return testEvaluationLimit;
    }

    public int evaluationBatchSize() {
        return evaluationBatchSize;
    }

    public int[] sampleShape() {
        return sampleShape.clone();
    }

    public boolean normalize() {
        return normalize;
    }

    @Override
    public String toString() {
        return "TrainerConfig[epochs=" + epochs + (iterations > 0 ? ", iterations=" + iterations : "")
                + ", batch=" + batchSize + ", " + sampling + ", sample=" + Tensor.shapeString(sampleShape)
                + (normalize ? ", normalized" : "") + "]";
    }

    /** Collects settings; {@link #build()} checks them. */
    public static final class Builder {
        private int epochs = 20;
        private int iterations;
        private int batchSize = 100;
        private Sampling sampling = Sampling.WITH_REPLACEMENT;
        private int trainEvaluationLimit = ALL;
        private int testEvaluationLimit = ALL;
        /** null: the training batch size, so evaluation reuses the layers' buffers instead of reallocating them. */
        private Integer evaluationBatchSize;
        private final int[] sampleShape;
        private boolean normalize = true;
        private BatchAugmenter augmenter = BatchAugmenter.NONE;

        private Builder(int[] sampleShape) {
            this.sampleShape = sampleShape.clone();
        }

        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Runs exactly this many iterations instead of epochs × iterations-per-epoch (e.g. the book's 10,000). */
        public Builder iterations(int iterations) {
            this.iterations = iterations;
            return this;
        }

        /** Transforms every training batch before the step, e.g. random shifts of the digits. */
        public Builder augmenter(BatchAugmenter augmenter) {
            this.augmenter = java.util.Objects.requireNonNull(augmenter, "augmenter");
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder sampling(Sampling sampling) {
            this.sampling = sampling;
            return this;
        }

        /** Evaluates only the first {@code limit} training and test samples each epoch (0 skips evaluation). */
        public Builder evaluationSampleLimit(int limit) {
            this.trainEvaluationLimit = limit;
            this.testEvaluationLimit = limit;
            return this;
        }

        public Builder trainEvaluationLimit(int limit) {
            this.trainEvaluationLimit = limit;
            return this;
        }

        public Builder testEvaluationLimit(int limit) {
            this.testEvaluationLimit = limit;
            return this;
        }

        /**
         * Samples per forward pass during evaluation (memory only; the result does not depend on it).
         * By default the training batch size: each layer keeps buffers for one batch shape, and a
         * different evaluation batch would make every layer reallocate them twice per epoch (for
         * DeepConvNet at 500 samples, some 300 MB of feature maps).
         */
        public Builder evaluationBatchSize(int size) {
            this.evaluationBatchSize = size;
            return this;
        }

        public Builder normalize(boolean normalize) {
            this.normalize = normalize;
            return this;
        }

        public TrainerConfig build() {
            requireAtLeast("epochs", epochs, 1);
            requireAtLeast("iterations", iterations, 0);
            requireAtLeast("batch size", batchSize, 1);
            requireAtLeast("train evaluation limit", trainEvaluationLimit, 0);
            requireAtLeast("test evaluation limit", testEvaluationLimit, 0);
            if (evaluationBatchSize != null) {
                requireAtLeast("evaluation batch size", evaluationBatchSize, 1);
            }
            if (sampling == null) {
                throw new IllegalArgumentException("sampling must be WITH_REPLACEMENT or WITHOUT_REPLACEMENT, got null");
            }
            if (sampleShape.length == 0) {
                throw new IllegalArgumentException("sample shape must have at least one axis, e.g. {784} or {1, 28, 28}");
            }
            for (int d : sampleShape) {
                requireAtLeast("every axis of the sample shape", d, 1);
            }
            return new TrainerConfig(this);
        }

        private static void requireAtLeast(String what, int value, int min) {
            if (value < min) {
                throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
            }
        }
    }
}
