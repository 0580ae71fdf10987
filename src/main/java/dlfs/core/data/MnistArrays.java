package dlfs.core.data;

import dlfs.core.tensor.Tensor;

/**
 * The four arrays of the book's {@code (x_train, t_train), (x_test, t_test) = load_mnist(...)}.
 *
 * @param xTest null (and so {@code tTest}) when the data set has no test files
 */
public record MnistArrays(Tensor xTrain, Tensor tTrain, Tensor xTest, Tensor tTest) {

    /**
     * Converts loaded bytes the way {@code load_mnist(normalize, flatten, one_hot_label)} does.
     *
     * @param normalize   pixels / 255 (0.0–1.0) instead of 0–255
     * @param flatten     (N, 784) instead of (N, 1, 28, 28)
     * @param oneHotLabel labels as (N, 10) one-hot rows instead of (N,) digits
     */
    public static MnistArrays of(TrainTest data, boolean normalize, boolean flatten, boolean oneHotLabel) {
        ImageDataset test = data.test();
        return new MnistArrays(data.train().images(normalize, flatten), data.train().labels(oneHotLabel),
                test == null ? null : test.images(normalize, flatten), test == null ? null : test.labels(oneHotLabel));
    }
}
