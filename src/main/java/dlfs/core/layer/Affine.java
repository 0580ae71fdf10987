package dlfs.core.layer;

import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.SparseRows;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * Fully connected layer: {@code y = x·W + b} over a batch. An input of any rank is read as
 * (N, rest flattened), so it can follow a convolution or pooling layer directly.
 * Backward: {@code dW = xᵀ·dout}, {@code db = Σ rows of dout}, {@code dx = dout·Wᵀ}.
 */
public final class Affine implements Layer, ParameterBackward {
    private final String name;
    private final Param weight;
    private final Param bias;
    private Tensor input;
    private int[] inputShape;
    private Tensor output;
    private Tensor inputGrad;
    /** The input as its nonzero entries, when it was mostly zeros (pixels of a digit); else null. */
    private SparseRows sparseInput;
    private SparseRows sparseBuffer;

    /** @param weight (in, out) @param bias (out) */
    public Affine(String name, Param weight, Param bias) {
        if (weight.value().rank() != 2 || bias.value().size() != weight.value().dim(1)) {
            throw new ShapeException("Affine needs W (in, out) and b (out); got W"
                    + Tensor.shapeString(weight.value().shape()) + " b" + Tensor.shapeString(bias.value().shape()));
        }
        this.name = name;
        this.weight = weight;
        this.bias = bias;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        int in = weight.value().dim(0);
        int out = weight.value().dim(1);
        int n = x.rank() <= 1 ? 1 : x.dim(0);
        if (x.size() != n * in) {
            throw new ShapeException(name + ": input " + Tensor.shapeString(x.shape()) + " does not fit W"
                    + Tensor.shapeString(weight.value().shape()) + " (expected " + in + " values per sample)");
        }
        inputShape = x.shape();
        input = x.reshape(n, in);
        output = Tensor.reuse(output, n, out);
        if (SparseRows.worthUsing(input, n, in, out)) {
            sparseBuffer = SparseRows.multiply(input, n, in, weight.value(), output, sparseBuffer);
            sparseInput = sparseBuffer;
        } else {
            sparseInput = null;
            MatMul.multiply(input, weight.value(), output);
        }
        double[] y = output.data();
        double[] b = bias.value().data();
        for (int i = 0; i < n; i++) {
            int row = i * out;
            for (int j = 0; j < out; j++) {
                y[row + j] += b[j];
            }
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        Tensor d = dout.reshape(-1, weight.value().dim(1));
        backwardParams(d);
        inputGrad = Tensor.reuse(inputGrad, input.rows(), input.cols());
        MatMul.multiplyTransB(d, weight.value(), inputGrad);
        return inputGrad.reshape(inputShape);
    }

    /** dW and db only: the first layer of a network has no use for dx. */
    @Override
    public void backwardParams(Tensor dout) {
        int out = weight.value().dim(1);
        Tensor d = dout.reshape(-1, out);
        if (sparseInput != null) {
            sparseInput.multiplyTransposed(d, weight.grad());
        } else {
            MatMul.multiplyTransA(input, d, weight.grad());
        }
        double[] db = bias.grad().data();
        java.util.Arrays.fill(db, 0.0);
        double[] g = d.data();
        for (int i = 0, n = d.rows(); i < n; i++) {
            for (int j = 0; j < out; j++) {
                db[j] += g[i * out + j];
            }
        }
    }

    public Param weight() {
        return weight;
    }

    public Param bias() {
        return bias;
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
