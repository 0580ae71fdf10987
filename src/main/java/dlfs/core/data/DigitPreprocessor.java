package dlfs.core.data;

import java.util.Optional;

/**
 * Prepares a hand-drawn digit the way the MNIST digits were prepared, so that a network trained on
 * MNIST sees the same kind of picture:
 * <ol>
 *   <li><b>crop</b> to the bounding box of the ink;</li>
 *   <li><b>scale</b> so that the longer side is {@value #BOX} pixels, keeping the aspect ratio; each
 *       new pixel is the average of the area it covers in the drawing (so edges turn grey, as in
 *       MNIST's anti-aliased digits); the greys are then stretched so the strongest pixel is 1,
 *       because every MNIST digit comes from a black-and-white original and has full-ink pixels;</li>
 *   <li><b>centre</b>: place the box in a {@value #SIZE}×{@value #SIZE} field so that the centre of
 *       mass of the ink lands on (row, column) = ({@value #CENTRE}, {@value #CENTRE}), moving by
 *       whole pixels (rounded);</li>
 *   <li><b>clamp</b> every value to [0, 1].</li>
 * </ol>
 * The centre of mass uses pixel indices 0..27 and the ink as weight: (Σ v·r / Σ v, Σ v·c / Σ v).
 * MNIST's own digits have it at (14.0, 14.0) on average, which is why the target is 14 and not 13.5.
 * One deliberate difference from a plain shift: a very lopsided shape whose centre of mass is far
 * from its middle is moved only as far as keeps the whole box inside the field, so no ink is cut off.
 *
 * <p>Input is a greyscale raster of any size, row-major, with ink as high values: doubles in
 * [0, 1] or bytes 0–255. Pixels fainter than {@link #INK_THRESHOLD} do not count as ink; a raster
 * without ink gives {@link Optional#empty()} ("nothing drawn").
 */
public final class DigitPreprocessor {
    /** Side of an MNIST image. */
    public static final int SIZE = 28;
    /** The longer side of the digit after scaling. */
    public static final int BOX = 20;
    /** Row and column index where the centre of mass is placed. */
    public static final int CENTRE = 14;
    /** The faintest value that counts as ink: one grey level of an 8-bit image. */
    public static final double INK_THRESHOLD = 1.0 / 255.0;

    private DigitPreprocessor() {
    }

    /** A rectangle of pixels: its left column, top row, width and height. */
    public record Box(int left, int top, int width, int height) {
    }

    /**
     * The prepared digit and the steps that led to it (for showing the preprocessing).
     *
     * @param pixels  the 28×28 result, row-major, values in [0, 1]
     * @param ink     the ink's bounding box in the input raster (step 1)
     * @param scaled  the cropped ink scaled to {@code placed.width() × placed.height()} (step 2)
     * @param placed  where the scaled box sits in the 28×28 field (step 3)
     * @param massRow    row of the centre of mass in the result (within half a pixel of 14 unless the box had to stay inside)
     * @param massColumn column of the centre of mass in the result
     */
    public record PreparedDigit(double[] pixels, Box ink, double[] scaled, Box placed, double massRow,
                                double massColumn) {
        /** The 28×28 value at (row, column). */
        public double pixel(int row, int column) {
            return pixels[row * SIZE + column];
        }
    }

    /** Prepares an 8-bit raster (0 = no ink, 255 = full ink). */
    public static Optional<PreparedDigit> prepare(byte[] raster, int width, int height) {
        checkSize(raster.length, width, height);
        double[] values = new double[raster.length];
        for (int i = 0; i < raster.length; i++) {
            values[i] = (raster[i] & 0xFF) / 255.0;
        }
        return prepareChecked(values, width, height);
    }

    /**
     * Prepares a raster of ink values in [0, 1].
     *
     * @throws IllegalArgumentException when the size does not match or a value is outside [0, 1]
     */
    public static Optional<PreparedDigit> prepare(double[] raster, int width, int height) {
        checkSize(raster.length, width, height);
        for (int i = 0; i < raster.length; i++) {
            if (!(raster[i] >= 0 && raster[i] <= 1)) {
                throw new IllegalArgumentException("ink value " + raster[i] + " at row " + i / width + ", column "
                        + i % width + " is outside [0, 1]");
            }
        }
        return prepareChecked(raster, width, height);
    }

