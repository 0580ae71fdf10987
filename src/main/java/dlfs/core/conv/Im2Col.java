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
}
