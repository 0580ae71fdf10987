package dlfs.core.augment;

/**
 * Moves the pixels of an image: every output pixel looks up where it came from in the input and
 * reads the value there by bilinear interpolation (a weighted mean of the four surrounding pixels;
 * outside the image counts as 0, the background of MNIST). Working backwards from the output this
 * way leaves no holes, however the image is rotated or enlarged.
 */
public final class ImageWarp {
    private ImageWarp() {
    }

    /**
     * Applies {@code distortion} about the image centre, then displaces every pixel by {@code field}.
     *
     * @param image row-major height × width values (one channel)
     * @return a new image of the same size
     */
    public static double[] warp(double[] image, int height, int width, Distortion distortion, ElasticField field) {
        if (image.length != height * width) {
            throw new IllegalArgumentException("image has " + image.length + " values, expected " + height + "×" + width);
        }
        if (!field.fits(height, width)) {
            throw new IllegalArgumentException("the elastic field was made for another image size than " + height + "×" + width);
        }
        double centreX = (width - 1) / 2.0;
        double centreY = (height - 1) / 2.0;
        double angle = Math.toRadians(distortion.rotationDegrees());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] out = new double[image.length];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                // undo shift and scale, then rotate back: source = centre + R(−θ)·(destination − centre − shift)/scale
                double a = (column - centreX - distortion.shiftX()) / distortion.scale();
                double b = (row - centreY - distortion.shiftY()) / distortion.scale();
                double x = centreX + cos * a - sin * b;
                double y = centreY + sin * a + cos * b;
                if (distortion.flip()) {
                    x = width - 1 - x;
                }
                out[row * width + column] = sample(image, height, width,
                        y + field.dy(row, column), x + field.dx(row, column));
            }
        }
        return out;
    }

    /** Bilinear interpolation at the (fractional) position (y, x); 0 outside the image. */
    public static double sample(double[] image, int height, int width, double y, double x) {
        int y0 = (int) Math.floor(y);
        int x0 = (int) Math.floor(x);
        double fy = y - y0;
        double fx = x - x0;
        return (1 - fy) * ((1 - fx) * pixel(image, height, width, y0, x0) + fx * pixel(image, height, width, y0, x0 + 1))
                + fy * ((1 - fx) * pixel(image, height, width, y0 + 1, x0) + fx * pixel(image, height, width, y0 + 1, x0 + 1));
    }

    private static double pixel(double[] image, int height, int width, int y, int x) {
        return y < 0 || y >= height || x < 0 || x >= width ? 0.0 : image[y * width + x];
    }
}
