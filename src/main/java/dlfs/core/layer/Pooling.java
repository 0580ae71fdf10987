package dlfs.core.layer;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Pooling layer (the book's 7.3 and 7.4.4): shrinks each channel on its own by replacing every
 * pool_h×pool_w window with its maximum (max pooling) or its mean (average pooling). It has no
 * parameters and keeps the number of channels: (N, C, H, W) → (N, C, OH, OW).
 *
 * <p>The book unfolds each channel with im2col and reduces every row. This layer visits the same
 * windows without building the unfolded matrix: windows that reach into the zero border are read
 * through the im2col {@link ConvGeometry#sources() source table} of a single channel, and the
 * inner windows of max pooling (almost all of them) directly. The numbers are the book's to the
 * last detail: border cells count as 0 (they can win a max), the average divides by pool_h·pool_w,
 * and among equal maxima the first in reading order wins, as {@code np.argmax} does.
 *
 * <p>Backward: max pooling sends each upstream gradient only to the input value that won (as
 * ReLU lets the gradient through only where it was active); average pooling shares it equally
 * among the window's cells. Where windows overlap, the contributions add up, as col2im would do.
 */
public final class Pooling implements Layer {
    /** What a window is reduced to. */
    public enum Mode { MAX, AVERAGE }

    /** In {@link #argmax()}: the maximum was a cell of the zero border, so no input receives the gradient. */
    public static final int BORDER = ConvGeometry.BORDER;

    private final String name;
    private final int poolH;
    private final int poolW;
    private final int stride;
    private final int pad;
    private final Mode mode;
    private final boolean global;
    private ConvGeometry geometry;
    /** The same window over one channel: every (sample, channel) plane is pooled with it. */
    private ConvGeometry planeGeometry;
    private int[] inputShape;
    private int[] argmax;
    private Tensor output;
    private Tensor inputGrad;

    /** A pool_h×pool_w window moved by {@code stride} over an input with a zero border of {@code pad}. */
    public Pooling(String name, int poolH, int poolW, int stride, int pad, Mode mode) {
        this(name, poolH, poolW, stride, pad, mode, false);
        if (poolH < 1 || poolW < 1 || stride < 1 || pad < 0) {
            throw new IllegalArgumentException(name + ": need pool sizes ≥ 1, stride ≥ 1 and pad ≥ 0, got "
                    + poolH + "×" + poolW + ", stride " + stride + ", pad " + pad);
        }
    }

    private Pooling(String name, int poolH, int poolW, int stride, int pad, Mode mode, boolean global) {
        this.name = name;
        this.poolH = poolH;
        this.poolW = poolW;
        this.stride = stride;
        this.pad = pad;
        this.mode = mode;
        this.global = global;
    }

    /** Max pooling with a square window, e.g. {@code max("Pool1", 2, 2)} for the book's 2×2, stride 2. */
    public static Pooling max(String name, int size, int stride) {
        return new Pooling(name, size, size, stride, 0, Mode.MAX);
    }

    /**
     * Global average pooling: one window covering the whole map, so each channel becomes its mean,
     * (N, C, H, W) → (N, C, 1, 1). It can replace the fully connected head of a CNN.
     */
    public static Pooling globalAverage(String name) {
        return new Pooling(name, 0, 0, 1, 0, Mode.AVERAGE, true);
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        setGeometryFor(x);
        ConvGeometry plane = planeGeometry;
        int[] sources = plane.sources();
        int planes = x.dim(0) * geometry.channels();
        inputShape = x.shape();
        output = Tensor.reuse(output, geometry.outputShape(x.dim(0), geometry.channels()));
        if (mode == Mode.MAX && (argmax == null || argmax.length != output.size())) {
            argmax = new int[output.size()];
        }
        double[] in = x.data();
        double[] out = output.data();
        Parallel.forRange(planes, sources.length, (from, to) -> {
            for (int p = from; p < to; p++) {
                int start = p * plane.planeSize();
                int outStart = p * plane.positions();
                if (mode == Mode.MAX) {
                    maxPlane(plane, in, start, out, argmax, outStart);
                } else {
                    averagePlane(sources, plane.windowSize(), in, start, out, outStart);
                }
            }
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        if (!dout.hasShape(output.shape())) {
            throw new ShapeException(name + ": dout " + Tensor.shapeString(dout.shape()) + " does not match the output "
                    + Tensor.shapeString(output.shape()));
        }
        ConvGeometry plane = planeGeometry;
        int[] sources = plane.sources();
        int planes = inputShape[0] * geometry.channels();
        inputGrad = Tensor.reuse(inputGrad, inputShape);
        double[] d = dout.data();
        double[] dx = inputGrad.data();
        Parallel.forRange(planes, sources.length, (from, to) -> {
            for (int p = from; p < to; p++) {
                int start = p * plane.planeSize();
                int outStart = p * plane.positions();
                Arrays.fill(dx, start, start + plane.planeSize(), 0.0);
                if (mode == Mode.MAX) {
                    routeToMaxima(d, outStart, plane.positions(), dx);
                } else {
                    shareOverWindows(sources, plane.windowSize(), d, outStart, dx, start);
                }
            }
        });
        return inputGrad;
    }

    /**
     * Each window's largest value, remembering where it was. Scanning in reading order and replacing
     * only on a strictly larger value keeps the first of equal maxima, like {@code np.argmax}.
     * The windows of a row that lie wholly inside the input (with no padding: all of them) are read
     * directly, the few that reach into the zero border through the source table.
     */
    private static void maxPlane(ConvGeometry g, double[] in, int start, double[] out, int[] argmax, int outStart) {
        int stride = g.stride();
        // the windows of a row that lie inside the input horizontally: ox in [insideFrom, insideTo)
        int insideFrom = Math.min(g.outW(), (g.pad() + stride - 1) / stride);
        int insideTo = Math.max(insideFrom, Math.min(g.outW(), Math.floorDiv(g.width() + g.pad() - g.filterW(), stride) + 1));
        for (int oy = 0; oy < g.outH(); oy++) {
            int top = oy * stride - g.pad();
            int window = oy * g.outW();
            if (top < 0 || top + g.filterH() > g.height()) {
                maxWithBorder(g, in, start, out, argmax, outStart, window, window + g.outW());
                continue;
            }
            maxWithBorder(g, in, start, out, argmax, outStart, window, window + insideFrom);
            int corner = start + top * g.width() + insideFrom * stride - g.pad();
            int first = outStart + window + insideFrom;
            if (g.filterH() == 2 && g.filterW() == 2) {
                maxInside2x2(in, corner, g.width(), stride, out, argmax, first, insideTo - insideFrom);
            } else {
                maxInside(in, corner, g.width(), stride, g.filterH(), g.filterW(), out, argmax, first, insideTo - insideFrom);
            }
            maxWithBorder(g, in, start, out, argmax, outStart, window + insideTo, window + g.outW());
        }
    }

    /** Max and argmax of the windows [from, to) of a plane, read through the source table. */
    private static void maxWithBorder(ConvGeometry g, double[] in, int start, double[] out, int[] argmax, int outStart,
                                      int from, int to) {
        int cells = g.windowSize();
        for (int window = from; window < to; window++) {
            int where = firstMaxWithBorder(g.sources(), window * cells, cells, in, start);
            out[outStart + window] = where == BORDER ? 0.0 : in[where];
            argmax[outStart + window] = where;
        }
    }

    /**
     * Max and argmax of {@code count} neighbouring windows of a row that lie wholly inside the input,
     * the first with its top-left value at {@code corner}. The winner is picked with a conditional
     * move rather than a jump: which cell wins is random, so the processor would mispredict a jump
     * about every other time. Until a larger value turns up, {@code best} is Math.max of the values
     * so far, so a NaN ends the search without itself becoming the argmax.
     */
    private static void maxInside(double[] in, int corner, int width, int stride, int poolH, int poolW,
                                  double[] out, int[] argmax, int first, int count) {
        for (int i = 0; i < count; i++) {
            int topLeft = corner + i * stride;
            int where = topLeft;
            double best = in[topLeft];
            for (int fy = 0; fy < poolH; fy++) {
                int row = topLeft + fy * width;
                for (int fx = 0; fx < poolW; fx++) {
                    double v = in[row + fx];
                    where = v > best ? row + fx : where;
                    best = Math.max(best, v);
                }
            }
            out[first + i] = in[where];
            argmax[first + i] = where;
        }
    }

    /**
     * {@link #maxInside} for 2×2 windows, the size every network of the book pools with, written out
     * cell by cell: the same comparisons in the same order, without the loop bookkeeping, which for
     * four cells costs more than the comparisons.
     */
    private static void maxInside2x2(double[] in, int corner, int width, int stride, double[] out, int[] argmax,
                                     int first, int count) {
        for (int i = 0; i < count; i++) {
            int topLeft = corner + i * stride;
            int where = topLeft;
            double best = in[topLeft];
            double v = in[topLeft + 1];
            where = v > best ? topLeft + 1 : where;
            best = Math.max(best, v);
            v = in[topLeft + width];
            where = v > best ? topLeft + width : where;
            best = Math.max(best, v);
            v = in[topLeft + width + 1];
            where = v > best ? topLeft + width + 1 : where;
            out[first + i] = in[where];
            argmax[first + i] = where;
        }
    }

    /** Argmax of a window that reaches into the zero border, read through the source table; border cells count as 0. */
    private static int firstMaxWithBorder(int[] sources, int first, int cells, double[] in, int start) {
        int where = BORDER;
        double best = 0;
        for (int k = 0; k < cells; k++) {
            int source = sources[first + k];
            double v = source == BORDER ? 0.0 : in[start + source];
            if (k == 0 || v > best) {
                best = v;
                where = source == BORDER ? BORDER : start + source;
            }
        }
        return where;
    }

    /** Each window's mean over all pool_h·pool_w cells (border cells add 0). */
    private static void averagePlane(int[] sources, int cells, double[] in, int start, double[] out, int outStart) {
        for (int w = 0, o = outStart; w < sources.length; w += cells, o++) {
            double sum = 0;
            for (int k = 0; k < cells; k++) {
                int source = sources[w + k];
                sum += source == BORDER ? 0.0 : in[start + source];
            }
            out[o] = sum / cells;
        }
    }

    private void routeToMaxima(double[] dout, int outStart, int count, double[] dx) {
        for (int o = outStart; o < outStart + count; o++) {
            if (argmax[o] != BORDER) {
                dx[argmax[o]] += dout[o];
            }
        }
    }

    /** Gives every inside cell of each window 1/(pool_h·pool_w) of that window's gradient. */
    private static void shareOverWindows(int[] sources, int cells, double[] dout, int outStart, double[] dx, int start) {
        for (int w = 0, o = outStart; w < sources.length; w += cells, o++) {
            double share = dout[o] / cells;
            for (int k = 0; k < cells; k++) {
                if (sources[w + k] != BORDER) {
                    dx[start + sources[w + k]] += share;
                }
            }
        }
    }

    private void setGeometryFor(Tensor x) {
        int[] shape = x.shape();
        if (shape.length != 4) {
            throw new ShapeException(name + ": expected a 4-D (N, C, H, W) input, got " + Tensor.shapeString(shape));
        }
        if (geometry == null || !geometry.fits(shape)) {
            geometry = global
                    ? ConvGeometry.forLayer(name, shape, shape[2], shape[3], 1, 0)
                    : ConvGeometry.forLayer(name, shape, poolH, poolW, stride, pad);
            planeGeometry = ConvGeometry.of(1, shape[2], shape[3], geometry.filterH(), geometry.filterW(),
                    geometry.stride(), geometry.pad());
        }
    }

    public Mode mode() {
        return mode;
    }

    /** True for global average pooling, whose window is the whole input map. */
    public boolean isGlobal() {
        return global;
    }

    /** The geometry of the last forward (null before the first); its filter size is the pool window. */
    public ConvGeometry geometry() {
        return geometry;
    }

    /**
     * For max pooling, per output value of the last forward: the flat index into the input's data of
     * the value that won, or {@link #BORDER}. Null for average pooling.
     */
    public int[] argmax() {
        return argmax;
    }

    /** The pooled maps of the last forward, (N, C, OH, OW). */
    public Tensor lastOutput() {
        return output;
    }

    @Override
    public String name() {
        return name;
    }
}
