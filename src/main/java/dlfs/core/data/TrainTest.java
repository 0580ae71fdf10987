package dlfs.core.data;

/**
 * A training set and its test set, as the book's {@code load_mnist} returns them.
 *
 * @param test null when the source holds only training files
 */
public record TrainTest(ImageDataset train, ImageDataset test) {
    public TrainTest {
        if (train == null) {
            throw new IllegalArgumentException("a training set is required");
        }
    }

    public boolean hasTest() {
        return test != null;
    }

    /**
     * This pair if it has a test set; otherwise the last {@code count} training images become the
     * test set, so that a folder with only training files can still be trained and evaluated on.
     */
    public TrainTest withHeldOutTest(int count) {
        if (hasTest()) {
            return this;
        }
        if (count <= 0 || count >= train.size()) {
            throw new IllegalArgumentException("cannot hold out " + count + " of " + train.size() + " training images");
        }
        int split = train.size() - count;
        return new TrainTest(train.slice(0, split), train.slice(split, train.size()));
    }
}
