package dlfs.core.layer;

import dlfs.core.tensor.Tensor;

/**
 * An activation applied to every element on its own, {@code y = h(x)}: its backward pass is
 * {@code dx = dout · h'(x)}, and h' can always be written from x and y (for sigmoid it is
 * {@code y(1 − y)}, so the layer need not recompute exp). A subclass gives h and h' side by side.
 * The output buffer is reused between steps and readable through {@link #lastOutput()}.
 */
public abstract class ElementwiseActivation implements Layer {
    private final String name;
    private Tensor input;
    private Tensor output;
    private Tensor inputGrad;

    protected ElementwiseActivation(String name) {
        this.name = name;
    }

    /** h(x). */
    protected abstract double value(double x);

    /** h'(x), given x and y = h(x). */
    protected abstract double derivative(double x, double y);

    @Override
    public final Tensor forward(Tensor x, boolean train) {
        input = x;
        output = Tensor.reuse(output, x.shape());
        values(x.data(), output.data());
        return output;
    }

    /** out[i] = value(in[i]); an activation with a faster whole-array form overrides this. */
    protected void values(double[] in, double[] out) {
        for (int i = 0; i < in.length; i++) {
            out[i] = value(in[i]);
        }
    }

    @Override
    public final Tensor backward(Tensor dout) {
        if (output == null || dout.size() != output.size()) {
            throw new IllegalStateException(name + ": backward needs a forward pass of the same shape first");
        }
        inputGrad = Tensor.reuse(inputGrad, input.shape());
        double[] d = dout.data();
        double[] in = input.data();
        double[] out = output.data();
        double[] dx = inputGrad.data();
        for (int i = 0; i < d.length; i++) {
            dx[i] = d[i] * derivative(in[i], out[i]);
        }
        return inputGrad;
    }

    /** The output of the last forward pass (the activations a panel plots as a histogram), or null before one. */
    public Tensor lastOutput() {
        return output;
    }

    @Override
    public String name() {
        return name;
    }
}
