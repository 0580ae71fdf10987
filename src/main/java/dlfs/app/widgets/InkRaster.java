package dlfs.app.widgets;

import java.util.Arrays;

/**
 * The drawing of a {@link DigitCanvas} as numbers: one ink value in [0, 1] per pixel, the raster the
 * preprocessing reads. A pen segment is a capsule (a line with round ends) of the pen's radius; a
 * pixel is covered by how far its centre lies inside the capsule, over a one-pixel ramp at the edge,
 * which gives the smooth anti-aliased edge of a real pen. The pen keeps the stronger of old and new
 * ink (so crossing strokes do not darken); the eraser removes as much ink as it covers.
 */
final class InkRaster {
    private final int width;
    private final int height;
    private final double[] ink;

    InkRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.ink = new double[width * height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The live values, row-major; they change with the next stroke. */
    double[] values() {
        return ink;
    }

    void clear() {
        Arrays.fill(ink, 0);
    }

    /**
     * Paints the segment from (x0, y0) to (x1, y1) (a dot when both ends are equal) and returns the
     * changed pixels as {left, top, right, bottom} (exclusive right and bottom), or null when the
     * segment lies outside the raster.
     */
    int[] segment(double x0, double y0, double x1, double y1, double radius, boolean erase) {
        int left = Math.max(0, (int) Math.floor(Math.min(x0, x1) - radius - 1));
        int top = Math.max(0, (int) Math.floor(Math.min(y0, y1) - radius - 1));
        int right = Math.min(width, (int) Math.ceil(Math.max(x0, x1) + radius + 1));
        int bottom = Math.min(height, (int) Math.ceil(Math.max(y0, y1) + radius + 1));
        if (left >= right || top >= bottom) {
            return null;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int row = top; row < bottom; row++) {
            double py = row + 0.5;
            for (int column = left; column < right; column++) {
                double px = column + 0.5;
                // nearest point of the segment: x0 + t·(x1 − x0) with t in [0, 1]
                double t = lengthSquared == 0 ? 0 : ((px - x0) * dx + (py - y0) * dy) / lengthSquared;
                t = Math.max(0, Math.min(1, t));
                double ex = px - (x0 + t * dx);
                double ey = py - (y0 + t * dy);
                double coverage = radius + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (coverage <= 0) {
                    continue;
                }
                coverage = Math.min(1, coverage);
                int i = row * width + column;
                ink[i] = erase ? Math.min(ink[i], 1 - coverage) : Math.max(ink[i], coverage);
            }
        }
        return new int[] {left, top, right, bottom};
    }
}
