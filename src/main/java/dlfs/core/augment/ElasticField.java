package dlfs.core.augment;

import dlfs.core.random.Rng;

/**
 * A smooth random displacement of every pixel, after Simard, Steinkraus and Platt (2003): draw a
 * displacement in [−1, 1] for each pixel and axis, blur the two fields with a Gaussian of width σ so
 * that neighbours move together, and multiply by the strength α. Small σ gives jitter, large σ a
 * gentle wobble of the strokes, which is what a different hand would produce.
 */
public final class ElasticField {
    /** No displacement anywhere. */
    public static final ElasticField NONE = new ElasticField(0, 0, new double[0], new double[0]);

    private final int height;
    private final int width;
    private final double[] dx;
    private final double[] dy;

    private ElasticField(int height, int width, double[] dx, double[] dy) {
        this.height = height;
        this.width = width;
        this.dx = dx;
        this.dy = dy;
    }

    /**
     * A random field for an image of height × width.
     *
     * @param alpha strength: the displacements are scaled by it (0 gives no displacement)
     * @param sigma width of the Gaussian blur in pixels, &gt; 0
     */
    public static ElasticField random(int height, int width, double alpha, double sigma, Rng rng) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size must be at least 1×1, got " + height + "×" + width);
        }
        if (!(alpha >= 0) || !(sigma > 0)) {
            throw new IllegalArgumentException("need strength α ≥ 0 and smoothness σ > 0, got α " + alpha + ", σ " + sigma);
        }
        double[] dx = new double[height * width];
        double[] dy = new double[height * width];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = rng.uniform(-1, 1);
            dy[i] = rng.uniform(-1, 1);
        }
        double[] kernel = gaussianKernel(sigma);
        smooth(dx, height, width, kernel, alpha);
        smooth(dy, height, width, kernel, alpha);
        return new ElasticField(height, width, dx, dy);
    }

    /** Horizontal displacement at pixel (row, column). */
    public double dx(int row, int column) {
        return dx.length == 0 ? 0 : dx[row * width + column];
    }

    /** Vertical displacement at pixel (row, column). */
    public double dy(int row, int column) {
        return dy.length == 0 ? 0 : dy[row * width + column];
    }

    /** True when the field was made for an image of this size (NONE fits every size). */
    public boolean fits(int rows, int columns) {
        return dx.length == 0 || rows == height && columns == width;
    }

    /** Normalised weights exp(−k²/2σ²) for k = −⌈3σ⌉..⌈3σ⌉. */
    private static double[] gaussianKernel(double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
            sum += kernel[k + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        return kernel;
    }

    /** Blurs the field along rows, then columns (outside the image counts as 0), and scales it. */
    private static void smooth(double[] field, int height, int width, double[] kernel, double scale) {
        int radius = kernel.length / 2;
        double[] rows = new double[field.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    int cc = c + k;
                    if (cc >= 0 && cc < width) {
                        sum += kernel[k + radius] * field[r * width + cc];
                    }
                }
                rows[r * width + c] = sum;
            }
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    int rr = r + k;
                    if (rr >= 0 && rr < height) {
                        sum += kernel[k + radius] * rows[rr * width + c];
                    }
                }
                field[r * width + c] = scale * sum;
            }
        }
    }
}
