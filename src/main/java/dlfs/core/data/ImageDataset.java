package dlfs.core.data;

import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Labelled images kept as bytes (0–255), the way IDX files store them: 60,000 MNIST digits take
 * 47 MB instead of 376 MB as doubles. Batches are converted to doubles (and normalised) only when
 * they are drawn.
 */
public final class ImageDataset {
    private final String name;
    private final byte[] pixels;
    private final int[] labels;
    private final int channels;
    private final int height;
    private final int width;
    private final int classes;

    public ImageDataset(String name, byte[] pixels, int[] labels, int channels, int height, int width, int classes) {
        int perImage = channels * height * width;
        if (perImage <= 0 || pixels.length != (long) labels.length * perImage) {
            throw new IllegalArgumentException(name + ": " + pixels.length + " pixel bytes do not hold "
                    + labels.length + " images of " + channels + "×" + height + "×" + width);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(name + ": label " + labels[i] + " of image " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.classes = classes;
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int classes() {
        return classes;
    }

    /** Values per image (784 for MNIST). */
    public int imageSize() {
        return channels * height * width;
    }

    public int label(int index) {
        return labels[index];
    }

    /** Raw pixel byte {@code p} of image {@code index}, as 0–255. */
    public int pixel(int index, int p) {
        return pixels[index * imageSize() + p] & 0xFF;
    }

    /**
     * Writes the images {@code indices[from..from+count)} into {@code out} (count × imageSize values,
     * any shape of that size) and their labels into {@code labelsOut} (count values, may be null).
     *
     * @param normalize divide by 255 to get 0.0–1.0, as {@code load_mnist(normalize=True)}
     */
    public void fillBatch(int[] indices, int from, int count, boolean normalize, Tensor out, Tensor labelsOut) {
        int per = imageSize();
        if (out.size() != count * per) {
            throw new IllegalArgumentException("batch tensor " + Tensor.shapeString(out.shape()) + " cannot hold "
                    + count + " images of " + per + " values");
        }
        double scale = normalize ? 1.0 / 255.0 : 1.0;
        double[] dst = out.data();
        MatMul.Kernel kernel = MatMul.kernel();
        // images are independent: split over the compute threads like any other large loop
        Parallel.forRange(count, (long) per * Parallel.ELEMENTWISE_WORK, (first, last) -> {
            for (int b = first; b < last; b++) {
                int image = indices[from + b];
                kernel.unsignedBytesToDoubles(pixels, image * per, scale, dst, b * per, per);
                if (labelsOut != null) {
                    labelsOut.data()[b] = labels[image];
                }
            }
        });
    }

    /** All images as an (N, imageSize) tensor; convenient for small sets and tests. */
    public Tensor images(boolean normalize) {
        Tensor out = Tensor.zeros(size(), imageSize());
        fillBatch(range(0, size()), 0, size(), normalize, out, null);
        return out;
    }

    /**
     * All images as the book's {@code load_mnist} returns them: (N, C·H·W) when {@code flatten},
     * else (N, C, H, W); pixel values 0–255, or 0.0–1.0 when {@code normalize}.
     */
    public Tensor images(boolean normalize, boolean flatten) {
        Tensor flat = images(normalize);
        return flatten ? flat : flat.reshape(size(), channels, height, width);
    }

    /** All labels as {@code load_mnist(one_hot_label=…)} gives them: (N,) class indices or (N, classes) one-hot rows. */
    public Tensor labels(boolean oneHot) {
        return oneHot ? oneHotLabels() : labelTensor();
    }

    /** How many images each class has. */
    public int[] labelCounts() {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** All labels as a tensor of N class indices. */
    public Tensor labelTensor() {
        Tensor out = Tensor.zeros(size());
        for (int i = 0; i < labels.length; i++) {
            out.data()[i] = labels[i];
        }
        return out;
    }

    /** One-hot label rows (N, classes), as {@code load_mnist(one_hot_label=True)}. */
    public Tensor oneHotLabels() {
        Tensor out = Tensor.zeros(size(), classes);
        for (int i = 0; i < labels.length; i++) {
            out.data()[i * classes + labels[i]] = 1.0;
        }
        return out;
    }

    /** Images [from, to) as a new dataset sharing nothing mutable with this one. */
    public ImageDataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") outside 0.." + size());
        }
        int per = imageSize();
        return new ImageDataset(name + "[" + from + ":" + to + "]", Arrays.copyOfRange(pixels, from * per, to * per),
                Arrays.copyOfRange(labels, from, to), channels, height, width, classes);
    }

    /** The images at the given indices, in that order. */
    public ImageDataset select(int[] indices) {
        int per = imageSize();
        byte[] p = new byte[indices.length * per];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * per, p, i * per, per);
            l[i] = labels[indices[i]];
        }
        return new ImageDataset(name, p, l, channels, height, width, classes);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
