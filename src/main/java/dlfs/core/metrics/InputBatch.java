package dlfs.core.metrics;

import dlfs.core.data.ImageDataset;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;

/**
 * A reusable mini-batch in the shape a network reads: images as (N, 784) for a fully connected
 * network or (N, 1, 28, 28) for a convolutional one (the network decides; this class only follows
 * {@code sampleShape}), and labels as N class indices. The tensors are reused while the batch size
 * stays the same, so drawing a batch allocates nothing.
 */
public final class InputBatch {
    private final int[] sampleShape;
    private final int sampleSize;
    private final boolean normalize;
    private Tensor images;
    private Tensor labels;

    /**
     * @param sampleShape the shape of one sample, e.g. {784} or {1, 28, 28}
     * @param normalize   divide pixels by 255 (the book's {@code normalize=True})
     */
    public InputBatch(int[] sampleShape, boolean normalize) {
        if (sampleShape == null || sampleShape.length == 0) {
            throw new IllegalArgumentException("sample shape must have at least one axis, e.g. {784} or {1, 28, 28}");
        }
        int size = 1;
        for (int d : sampleShape) {
            if (d <= 0) {
                throw new IllegalArgumentException("sample shape " + Tensor.shapeString(sampleShape) + " has a non-positive axis");
            }
            size *= d;
        }
        this.sampleShape = sampleShape.clone();
        this.sampleSize = size;
        this.normalize = normalize;
    }

    /** Checks that one image of {@code data} has exactly as many values as one sample. */
    public void requireFits(ImageDataset data) {
        if (data.imageSize() != sampleSize) {
            throw new ShapeException(data.name() + " images have " + data.imageSize() + " values ("
                    + data.channels() + "×" + data.height() + "×" + data.width() + ") but the sample shape "
                    + Tensor.shapeString(sampleShape) + " holds " + sampleSize);
        }
    }

    /** Loads images {@code indices[from..from+count)} of {@code data} into {@link #images()} and {@link #labels()}. */
    public void load(ImageDataset data, int[] indices, int from, int count) {
        requireFits(data);
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        images = Tensor.reuse(images, shape);
        labels = Tensor.reuse(labels, count);
        data.fillBatch(indices, from, count, normalize, images, labels);
    }

    /** The images of the last {@link #load}, shaped (N, sampleShape…). */
    public Tensor images() {
        return images;
    }

    /** The labels of the last {@link #load}, as N class indices. */
    public Tensor labels() {
        return labels;
    }

    @Override
    public String toString() {
        return "InputBatch" + Arrays.toString(sampleShape) + (normalize ? " normalized" : "");
    }
}
