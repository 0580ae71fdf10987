package dlfs.core.layer;

import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * Batch Normalization (the book's 6.3): normalise each feature over the mini-batch to mean 0 and
 * variance 1, then scale and shift by learned γ and β:
 * <pre>
 *   μ = (1/m) Σ x_i      σ² = (1/m) Σ (x_i − μ)²      x̂_i = (x_i − μ) / √(σ² + ε)      y_i = γ·x̂_i + β
 * </pre>
 * On a 2-D input (N, D) each of the D columns is a feature (m = N). On a 4-D input (N, C, H, W),
 * after a convolution, each channel is a feature and m = N·H·W: one γ and β per channel, the
 * standard choice for convolutional networks. (The book's companion code instead flattens the
 * input to (N, C·H·W) and normalises every position separately; per-channel keeps the
 * convolution's weight sharing and needs only C pairs of γ, β.)
 *
 * <p>While training the batch statistics are used, and running averages
 * {@code running = momentum·running + (1 − momentum)·batch} (momentum 0.9) are kept for inference,
 * which uses them instead. Like the companion code the running mean and variance start at 0.
 * ε defaults to the companion code's {@code 10e-7} = 1e-6 (the book's text mentions 1e-7).
 *
 * <p>Backward, per feature, with {@code dx̂ = γ·dout} (the closed form of the graph in Fig. 6-17):
 * {@code dx = (m·dx̂ − Σdx̂ − x̂·Σ(dx̂·x̂)) / (m·√(σ² + ε))}, {@code dγ = Σ dout·x̂}, {@code dβ = Σ dout}.
 */
public final class BatchNormalization implements Layer {
    /** The companion code's ε ({@code 10e-7}). */
    public static final double DEFAULT_EPSILON = 1e-6;
    public static final double DEFAULT_MOMENTUM = 0.9;

    private final String name;
    private final Param gamma;
    private final Param beta;
    private final double momentum;
    private final double epsilon;
    private final Tensor runningMean;
    private final Tensor runningVariance;
    private final Tensor mean;
    private final Tensor variance;
    private final double[] std;
    private boolean trained;
    private Tensor normalized;
    private Tensor output;
    private Tensor inputGrad;

    /** With the companion code's momentum 0.9 and ε = 1e-6. */
    public BatchNormalization(String name, Param gamma, Param beta) {
        this(name, gamma, beta, DEFAULT_MOMENTUM, DEFAULT_EPSILON);
    }

    /**
     * @param gamma scale γ, one value per feature (start at 1; should not decay)
     * @param beta  shift β, same shape (start at 0)
     */
    public BatchNormalization(String name, Param gamma, Param beta, double momentum, double epsilon) {
        if (gamma.value().rank() != 1 || !gamma.value().hasShape(beta.value().shape())) {
            throw new ShapeException(name + ": γ and β must be vectors of one shape, got γ"
                    + Tensor.shapeString(gamma.value().shape()) + " β" + Tensor.shapeString(beta.value().shape()));
        }
        if (!(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException(name + ": momentum must be in [0, 1) and ε > 0, got "
                    + momentum + " and " + epsilon);
        }
        this.name = name;
        this.gamma = gamma;
        this.beta = beta;
        this.momentum = momentum;
        this.epsilon = epsilon;
        int features = gamma.value().size();
        this.runningMean = Tensor.zeros(features);
        this.runningVariance = Tensor.zeros(features);
        this.mean = Tensor.zeros(features);
        this.variance = Tensor.zeros(features);
        this.std = new double[features];
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        int features = features();
        int spatial = spatialSize(x);
        int m = x.size() / features;
        double[] in = x.data();
        double[] mu = mean.data();
        double[] var = variance.data();
        if (train) {
            batchStatistics(in, features, spatial, m);
            updateRunning();
        } else {
            System.arraycopy(runningMean.data(), 0, mu, 0, features);
            System.arraycopy(runningVariance.data(), 0, var, 0, features);
        }
        trained = train;
        normalized = Tensor.reuse(normalized, x.shape());
        output = Tensor.reuse(output, x.shape());
        double[] xhat = normalized.data();
        double[] y = output.data();
        double[] g = gamma.value().data();
        double[] b = beta.value().data();
        for (int c = 0; c < features; c++) {
            std[c] = Math.sqrt(var[c] + epsilon);
        }
        for (int i = 0; i < in.length; i++) {
            int c = (i / spatial) % features;
            xhat[i] = (in[i] - mu[c]) / std[c];
            y[i] = g[c] * xhat[i] + b[c];
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        if (normalized == null || dout.size() != normalized.size()) {
            throw new IllegalStateException(name + ": backward needs a forward pass of the same shape first");
        }
        int features = features();
        int spatial = spatialSize(normalized);
        int m = normalized.size() / features;
        double[] d = dout.data();
        double[] xhat = normalized.data();
        double[] g = gamma.value().data();
        double[] dGamma = gamma.grad().fill(0).data();
        double[] dBeta = beta.grad().fill(0).data();
        for (int i = 0; i < d.length; i++) {
            int c = (i / spatial) % features;
            dBeta[c] += d[i];
            dGamma[c] += d[i] * xhat[i];
        }
        inputGrad = Tensor.reuse(inputGrad, normalized.shape());
        double[] dx = inputGrad.data();
        for (int i = 0; i < d.length; i++) {
            int c = (i / spatial) % features;
            if (trained) {
                // Σdx̂ = γ·dβ and Σ(dx̂·x̂) = γ·dγ, so the closed form needs no extra pass
                dx[i] = g[c] * (m * d[i] - dBeta[c] - xhat[i] * dGamma[c]) / (m * std[c]);
            } else {
                dx[i] = g[c] * d[i] / std[c];
            }
        }
        return inputGrad;
    }

    private void batchStatistics(double[] in, int features, int spatial, int m) {
        double[] mu = mean.fill(0).data();
        double[] var = variance.fill(0).data();
        for (int i = 0; i < in.length; i++) {
            mu[(i / spatial) % features] += in[i];
        }
        for (int c = 0; c < features; c++) {
            mu[c] /= m;
        }
        for (int i = 0; i < in.length; i++) {
            double centred = in[i] - mu[(i / spatial) % features];
            var[(i / spatial) % features] += centred * centred;
        }
        for (int c = 0; c < features; c++) {
            var[c] /= m;
        }
    }

    private void updateRunning() {
        double[] rm = runningMean.data();
        double[] rv = runningVariance.data();
        double[] mu = mean.data();
        double[] var = variance.data();
        for (int c = 0; c < rm.length; c++) {
            rm[c] = momentum * rm[c] + (1 - momentum) * mu[c];
            rv[c] = momentum * rv[c] + (1 - momentum) * var[c];
        }
    }

    /** Elements per sample and feature: 1 for (N, D), H·W for (N, C, H, W). */
    private int spatialSize(Tensor x) {
        int features = features();
        boolean fits = x.rank() == 2 ? x.dim(1) == features : x.rank() >= 3 && x.dim(1) == features;
        if (!fits || x.dim(0) == 0) {
            throw new ShapeException(name + ": expected (N, " + features + ") or (N, " + features
                    + ", H, W) with N > 0, got " + Tensor.shapeString(x.shape()));
        }
        return x.size() / (x.dim(0) * features);
    }

    private int features() {
        return gamma.value().size();
    }

    /** μ used by the last forward pass: the batch mean while training, the running mean at inference. */
    public Tensor lastMean() {
        return mean;
    }

    /** σ² used by the last forward pass (batch or running, like {@link #lastMean()}). */
    public Tensor lastVariance() {
        return variance;
    }

    /** x̂ of the last forward pass, shaped like its input; null before the first one. */
    public Tensor normalized() {
        return normalized;
    }

    /** y = γ·x̂ + β of the last forward pass; null before the first one. */
    public Tensor lastOutput() {
        return output;
    }

    /** The running mean used at inference; model files save it and write it back in place. */
    public Tensor runningMean() {
        return runningMean;
    }

    public Tensor runningVariance() {
        return runningVariance;
    }

    public Param gamma() {
        return gamma;
    }

    public Param beta() {
        return beta;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }

    @Override
    public String name() {
        return name;
    }
}
