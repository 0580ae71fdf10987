package dlfs.core.layer;

import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.Tensor;

/**
 * ReLU: {@code y = max(0, x)}. Backward lets the gradient through where the input was positive
 * and stops it elsewhere.
 *
 * <p>The book keeps a boolean mask of the inputs ≤ 0. This layer reads the same mask off its own
 * output instead: y is exactly 0 where x ≤ 0 and equal to x (so not 0) where x is positive. Both
 * loops are written without an {@code if}: the sign of the inputs is close to random, so a branch
 * would be mispredicted about every other value, which costs more than the arithmetic itself.
 * Large tensors (a convolution's feature maps) are split over the compute threads.
 */
public final class Relu implements Layer {
    private final String name;
    private boolean[] mask;
    private Tensor output;
    private Tensor inputGrad;

    public Relu(String name) {
        this.name = name;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        output = Tensor.reuse(output, x.shape());
        double[] in = x.data();
        double[] out = output.data();
        Parallel.forElements(in.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = Math.max(in[i], 0.0);
            }
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        inputGrad = Tensor.reuse(inputGrad, dout.shape());
        double[] d = dout.data();
        double[] y = output.data();
        double[] dx = inputGrad.data();
        Parallel.forElements(d.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                dx[i] = passWhereActive(y[i], d[i]);
            }
        });
        return inputGrad;
    }

    /**
     * {@code y == 0 ? 0.0 : d}, as bit operations. The bits of y are all zero exactly when y is
     * +0.0; otherwise {@code bits | -bits} has its sign bit set, and shifting it right by 63
     * spreads that bit into a mask of all ones, which keeps d unchanged.
     */
    private static double passWhereActive(double y, double d) {
        long bits = Double.doubleToRawLongBits(y);
        long keep = (bits | -bits) >> 63;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) & keep);
    }

    /** The mask of the last forward: true where the input was ≤ 0 (the book's {@code self.mask}). */
    public boolean[] mask() {
        double[] y = output.data();
        if (mask == null || mask.length != y.length) {
            mask = new boolean[y.length];
        }
        for (int i = 0; i < y.length; i++) {
            mask[i] = y[i] == 0.0;
        }
        return mask;
    }

    @Override
    public String name() {
        return name;
    }
}
