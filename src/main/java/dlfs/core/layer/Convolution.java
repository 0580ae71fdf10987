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
 * <p>The book unfolds the batch with im2col into one (N·OH·OW, C·FH·FW) matrix, multiplies it by
 * the filters and then reorders the result from (N, OH, OW, FN) to (N, FN, OH, OW). This layer
 * computes the same sums sample by sample with that matrix transposed (Caffe's layout), so the
 * product comes out as the sample's feature maps, already in place and with no reordering:
 * <pre>
 *   colᵀ   = im2col(x[n])ᵀ                     (C·FH·FW, OH·OW)
 *   y[n]   = W.reshape(FN, -1) · colᵀ + b      (FN, OH·OW)
 * </pre>
 * Backward is Affine's backward on those matrices, with col2im folding the input gradient back
 * into image shape (overlapping windows add up):
 * <pre>
 *   db    += Σ over positions of dout[n]
 *   dW    += dout[n] · col                     (FN, C·FH·FW), which is W's own layout
 *   dcolᵀ  = W.reshape(FN, -1)ᵀ · dout[n]      (C·FH·FW, OH·OW)
 *   dx[n]  = col2im(dcolᵀ)
 * </pre>
 *
 * <p>The samples are spread over the compute threads; one sample's matrices are small enough to
 * stay in the processor cache. Backward unfolds the input again rather than keeping every
 * sample's matrix from forward, which is cheaper than reading it back from memory (so, as with any
 * layer that keeps its input, the input must not change between forward and backward). dW and db
 * are sums over samples: each thread adds up its own share and the shares are summed at the end.
 */
public final class Convolution implements Layer, ParameterBackward {
    private final String name;
    private final Param weight;
    private final Param bias;
    private final int stride;
    private final int pad;
    private ConvGeometry geometry;
    private Tensor input;
    private Tensor output;
    private Tensor inputGrad;
    private Workspace[] workspaces = new Workspace[0];

    /** One thread's matrices for the sample at hand and its share of dW and db, kept between steps. */
    private static final class Workspace {
        /** colᵀ, (C·FH·FW, OH·OW). */
        final double[] columns;
        /** dcolᵀ, (C·FH·FW, OH·OW). */
        final double[] columnsGrad;
        final double[] weightGrad;
        final double[] biasGrad;

        Workspace(ConvGeometry g, int filters) {
            columns = new double[g.windowSize() * g.positions()];
            columnsGrad = new double[g.windowSize() * g.positions()];
            weightGrad = new double[filters * g.windowSize()];
            biasGrad = new double[filters];
        }
    }

    /** Work on sample n of the batch with a thread's own workspace. */
    @FunctionalInterface
    private interface SampleBody {
        void run(Workspace workspace, int n);
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
        double[] y = output.data();
        double[] w = weight.value().data();
        double[] b = bias.value().data();
        forEachSample(x.dim(0), (ws, n) -> {
            Im2Col.unfoldTransposed(g, x.data(), n, ws.columns, 0);
            int maps = n * filters * positions;
            for (int f = 0; f < filters; f++) {
                Arrays.fill(y, maps + f * positions, maps + (f + 1) * positions, b[f]);
            }
            MatMul.multiply(false, false, filters, positions, g.windowSize(), w, 0, ws.columns, 0, y, maps, true);
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
    @Override
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
        double[] w = weight.value().data();
        forEachSample(input.dim(0), (ws, n) -> {
            int maps = n * filters * positions;
            Im2Col.unfoldTransposed(g, input.data(), n, ws.columns, 0);
            addMapSums(d, maps, filters, positions, ws.biasGrad);
            MatMul.multiply(false, true, filters, k, positions, d, maps, ws.columns, 0, ws.weightGrad, 0, true);
            if (withInputGrad) {
                MatMul.multiply(true, false, k, positions, filters, w, 0, d, maps, ws.columnsGrad, 0, false);
                Im2Col.foldTransposed(g, ws.columnsGrad, 0, n, inputGrad.data());
            }
        });
        sumShares(weight.grad().data(), bias.grad().data());
    }

    /**
     * Splits the batch into one contiguous share per thread and runs {@code body} over each share
     * sample by sample, each thread with its own workspace (whose dW and db shares start at zero).
     */
    private void forEachSample(int batch, SampleBody body) {
        ConvGeometry g = geometry;
        int shares = Math.max(1, Math.min(Parallel.threads(), batch));
        prepareWorkspaces(shares);
        long workPerShare = (long) batch / shares * g.positions() * g.windowSize() * filterCount();
        Parallel.forRange(shares, workPerShare, (from, to) -> {
            for (int s = from; s < to; s++) {
                Workspace w = workspaces[s];
                Arrays.fill(w.weightGrad, 0.0);
                Arrays.fill(w.biasGrad, 0.0);
                int end = (int) ((long) batch * (s + 1) / shares);
                for (int n = (int) ((long) batch * s / shares); n < end; n++) {
                    body.run(w, n);
                }
            }
        });
    }

    private void prepareWorkspaces(int shares) {
        boolean fits = workspaces.length == shares && workspaces[0].weightGrad.length == filterCount() * geometry.windowSize()
                && workspaces[0].columns.length == geometry.windowSize() * geometry.positions();
        if (!fits) {
            workspaces = new Workspace[shares];
            for (int s = 0; s < shares; s++) {
                workspaces[s] = new Workspace(geometry, filterCount());
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

    /**
     * db[f] += Σ over positions of dout[n, f, ·] for the sample starting at {@code sample}. Four
     * running sums instead of one: each addition has to wait for the one before it on the same sum,
     * so a single sum would leave the processor idle most of the time.
     */
    private static void addMapSums(double[] dout, int sample, int filters, int positions, double[] db) {
        for (int f = 0; f < filters; f++) {
            int map = sample + f * positions;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int p = 0;
            for (; p + 4 <= positions; p += 4) {
                s0 += dout[map + p];
                s1 += dout[map + p + 1];
                s2 += dout[map + p + 2];
                s3 += dout[map + p + 3];
            }
            for (; p < positions; p++) {
                s0 += dout[map + p];
            }
            db[f] += (s0 + s1) + (s2 + s3);
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
