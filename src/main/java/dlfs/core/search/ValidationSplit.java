package dlfs.core.search;

import dlfs.core.data.ImageDataset;
import dlfs.core.random.Rng;
import java.util.Arrays;

/**
 * Training data split into a validation part and what is left for training, as in the book's
 * hyper-parameter script: shuffle first (the data may be sorted by class), then the first
 * {@code int(N · fraction)} images become validation data.
 */
public record ValidationSplit(ImageDataset training, ImageDataset validation) {
    /** The book's validation share, 20 %. */
    public static final double BOOK_FRACTION = 0.20;

    public static ValidationSplit of(ImageDataset data, double fraction, Rng rng) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + fraction);
        }
        int validationSize = (int) (data.size() * fraction);
        if (validationSize == 0 || validationSize == data.size()) {
            throw new IllegalArgumentException(data.name() + " has " + data.size() + " images: too few to keep "
                    + fraction + " of them for validation and train on the rest");
        }
        int[] order = rng.permutation(data.size());
        return new ValidationSplit(data.select(Arrays.copyOfRange(order, validationSize, order.length)),
                data.select(Arrays.copyOfRange(order, 0, validationSize)));
    }
}
