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
 * <p>Forward unfolds the input with im2col so the whole convolution is a single matrix product,
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
 * Every matrix lives in a buffer kept from one step to the next.
 */
public final class Convolution implements Layer {
    private final String name;
    private final Param weight;
    private final Param bias;
    private final int stride;
    private final int pad;
    private ConvGeometry geometry;
    private Tensor input;
    private Tensor columns;
    private Tensor filterColumns;
    /** (N·OH·OW, FN): col·col_W during forward, dout in the same row layout during backward. */
    private Tensor positionRows;
    private Tensor output;
    private Tensor columnsGrad;
    private Tensor inputGrad;

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
        int batch = x.dim(0);
        int filters = filterCount();
        int positions = g.positions();
        input = x;
        columns = Im2Col.im2col(x, g, columns);
        filterColumns = Tensor.reuse(filterColumns, g.windowSize(), filters);
        transposeBlock(weight.value().data(), filterColumns.data(), 0, filters, g.windowSize());
        positionRows = Tensor.reuse(positionRows, batch * positions, filters);
        MatMul.multiply(columns, filterColumns, positionRows);

        output = Tensor.reuse(output, g.outputShape(batch, filters));
        double[] rows = positionRows.data();
        double[] y = output.data();
        double[] b = bias.value().data();
        Parallel.forRange(batch, (long) positions * filters, (from, to) -> {
            for (int n = from; n < to; n++) {
                int sample = n * positions * filters;
                transposeBlock(rows, y, sample, positions, filters);
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
        backwardParams(dout);
        columnsGrad = Tensor.reuse(columnsGrad, columns.shape());
        MatMul.multiply(positionRows, weight.value(), columnsGrad);
        inputGrad = Im2Col.col2im(columnsGrad, input.dim(0), geometry, inputGrad);
        return inputGrad;
    }

    /**
     * The part of backward that fills dW and db, without dx. The first layer of a network has no
     * one to pass dx to, so a network's training step can call this instead and save a matrix
     * product and a col2im.
     */
    public void backwardParams(Tensor dout) {
        if (!dout.hasShape(output.shape())) {
            throw new ShapeException(name + ": dout " + Tensor.shapeString(dout.shape()) + " does not match the output "
                    + Tensor.shapeString(output.shape()));
        }
        int batch = input.dim(0);
        int filters = filterCount();
        int positions = geometry.positions();
        double[] d = dout.data();
        double[] rows = positionRows.data();
        Parallel.forRange(batch, (long) positions * filters, (from, to) -> {
            for (int n = from; n < to; n++) {
                transposeBlock(d, rows, n * positions * filters, filters, positions);
            }
        });
        sumEachMap(d, batch, filters, positions, bias.grad().data());
        MatMul.multiplyTransA(positionRows, columns, weight.grad());
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

    /** {@code dst[start + j·rows + i] = src[start + i·cols + j]}: one rows×cols block, transposed. */
    private static void transposeBlock(double[] src, double[] dst, int start, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int from = start + i * cols;
            for (int j = 0; j < cols; j++) {
                dst[start + j * rows + i] = src[from + j];
            }
        }
    }

    /** db[f] = Σ over samples and positions of dout[n, f, ·]. */
    private static void sumEachMap(double[] dout, int batch, int filters, int positions, double[] db) {
        Arrays.fill(db, 0.0);
        for (int n = 0; n < batch; n++) {
            for (int f = 0; f < filters; f++) {
                int map = (n * filters + f) * positions;
                double sum = 0;
                for (int p = 0; p < positions; p++) {
                    sum += dout[map + p];
                }
                db[f] += sum;
            }
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

    /** The im2col matrix of the last forward, (N·OH·OW, C·FH·FW). */
    public Tensor lastColumns() {
        return columns;
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
