package dlfs.core.layer;

/**
 * The multiply node of a computational graph on two numbers, {@code z = x·y} (the book's
 * {@code layer_naive.py}). Backward multiplies the upstream value by the <em>other</em> input
 * (∂z/∂x = y, ∂z/∂y = x), so forward must remember both inputs.
 */
public final class MulLayer {
    private double x;
    private double y;

    public double forward(double x, double y) {
        this.x = x;
        this.y = y;
        return x * y;
    }

    /** {@code {dout·y, dout·x}}: the gradients for x and y. */
    public double[] backward(double dout) {
        return new double[] {dout * y, dout * x};
    }
}
