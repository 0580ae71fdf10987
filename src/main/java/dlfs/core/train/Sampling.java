package dlfs.core.train;

/** How each mini-batch is drawn from the training set. */
public enum Sampling {
    /**
     * Every batch is drawn independently, so an image can appear twice in one batch and some images
     * are skipped in an epoch: the book's {@code np.random.choice(train_size, batch_size)}.
     */
    WITH_REPLACEMENT,
    /**
     * Each epoch shuffles the training set and walks through it batch by batch, so every image is
     * seen once per epoch (the remainder of a non-multiple size waits for a later shuffle).
     */
    WITHOUT_REPLACEMENT
}
