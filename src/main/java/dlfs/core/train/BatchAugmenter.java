package dlfs.core.train;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;

/**
 * Changes each training batch a little before the network sees it (data augmentation, book §8.1.2):
 * shifted or rotated digits are new examples for free. Applied to training batches only, never to
 * evaluation.
 */
@FunctionalInterface
public interface BatchAugmenter {
    /** No augmentation: the book's setting. */
    BatchAugmenter NONE = (images, sampleShape, rng) -> { };

    /**
     * @param images      the batch, (N, sample…) values in place
     * @param sampleShape the shape of one sample, e.g. {1, 28, 28} or {784}
     * @param rng         the run's random source, so an augmented run is reproducible
     */
    void augment(Tensor images, int[] sampleShape, Rng rng);
}
