package dlfs.core.network;

import dlfs.core.layer.Param;
import java.util.List;

/**
 * Weight decay on the weights (not biases): L2 adds {@code ½λΣW²} to the loss and {@code λW} to the
 * gradient; L1 adds {@code λΣ|W|} and {@code λ·sign(W)}.
 */
public record WeightDecay(double l2, double l1) {
    public static final WeightDecay NONE = new WeightDecay(0, 0);

    public WeightDecay {
        if (!(l2 >= 0) || !(l1 >= 0) || Double.isInfinite(l2) || Double.isInfinite(l1)) {
            throw new IllegalArgumentException("weight decay must be finite and ≥ 0, got L2 " + l2 + ", L1 " + l1);
        }
    }

    public static WeightDecay l2(double lambda) {
        return new WeightDecay(lambda, 0);
    }

    public boolean isNone() {
        return l2 == 0 && l1 == 0;
    }

    /** The penalty term added to the loss. */
    public double penalty(List<Param> params) {
        if (isNone()) {
            return 0;
        }
        double sum = 0;
        for (Param p : params) {
            if (!p.decays()) {
                continue;
            }
            for (double w : p.value().data()) {
                sum += 0.5 * l2 * w * w + l1 * Math.abs(w);
            }
        }
        return sum;
    }

    /** Adds the penalty's gradient to each decaying parameter's gradient. */
    public void addGradient(List<Param> params) {
        if (isNone()) {
            return;
        }
        for (Param p : params) {
            if (!p.decays()) {
                continue;
            }
            double[] w = p.value().data();
            double[] g = p.grad().data();
            for (int i = 0; i < w.length; i++) {
                g[i] += l2 * w[i] + l1 * Math.signum(w[i]);
            }
        }
    }
}
