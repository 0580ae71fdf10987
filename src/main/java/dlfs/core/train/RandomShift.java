package dlfs.core.train;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;

/**
 * Moves every training image by a random whole number of pixels, up to {@code maxShift} in each
 * direction, filling the uncovered border with 0 (background). A digit moved by a pixel or two is
 * still the same digit, so the network sees "new" examples and relies less on exact positions.
 */
public final class RandomShift implements BatchAugmenter {
    private final int maxShift;
    private double[] scratch = new double[0];

    public RandomShift(int maxShift) {
        if (maxShift < 0) {
            throw new IllegalArgumentException("shift must be 0 or more pixels, got " + maxShift);
        }
        this.maxShift = maxShift;
    }

    @Override
    public void augment(Tensor images, int[] sampleShape, Rng rng) {
        int height;
        int width;
        if (sampleShape.length == 3) {
            height = sampleShape[1];
            width = sampleShape[2];
        } else {
            // a flat sample of a square single-channel image, as load_mnist(flatten=True) gives it
            int side = (int) Math.round(Math.sqrt(sampleShape[0]));
            if (side * side != sampleShape[0]) {
                throw new IllegalArgumentException("cannot shift flat samples of " + sampleShape[0] + " values: not a square image");
            }
            height = side;
            width = side;
        }
        int plane = height * width;
        int perSample = images.size() / Math.max(1, images.dim(0));
        if (scratch.length != plane) {
            scratch = new double[plane];
        }
        double[] data = images.data();
        for (int sample = 0; sample < images.dim(0); sample++) {
            int dy = rng.nextInt(2 * maxShift + 1) - maxShift;
            int dx = rng.nextInt(2 * maxShift + 1) - maxShift;
            for (int channel = 0; channel < perSample / plane; channel++) {
                shift(data, sample * perSample + channel * plane, height, width, dy, dx);
            }
        }
    }

    /** out(y, x) = in(y − dy, x − dx), or 0 outside the image. */
    private void shift(double[] data, int offset, int height, int width, int dy, int dx) {
        System.arraycopy(data, offset, scratch, 0, height * width);
        for (int y = 0; y < height; y++) {
            int sy = y - dy;
            for (int x = 0; x < width; x++) {
                int sx = x - dx;
                boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                data[offset + y * width + x] = inside ? scratch[sy * width + sx] : 0.0;
            }
        }
    }
}
