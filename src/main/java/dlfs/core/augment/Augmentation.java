package dlfs.core.augment;

import dlfs.core.data.ImageDataset;
import dlfs.core.random.Rng;

/**
 * Data augmentation (8.1.2): makes more training images out of the ones there are by small random
 * changes that do not change the answer: a slight rotation, shift, enlargement or reduction, and an
 * elastic wobble of the strokes. A network trained on them has seen more ways of writing each digit,
 * which helps most when the data set is small.
 *
 * <p>This record holds the ranges the changes are drawn from; {@link #randomDistortion} and
 * {@link #randomField} draw one change, {@link #expand} adds augmented copies to a data set.
 * Everything random comes from the {@link Rng} passed in, so the same seed gives the same images.
 *
 * @param maxRotationDegrees rotations are drawn from [−max, max]
 * @param maxShift           shifts in x and y are drawn from [−max, max] pixels
 * @param minScale           scales are drawn from [minScale, maxScale]
 * @param maxScale           upper end of the scale range
 * @param elasticAlpha       strength of the elastic field (0 for none)
 * @param elasticSigma       smoothness of the elastic field in pixels
 * @param flip               mirror half of the images left–right
 */
public record Augmentation(double maxRotationDegrees, double maxShift, double minScale, double maxScale,
                           double elasticAlpha, double elasticSigma, boolean flip) {
    /** Moderate settings for handwritten digits: ±15°, ±2 px, 90–110 %, a gentle elastic wobble, no flip. */
    public static final Augmentation DIGITS = new Augmentation(15, 2, 0.9, 1.1, 8, 4, false);

    public Augmentation {
        if (!(maxRotationDegrees >= 0) || !(maxShift >= 0) || !(elasticAlpha >= 0)) {
            throw new IllegalArgumentException("rotation, shift and elastic strength must be ≥ 0, got "
                    + maxRotationDegrees + "°, " + maxShift + " px, α " + elasticAlpha);
        }
        if (!(minScale > 0) || !(maxScale >= minScale)) {
            throw new IllegalArgumentException("need 0 < minimum scale ≤ maximum scale, got " + minScale + " and " + maxScale);
        }
        if (!(elasticSigma > 0)) {
            throw new IllegalArgumentException("elastic smoothness σ must be > 0, got " + elasticSigma);
        }
    }

    /** A rotation, scale, shift (and flip, when enabled) drawn from the ranges. */
    public Distortion randomDistortion(Rng rng) {
        double rotation = rng.uniform(-maxRotationDegrees, maxRotationDegrees);
        double scale = rng.uniform(minScale, maxScale);
        double shiftX = rng.uniform(-maxShift, maxShift);
        double shiftY = rng.uniform(-maxShift, maxShift);
        boolean mirrored = flip && rng.uniform() < 0.5;
        return new Distortion(rotation, scale, shiftX, shiftY, mirrored);
    }

    /** An elastic field for an image of this size, or {@link ElasticField#NONE} when α is 0. */
    public ElasticField randomField(int height, int width, Rng rng) {
        return elasticAlpha == 0 ? ElasticField.NONE : ElasticField.random(height, width, elasticAlpha, elasticSigma, rng);
    }

    /** One randomly augmented version of a one-channel image. */
    public double[] apply(double[] image, int height, int width, Rng rng) {
        return ImageWarp.warp(image, height, width, randomDistortion(rng), randomField(height, width, rng));
    }

    /**
     * The data set followed by {@code copies} augmented versions of each image (same labels), as a new
     * data set of {@code size · (copies + 1)} images. Pixels are rounded back to bytes 0–255.
     */
    public ImageDataset expand(ImageDataset data, int copies, Rng rng) {
        if (copies < 0) {
            throw new IllegalArgumentException("number of augmented copies must be ≥ 0, got " + copies);
        }
        int n = data.size();
        int per = data.imageSize();
        int planeSize = data.height() * data.width();
        byte[] pixels = new byte[n * (copies + 1) * per];
        int[] labels = new int[n * (copies + 1)];
        double[] plane = new double[planeSize];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < per; p++) {
                pixels[i * per + p] = (byte) data.pixel(i, p);
            }
            labels[i] = data.label(i);
        }
        for (int copy = 1; copy <= copies; copy++) {
            for (int i = 0; i < n; i++) {
                int target = copy * n + i;
                Distortion distortion = randomDistortion(rng);
                ElasticField field = randomField(data.height(), data.width(), rng);
                for (int c = 0; c < data.channels(); c++) {
                    for (int p = 0; p < planeSize; p++) {
                        plane[p] = data.pixel(i, c * planeSize + p);
                    }
                    double[] warped = ImageWarp.warp(plane, data.height(), data.width(), distortion, field);
                    for (int p = 0; p < planeSize; p++) {
                        long value = Math.round(warped[p]);
                        pixels[target * per + c * planeSize + p] = (byte) Math.max(0, Math.min(255, value));
                    }
                }
                labels[target] = data.label(i);
            }
        }
        return new ImageDataset(data.name() + "+augmented×" + copies, pixels, labels, data.channels(), data.height(),
                data.width(), data.classes());
    }
}
