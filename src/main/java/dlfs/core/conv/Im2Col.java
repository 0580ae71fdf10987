package dlfs.core.conv;

import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;

/**
 * im2col ("image to column") and its inverse col2im, with exactly the layout of the book's
 * {@code common/util.py}, so a convolution becomes one large matrix product.
 *
 * <p>im2col turns a batch (N, C, H, W) into a matrix of shape (N·OH·OW, C·FH·FW): one row per
 * window position, rows ordered (n, oy, ox) with ox fastest, and within a row the covered values
 * ordered (c, fy, fx) with fx fastest, which is the order of {@code W.reshape(FN, -1)}. Cells of
 * the zero border read as 0.
 *
 * <p>col2im goes back: every entry of the matrix is added to the input pixel it was copied from,
 * so a pixel covered by several overlapping windows receives the sum of their values. That sum
 * is what the backward pass of a convolution needs.
 *
 * <p>Both walk the geometry's {@link ConvGeometry#sources() table} of which input value each matrix
 * entry copies, so neither needs to redo the window arithmetic. They run in parallel over the
 * samples of the batch (each sample owns its own rows and its own image) and write into a buffer
 * the caller passes back on the next call.
 */
public final class Im2Col {
    private Im2Col() {
    }

    /** The book's {@code im2col(input_data, filter_h, filter_w, stride, pad)}, into a new matrix. */
    public static Tensor im2col(Tensor x, int filterH, int filterW, int stride, int pad) {
        return im2col(x, ConvGeometry.forInput(x.shape(), filterH, filterW, stride, pad), null);
    }

    /**
     * Unfolds {@code x} (N, C, H, W) into (N·OH·OW, C·FH·FW).
     *
     * @param buffer the matrix returned by the previous call (or null); reused when its shape still fits
     */
    public static Tensor im2col(Tensor x, ConvGeometry g, Tensor buffer) {
        if (!g.fits(x.shape())) {
            throw new ShapeException("im2col: input " + Tensor.shapeString(x.shape()) + " does not match " + g);
        }
        int batch = x.dim(0);
        Tensor col = Tensor.reuse(buffer, g.columnShape(batch));
        double[] columns = col.data();
        int valuesPerSample = g.positions() * g.windowSize();
        Parallel.forRange(batch, valuesPerSample, (from, to) ->
                unfold(g, x.data(), from, to - from, columns, from * valuesPerSample));
        return col;
    }

    /** The book's {@code col2im(col, input_shape, filter_h, filter_w, stride, pad)}, into a new image. */
    public static Tensor col2im(Tensor col, int[] inputShape, int filterH, int filterW, int stride, int pad) {
        return col2im(col, inputShape[0], ConvGeometry.forInput(inputShape, filterH, filterW, stride, pad), null);
    }

    /**
     * Folds a (N·OH·OW, C·FH·FW) matrix back into (N, C, H, W), summing where windows overlap and
     * dropping what falls on the zero border.
     *
     * @param buffer the image returned by the previous call (or null); reused when its shape still fits
     */
    public static Tensor col2im(Tensor col, int batch, ConvGeometry g, Tensor buffer) {
        if (!col.hasShape(g.columnShape(batch))) {
            throw new ShapeException("col2im: matrix " + Tensor.shapeString(col.shape()) + " is not "
                    + Tensor.shapeString(g.columnShape(batch)) + " for a batch of " + batch + " and " + g);
        }
        Tensor image = Tensor.reuse(buffer, g.inputShape(batch));
        double[] columns = col.data();
        int valuesPerSample = g.positions() * g.windowSize();
        Parallel.forRange(batch, valuesPerSample, (from, to) ->
                fold(g, columns, from * valuesPerSample, from, to - from, image.data()));
        return image;
    }

    /**
     * How many window positions cover each pixel of an H×W input: col2im of a matrix of ones.
     * The im2col panel draws it as a heat map; it is also how much memory im2col duplicates.
     */
    public static Tensor overlapCounts(int height, int width, int filterH, int filterW, int stride, int pad) {
        ConvGeometry g = ConvGeometry.of(1, height, width, filterH, filterW, stride, pad);
        Tensor ones = Tensor.zeros(g.columnShape(1)).fill(1.0);
        return col2im(ones, 1, g, null).reshape(height, width);
    }

    /**
     * im2col of samples [first, first + count) of a (N, C, H, W) array: their rows are written to
     * {@code columns} from index {@code columnsStart} on. Layers call this on one slice of the batch
     * at a time, so the slice's matrix stays in cache.
     */
    public static void unfold(ConvGeometry g, double[] image, int first, int count, double[] columns, int columnsStart) {
        int[] sources = g.sources();
        for (int n = 0; n < count; n++) {
            int imageStart = (first + n) * g.sampleSize();
            int rowStart = columnsStart + n * sources.length;
            for (int i = 0; i < sources.length; i++) {
                int source = sources[i];
                columns[rowStart + i] = source == ConvGeometry.BORDER ? 0.0 : image[imageStart + source];
            }
        }
    }