    private static Optional<PreparedDigit> prepareChecked(double[] raster, int width, int height) {
        Box ink = inkBox(raster, width, height);
        if (ink == null) {
            return Optional.empty();
        }
        // Step 2: the longer side becomes BOX; the shorter one keeps the aspect ratio (at least 1 pixel).
        double scale = (double) BOX / Math.max(ink.width(), ink.height());
        int scaledWidth = Math.max(1, (int) Math.round(ink.width() * scale));
        int scaledHeight = Math.max(1, (int) Math.round(ink.height() * scale));
        double[] scaled = resize(raster, width, ink, scaledWidth, scaledHeight);
        stretchToFullInk(scaled);

        // Step 3: move the box so its centre of mass lands on (CENTRE, CENTRE), keeping it inside the field.
        double boxMassRow = 0;
        double boxMassColumn = 0;
        double mass = 0;
        for (int r = 0; r < scaledHeight; r++) {
            for (int c = 0; c < scaledWidth; c++) {
                double v = scaled[r * scaledWidth + c];
                mass += v;
                boxMassRow += v * r;
                boxMassColumn += v * c;
            }
        }
        boxMassRow /= mass;
        boxMassColumn /= mass;
        int top = clamp((int) Math.round(CENTRE - boxMassRow), 0, SIZE - scaledHeight);
        int left = clamp((int) Math.round(CENTRE - boxMassColumn), 0, SIZE - scaledWidth);

        double[] pixels = new double[SIZE * SIZE];
        for (int r = 0; r < scaledHeight; r++) {
            for (int c = 0; c < scaledWidth; c++) {
                pixels[(top + r) * SIZE + left + c] = Math.min(1, Math.max(0, scaled[r * scaledWidth + c]));
            }
        }
        return Optional.of(new PreparedDigit(pixels, ink, scaled, new Box(left, top, scaledWidth, scaledHeight),
                top + boxMassRow, left + boxMassColumn));
    }

    /** Step 1: the smallest box holding every ink pixel, or null when there is none. */
    private static Box inkBox(double[] raster, int width, int height) {
        int minRow = height;
        int maxRow = -1;
        int minColumn = width;
        int maxColumn = -1;
        for (int r = 0; r < height; r++) {
            int row = r * width;
            for (int c = 0; c < width; c++) {
                if (raster[row + c] >= INK_THRESHOLD) {
                    minRow = Math.min(minRow, r);
                    maxRow = r;
                    minColumn = Math.min(minColumn, c);
                    maxColumn = Math.max(maxColumn, c);
                }
            }
        }
        return maxRow < 0 ? null : new Box(minColumn, minRow, maxColumn - minColumn + 1, maxRow - minRow + 1);
    }

    /**
     * Area-averaging resize of the {@code box} part of the raster to {@code outWidth × outHeight}:
     * first along the rows, then along the columns (a box filter is separable).
     */
    private static double[] resize(double[] raster, int width, Box box, int outWidth, int outHeight) {
        double[] rows = new double[box.height() * outWidth];
        for (int r = 0; r < box.height(); r++) {
            average(raster, (box.top() + r) * width + box.left(), 1, box.width(), rows, r * outWidth, 1, outWidth);
        }
        double[] out = new double[outHeight * outWidth];
        for (int c = 0; c < outWidth; c++) {
            average(rows, c, outWidth, box.height(), out, c, outWidth, outHeight);
        }
        return out;
    }

    /**
     * Resamples n cells ({@code src[from + i·stride]}) into m cells: output cell j covers the source
     * interval [j·n/m, (j+1)·n/m) and takes the average over it, each source cell weighted by how much
     * of it lies inside. Works for shrinking (many cells per output) and enlarging (part of one).
     */
    private static void average(double[] src, int srcFrom, int srcStride, int n,
                                double[] dst, int dstFrom, int dstStride, int m) {
        double span = (double) n / m;
        for (int j = 0; j < m; j++) {
            double start = (double) j * n / m;
            double end = (double) (j + 1) * n / m;
            double sum = 0;
            for (int i = (int) start; i < n && i < end; i++) {
                double overlap = Math.min(end, i + 1) - Math.max(start, i);
                sum += overlap * src[srcFrom + i * srcStride];
            }
            dst[dstFrom + j * dstStride] = sum / span;
        }
    }

    /** Divides by the largest value, so the strongest pixel is full ink (1). */
    private static void stretchToFullInk(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= max;
        }
    }

    private static void checkSize(int length, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("raster size must be at least 1×1, got " + width + "×" + height);
        }
        if ((long) width * height != length) {
            throw new IllegalArgumentException("raster of " + length + " values is not " + width + "×" + height);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
