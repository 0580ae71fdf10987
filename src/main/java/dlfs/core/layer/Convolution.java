package dlfs.core.layer;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.Im2Col;
import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * Convolution layer (the book's 7.4.3): FN filters of shape (C, FH, FW) slide over an
 * (N, C, H, W) batch and produce (N, FN, OH, OW), one bias per filter added to its whole map.
 *
 * <p>Forward unfolds the input with im2col so the whole convolution is a matrix product,
 * exactly like an Affine layer:
 * <pre>
 *   col   = im2col(x)                      (N·OH·OW, C·FH·FW)
 *   col_W = W.reshape(FN, -1)ᵀ             (C·FH·FW, FN)
 *   out   = col · col_W + b                (N·OH·OW, FN)
 *   y     = out as (N, OH, OW, FN), axes reordered to (N, FN, OH, OW)
 * </pre>
 * Backward is Affine's backward on those matrices, with col2im folding the input gradient back
 * into image shape (overlapping windows add up):
 * <pre>
 *   dout2 = dout reordered to (N, OH, OW, FN), seen as (N·OH·OW, FN)
 *   db    = Σ rows of dout2
 *   dW    = dout2ᵀ · col                   (FN, C·FH·FW), which is W's own layout
 *   dcol  = dout2 · W.reshape(FN, -1)      (N·OH·OW, C·FH·FW)
 *   dx    = col2im(dcol)
 * </pre>
 *
 * <p>Every row of these matrices belongs to one sample, so the layer works through the batch a
 * few samples at a time: each slice's col, out and dcol are small enough to stay in the processor
 * cache, and slices are spread over threads. Backward unfolds the input again rather than keeping
 * the whole col from forward, which is cheaper than reading it back from memory (so, as with any
 * layer that keeps its input, the input must not change between forward and backward). dW and db
 * are sums over samples: each thread adds up its own share and the shares are summed at the end.
 */
public final class Convolution implements Layer {
    /** About how many im2col values one slice of the batch holds (256 KB of doubles). */
    private static final int SLICE_VALUES = 1 << 15;

    private final String name;
    private final Param weight;
    private final Param bias;
    private final int stride;
    private final int pad;
    private ConvGeometry geometry;
    private Tensor input;
    private Tensor filterColumns;
    private Tensor output;
    private Tensor inputGrad;
    private Workspace[] workspaces = new Workspace[0];

    /** The matrices of one slice of the batch and one thread's share of dW and db, kept between steps. */
    private static final class Workspace {
        final double[] columns;
        /** (rows, FN): col·col_W during forward, dout2 during backward. */
        final double[] positionRows;
        final double[] columnsGrad;
        final double[] weightGrad;
        final double[] biasGrad;

        Workspace(int rows, int windowSize, int filters) {
            columns = new double[rows * windowSize];
            positionRows = new double[rows * filters];
            columnsGrad = new double[rows * windowSize];
            weightGrad = new double[filters * windowSize];
            biasGrad = new double[filters];
        }
    }

    /** Work on samples [first, first + count) of the batch with a thread's own workspace. */
    @FunctionalInterface
    private interface SliceBody {
        void run(Workspace workspace, int first, int count);
    }

    /**
     * @param weight (FN, C, FH, FW)
     * @param bias   (FN)
     */
    public Convolution(String name, Param weight, Param bias, int stride, int pad) {
        if (weight.value().rank() != 4 || bias.value().size() != weight.value().dim(0)) {
            throw new ShapeException(name + ": Convolution needs W (FN, C, FH, FW) and b (FN); got W"
                    + Tensor.shapeString(weight.value().shape()) + " b" + Tensor.shapeString(bias.value().shape()));
        }
        if (stride < 1 || pad < 0) {
            throw new IllegalArgumentException(name + ": need stride ≥ 1 and pad ≥ 0, got stride " + stride + ", pad " + pad);
        }
        this.name = name;
        this.weight = weight;
        this.bias = bias;
        this.stride = stride;
        this.pad = pad;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        ConvGeometry g = geometryFor(x);
        int filters = filterCount();
        int positions = g.positions();
        input = x;
        output = Tensor.reuse(output, g.outputShape(x.dim(0), filters));
        filterColumns = Tensor.reuse(filterColumns, g.windowSize(), filters);
        transposeBlock(weight.value().data(), 0, filterColumns.data(), 0, filters, g.windowSize());
        double[] y = output.data();
        double[] b = bias.value().data();
        forEachSlice(x.dim(0), (w, first, count) -> {
            Im2Col.unfold(g, x.data(), first, count, w.columns, 0);
            MatMul.multiply(false, false, count * positions, filters, g.windowSize(),
                    w.columns, filterColumns.data(), w.positionRows, false);
            for (int n = 0; n < count; n++) {
                int sample = (first + n) * filters * positions;
                transposeBlock(w.positionRows, n * positions * filters, y, sample, positions, filters);
                for (int f = 0; f < filters; f++) {
                    int map = sample + f * positions;
                    for (int p = 0; p < positions; p++) {
                        y[map + p] += b[f];
                    }
                }
            }
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        inputGrad = Tensor.reuse(inputGrad, input.shape());
        backward(dout, true);
        return inputGrad;
    }

    /**
     * The part of backward that fills dW and db, without dx. The first layer of a network has no
     * one to pass dx to, so a network's training step can call this instead and save a matrix
     * product and a col2im.
     */
    public void backwardParams(Tensor dout) {
        backward(dout, false);
    }

    private void backward(Tensor dout, boolean withInputGrad) {
        if (!dout.hasShape(output.shape())) {
            throw new ShapeException(name + ": dout " + Tensor.shapeString(dout.shape()) + " does not match the output "
                    + Tensor.shapeString(output.shape()));
        }
        ConvGeometry g = geometry;
        int filters = filterCount();
        int positions = g.positions();
        int k = g.windowSize();
        double[] d = dout.data();
        forEachSlice(input.dim(0), (w, first, count) -> {
            int rows = count * positions;
            Im2Col.unfold(g, input.data(), first, count, w.columns, 0);
            for (int n = 0; n < count; n++) {
                int sample = (first + n) * filters * positions;
                transposeBlock(d, sample, w.positionRows, n * positions * filters, filters, positions);
                addMapSums(d, sample, filters, positions, w.biasGrad);
            }
            MatMul.multiply(true, false, filters, k, rows, w.positionRows, w.columns, w.weightGrad, true);
            if (withInputGrad) {
                MatMul.multiply(false, false, rows, k, filters, w.positionRows, weight.value().data(), w.columnsGrad, false);
                Im2Col.fold(g, w.columnsGrad, 0, first, count, inputGrad.data());
            }
        });
        sumShares(weight.grad().data(), bias.grad().data());
    }

    /**
     * Splits the batch into one contiguous share per thread and runs {@code body} over each share
     * slice by slice, each thread with its own workspace (whose dW and db shares start at zero).
     */
    private void forEachSlice(int batch, SliceBody body) {
        ConvGeometry g = geometry;
        int shares = Math.max(1, Math.min(Parallel.threads(), batch));
        int sliceSamples = Math.max(1, SLICE_VALUES / (g.positions() * Math.max(g.windowSize(), filterCount())));
        prepareWorkspaces(shares, sliceSamples * g.positions());
        long workPerShare = (long) batch / shares * g.positions() * g.windowSize() * filterCount();
        Parallel.forRange(shares, workPerShare, (from, to) -> {
            for (int s = from; s < to; s++) {
                Workspace w = workspaces[s];
                Arrays.fill(w.weightGrad, 0.0);
                Arrays.fill(w.biasGrad, 0.0);
                int end = (int) ((long) batch * (s + 1) / shares);
                for (int first = (int) ((long) batch * s / shares); first < end; first += sliceSamples) {
                    body.run(w, first, Math.min(sliceSamples, end - first));
                }
            }
        });
    }

    private void prepareWorkspaces(int shares, int rows) {
        boolean fits = workspaces.length == shares && workspaces[0].positionRows.length == rows * filterCount()
                && workspaces[0].columns.length == rows * geometry.windowSize();
        if (!fits) {
            workspaces = new Workspace[shares];
            for (int s = 0; s < shares; s++) {
                workspaces[s] = new Workspace(rows, geometry.windowSize(), filterCount());
            }
        }
    }

    /** dW and db are the sums of every thread's share, added in a fixed order so results repeat exactly. */
    private void sumShares(double[] dw, double[] db) {
        Arrays.fill(dw, 0.0);
        Arrays.fill(db, 0.0);
        for (Workspace w : workspaces) {
            for (int i = 0; i < dw.length; i++) {
                dw[i] += w.weightGrad[i];
            }
            for (int f = 0; f < db.length; f++) {
                db[f] += w.biasGrad[f];
            }
        }
    }

    private ConvGeometry geometryFor(Tensor x) {
        int[] shape = x.shape();
        int channels = weight.value().dim(1);
        if (shape.length == 4 && shape[1] != channels) {
            throw new ShapeException(name + ": input " + Tensor.shapeString(shape) + " has " + shape[1]
                    + " channels but W" + Tensor.shapeString(weight.value().shape()) + " expects " + channels);
        }
        if (geometry == null || !geometry.fits(shape)) {
            geometry = ConvGeometry.forLayer(name, shape, weight.value().dim(2), weight.value().dim(3), stride, pad);
        }
        return geometry;
    }

    /** Transposes a rows×cols block: {@code dst[dstStart + j·rows + i] = src[srcStart + i·cols + j]}. */
    private static void transposeBlock(double[] src, int srcStart, double[] dst, int dstStart, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int from = srcStart + i * cols;
            for (int j = 0; j < cols; j++) {
                dst[dstStart + j * rows + i] = src[from + j];
            }
        }
    }

    /** db[f] += Σ over positions of dout[n, f, ·] for the sample starting at {@code sample}. */
    private static void addMapSums(double[] dout, int sample, int filters, int positions, double[] db) {
        for (int f = 0; f < filters; f++) {
            int map = sample + f * positions;
            double sum = 0;
            for (int p = 0; p < positions; p++) {
                sum += dout[map + p];
            }
            db[f] += sum;
        }
    }

    private int filterCount() {
        return weight.value().dim(0);
    }

    public Param weight() {
        return weight;
    }

    public Param bias() {
        return bias;
    }

    public int stride() {
        return stride;
    }

    public int pad() {
        return pad;
    }

    /** The geometry of the last forward (null before the first). */
    public ConvGeometry geometry() {
        return geometry;
    }

    /** The input of the last forward. */
    public Tensor lastInput() {
        return input;
    }

    /**
     * The im2col matrix of the last forward, (N·OH·OW, C·FH·FW), built on request: training never
     * holds the whole matrix at once.
     */
    public Tensor lastColumns() {
        return Im2Col.im2col(input, geometry, null);
    }

    /** The feature maps of the last forward, (N, FN, OH, OW). */
    public Tensor lastOutput() {
        return output;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public String name() {
        return name;
    }
}
