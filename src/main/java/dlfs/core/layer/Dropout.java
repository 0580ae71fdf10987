package dlfs.core.layer;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;

/**
 * Dropout as in the book: while training, each unit is kept when a uniform draw exceeds the
 * ratio and zeroed otherwise; at test time every unit is kept and scaled by (1 − ratio), so the
 * expected output matches training.
 */
public final class Dropout implements Layer {
    private final String name;
    private final double ratio;
    private final Rng rng;
    private boolean[] keep;
    private Tensor output;
    private Tensor inputGrad;

    public Dropout(String name, double ratio, Rng rng) {
        if (!(ratio >= 0 && ratio < 1)) {
            throw new IllegalArgumentException("dropout ratio must be in [0, 1), got " + ratio);
        }
        this.name = name;
        this.ratio = ratio;
        this.rng = rng;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        output = Tensor.reuse(output, x.shape());
        double[] in = x.data();
        double[] out = output.data();
        if (train) {
            if (keep == null || keep.length != in.length) {
                keep = new boolean[in.length];
            }
            for (int i = 0; i < in.length; i++) {
                keep[i] = rng.uniform() > ratio;
                out[i] = keep[i] ? in[i] : 0.0;
            }
        } else {
            double scale = 1.0 - ratio;
            for (int i = 0; i < in.length; i++) {
                out[i] = in[i] * scale;
            }
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        inputGrad = Tensor.reuse(inputGrad, dout.shape());
        double[] d = dout.data();
        double[] dx = inputGrad.data();
        for (int i = 0; i < d.length; i++) {
            dx[i] = keep[i] ? d[i] : 0.0;
        }
        return inputGrad;
    }

    public double ratio() {
        return ratio;
    }

    /** Which units the last training forward kept (true) or dropped (false). */
    public boolean[] keepMask() {
        return keep;
    }

    @Override
    public String name() {
        return name;
    }
}
