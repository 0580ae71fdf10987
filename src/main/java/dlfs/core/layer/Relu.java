package dlfs.core.layer;

import dlfs.core.tensor.Tensor;

/**
 * ReLU: {@code y = max(0, x)}. Forward remembers the mask of inputs ≤ 0; backward lets the
 * gradient through where the input was positive and stops it elsewhere.
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
        if (mask == null || mask.length != x.size()) {
            mask = new boolean[x.size()];
        }
        double[] in = x.data();
        double[] out = output.data();
        for (int i = 0; i < in.length; i++) {
            boolean off = in[i] <= 0;
            mask[i] = off;
            out[i] = off ? 0.0 : in[i];
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        inputGrad = Tensor.reuse(inputGrad, dout.shape());
        double[] d = dout.data();
        double[] dx = inputGrad.data();
        for (int i = 0; i < d.length; i++) {
            dx[i] = mask[i] ? 0.0 : d[i];
        }
        return inputGrad;
    }

    /** The mask of the last forward: true where the input was ≤ 0 (the book's {@code self.mask}). */
    public boolean[] mask() {
        return mask;
    }

    @Override
    public String name() {
        return name;
    }
}