    /**
     * col2im into samples [first, first + count) of a (N, C, H, W) array: those samples are cleared,
     * then every entry of their rows (read from {@code columns} at {@code columnsStart} on) is added
     * back onto the value it was copied from.
     */
    public static void fold(ConvGeometry g, double[] columns, int columnsStart, int first, int count, double[] image) {
        int[] sources = g.sources();
        for (int n = 0; n < count; n++) {
            int imageStart = (first + n) * g.sampleSize();
            int rowStart = columnsStart + n * sources.length;
            Arrays.fill(image, imageStart, imageStart + g.sampleSize(), 0.0);
            for (int i = 0; i < sources.length; i++) {
                int source = sources[i];
                if (source != ConvGeometry.BORDER) {
                    image[imageStart + source] += columns[rowStart + i];
                }
            }
        }
    }
    /**
     * im2col of one sample, transposed: a (C·FH·FW, OH·OW) matrix whose row (c, fy, fx) holds, for
     * every window position (oy, ox), the value that cell of the window covers, written to
     * {@code columns} from {@code columnsStart} on. It is the layout of Caffe's im2col: a
     * convolution's output maps (FN, OH·OW) are then {@code W.reshape(FN, -1) · columns} without any
     * reordering. Each row is the input channel shifted by (fy, fx) and thinned out by the stride,
     * so it is copied run by run; where the window reaches into the border it stays 0.
     */
    public static void unfoldTransposed(ConvGeometry g, double[] image, int sample, double[] columns, int columnsStart) {
        Arrays.fill(columns, columnsStart, columnsStart + g.windowSize() * g.positions(), 0.0);
        forEachRun(g, sample, columnsStart, (in, out, count) -> {
            if (g.stride() == 1) {
                System.arraycopy(image, in, columns, out, count);
            } else {
                for (int i = 0; i < count; i++) {
                    columns[out + i] = image[in + i * g.stride()];
                }
            }
        });
    }

    /**
     * col2im of one sample from the transposed layout of {@link #unfoldTransposed}: the sample of
     * {@code image} is cleared, then every entry is added back onto the input value it was copied
     * from; entries on the border are dropped.
     */
    public static void foldTransposed(ConvGeometry g, double[] columns, int columnsStart, int sample, double[] image) {
        Arrays.fill(image, sample * g.sampleSize(), (sample + 1) * g.sampleSize(), 0.0);
        forEachRun(g, sample, columnsStart, (in, out, count) -> {
            if (g.stride() == 1) {
                for (int i = 0; i < count; i++) {
                    image[in + i] += columns[out + i];
                }
            } else {
                for (int i = 0; i < count; i++) {
                    image[in + i * g.stride()] += columns[out + i];
                }
            }
        });
    }

    /** A run of a transposed im2col row: count entries from {@code out} on copy the input values from {@code in} on, stride apart. */
    @FunctionalInterface
    private interface Run {
        void visit(int in, int out, int count);
    }

    /**
     * Visits, for every row (c, fy, fx) of one sample's transposed im2col matrix and every output row
     * oy whose window row lies inside the input, the run of output columns whose cell lies inside too.
     */
    private static void forEachRun(ConvGeometry g, int sample, int columnsStart, Run run) {
        int row = columnsStart;
        for (int c = 0; c < g.channels(); c++) {
            int channel = sample * g.sampleSize() + c * g.planeSize();
            for (int fy = 0; fy < g.filterH(); fy++) {
                for (int fx = 0; fx < g.filterW(); fx++, row += g.positions()) {
                    int oxFrom = Math.min(g.outW(), firstColumnReaching(0, fx, g));
                    int oxTo = Math.min(g.outW(), firstColumnReaching(g.width(), fx, g));
                    for (int oy = 0; oy < g.outH(); oy++) {
                        int y = oy * g.stride() - g.pad() + fy;
                        if (y >= 0 && y < g.height() && oxFrom < oxTo) {
                            run.visit(channel + y * g.width() + oxFrom * g.stride() - g.pad() + fx,
                                    row + oy * g.outW() + oxFrom, oxTo - oxFrom);
                        }
                    }
                }
            }
        }
    }

    /**
     * The first output column whose window cell fx reaches input column x or beyond: the smallest
     * ox ≥ 0 with {@code ox·stride − pad + fx ≥ x}. Cell fx is inside the input for the columns
     * from {@code firstColumnReaching(0, …)} up to, not including, {@code firstColumnReaching(W, …)}.
     */
    private static int firstColumnReaching(int x, int fx, ConvGeometry g) {
        return Math.max(0, Math.floorDiv(x + g.pad() - fx + g.stride() - 1, g.stride()));
    }
}
