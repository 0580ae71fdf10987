package dlfs.core.function;

import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;

/**
 * The book's stand-alone functions ({@code common/functions.py}): activations with their
 * derivatives, softmax and losses. Each activation comes as a scalar method (for plots and
 * panels) and an element-wise tensor method; the layers call the scalar ones inside their loops.
 * Batched inputs are row-wise: each row is one sample.
 */
public final class Functions {
    /** The δ added inside log so that log(0) never happens, as in the book. */
    public static final double CROSS_ENTROPY_DELTA = 1e-7;

    /** Leaky ReLU's default slope for negative inputs (a small value such as 0.01 is usual). */
    public static final double LEAKY_RELU_ALPHA = 0.01;

    private Functions() {
    }

    // ---------------------------------------------------------------- activations, scalar

    /** Step function h(x) = 1 if x &gt; 0, else 0: the perceptron's activation. */
    public static double step(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    /** The step's slope is 0 wherever it exists (it is undefined at 0), so gradients cannot pass it. */
    public static double stepDerivative(double x) {
        return 0.0;
    }

    /** Sigmoid h(x) = 1 / (1 + exp(−x)). For very negative x, exp overflows to ∞ and h is exactly 0. */
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** h'(x) = h(x)(1 − h(x)); at most 0.25 (at x = 0), which is why deep sigmoid nets lose gradient. */
    public static double sigmoidDerivative(double x) {
        double y = sigmoid(x);
        return y * (1.0 - y);
    }

    /** tanh(x) = 2·sigmoid(2x) − 1: an S-curve like sigmoid, but centred on the origin. */
    public static double tanh(double x) {
        return Math.tanh(x);
    }

    /** tanh'(x) = 1 − tanh²(x). */
    public static double tanhDerivative(double x) {
        double y = Math.tanh(x);
        return 1.0 - y * y;
    }

    /** ReLU h(x) = x if x &gt; 0, else 0. */
    public static double relu(double x) {
        return x > 0 ? x : 0.0;
    }

    /** 1 for x &gt; 0, else 0 (the book's convention puts x = 0 on the "off" side). */
    public static double reluDerivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    /** Leaky ReLU: x if x &gt; 0, else α·x, so negative units keep a small gradient and cannot "die". */
    public static double leakyRelu(double x, double alpha) {
        return x > 0 ? x : alpha * x;
    }

    /** 1 for x &gt; 0, else α. */
    public static double leakyReluDerivative(double x, double alpha) {
        return x > 0 ? 1.0 : alpha;
    }

    /** Hard tanh: x clamped to [−1, 1], a piecewise-linear stand-in for tanh. */
    public static double hardTanh(double x) {
        return Math.max(-1.0, Math.min(1.0, x));
    }

    /** 1 on [−1, 1], 0 outside, where the clamp is flat. */
    public static double hardTanhDerivative(double x) {
        return x >= -1.0 && x <= 1.0 ? 1.0 : 0.0;
    }

    /** Identity h(x) = x: the output activation for regression. */
    public static double identity(double x) {
        return x;
    }

    /** The identity's slope is 1 everywhere. */
    public static double identityDerivative(double x) {
        return 1.0;
    }

    // ---------------------------------------------------------------- activations, element-wise

    public static Tensor step(Tensor x) {
        return x.map(Functions::step);
    }

    public static Tensor sigmoid(Tensor x) {
        return x.map(Functions::sigmoid);
    }

    public static Tensor sigmoidDerivative(Tensor x) {
        return x.map(Functions::sigmoidDerivative);
    }

    public static Tensor tanh(Tensor x) {
        return x.map(Functions::tanh);
    }

    public static Tensor tanhDerivative(Tensor x) {
        return x.map(Functions::tanhDerivative);
    }

    public static Tensor relu(Tensor x) {
        return x.map(Functions::relu);
    }

    public static Tensor reluDerivative(Tensor x) {
        return x.map(Functions::reluDerivative);
    }

    public static Tensor leakyRelu(Tensor x, double alpha) {
        return x.map(v -> leakyRelu(v, alpha));
    }

    public static Tensor leakyReluDerivative(Tensor x, double alpha) {
        return x.map(v -> leakyReluDerivative(v, alpha));
    }

    public static Tensor hardTanh(Tensor x) {
        return x.map(Functions::hardTanh);
    }

    public static Tensor hardTanhDerivative(Tensor x) {
        return x.map(Functions::hardTanhDerivative);
    }

    /** A copy of x (the identity function returns its input unchanged). */
    public static Tensor identity(Tensor x) {
        return x.copy();
    }

    // ---------------------------------------------------------------- softmax

    /**
     * Softmax of each row, overflow-safe: the row maximum is subtracted before exp, which does not
     * change the result (the book's 3.5.2) but keeps exp from overflowing.
     */
    public static Tensor softmax(Tensor scores) {
        Tensor out = Tensor.zeros(scores.shape());
        softmaxRows(scores.data(), out.data(), rowsOf(scores), colsOf(scores));
        return out;
    }

    /** Row-wise softmax from {@code in} into {@code out} (may be the same array). */
    public static void softmaxRows(double[] in, double[] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, in[off + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(in[off + j] - max);
                out[off + j] = e;
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                out[off + j] /= sum;
            }
        }
    }

    /**
     * The textbook formula {@code exp(a_k) / Σ exp(a_i)} per row, without subtracting the maximum.
     * Kept to show the overflow: for [1010, 1000, 990] every exp is ∞ and the result is NaN.
     */
    public static Tensor softmaxNaive(Tensor scores) {
        Tensor out = Tensor.zeros(scores.shape());
        int rows = rowsOf(scores);
        int cols = colsOf(scores);
        double[] in = scores.data();
        double[] y = out.data();
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                y[off + j] = Math.exp(in[off + j]);
                sum += y[off + j];
            }
            for (int j = 0; j < cols; j++) {
                y[off + j] /= sum;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- losses

    /** Sum of squared errors {@code E = ½ Σ (y_k − t_k)²} over all elements (the book's 4.1, not averaged). */
    public static double sumSquaredError(Tensor y, Tensor t) {
        requireSameSize(y, t);
        double[] a = y.data();
        double[] b = t.data();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return 0.5 * sum;
    }

    /** Mean squared error: {@code (1/n) Σ (y_i − t_i)²} over all n elements. */
    public static double meanSquaredError(Tensor y, Tensor t) {
        return 2 * sumSquaredError(y, t) / y.size();
    }

    /** Mean absolute error (L1): {@code (1/n) Σ |y_i − t_i|} over all n elements; less sensitive to outliers. */
    public static double meanAbsoluteError(Tensor y, Tensor t) {
        requireSameSize(y, t);
        double[] a = y.data();
        double[] b = t.data();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /**
     * Mean cross-entropy {@code -Σ t log(y + δ) / N}. Targets are one-hot rows (same shape as y)
     * or class indices (one value per row).
     */
    public static double crossEntropy(Tensor y, Tensor targets) {
        return crossEntropy(y, targets, CROSS_ENTROPY_DELTA);
    }

    /**
     * Cross-entropy with an explicit δ. The book's printed simpleNet numbers (4.4.2) were made
     * with δ = 0; everything else uses {@link #CROSS_ENTROPY_DELTA}.
     */
    public static double crossEntropy(Tensor y, Tensor targets, double delta) {
        int rows = rowsOf(y);
        int cols = colsOf(y);
        double[] p = y.data();
        double[] t = targets.data();
        double loss = 0;
        if (isIndexLabels(y, targets)) {
            for (int i = 0; i < rows; i++) {
                loss -= Math.log(p[i * cols + labelAt(t, i, cols)] + delta);
            }
        } else if (targets.size() == y.size()) {
            for (int i = 0; i < p.length; i++) {
                if (t[i] != 0) {
                    loss -= t[i] * Math.log(p[i] + delta); // 0·log 0 counts as 0, even when δ = 0
                }
            }
        } else {
            throw new ShapeException("targets " + Tensor.shapeString(targets.shape())
                    + " do not fit outputs " + Tensor.shapeString(y.shape()));
        }
        return loss / rows;
    }

    // ---------------------------------------------------------------- margin losses, labels y ∈ {−1, +1}

    /**
     * Binary logistic loss {@code log(1 + exp(−y·ŷ))} for a label y ∈ {−1, +1} and a score ŷ.
     * Computed as {@code max(0, −m) + log1p(exp(−|m|))} with m = y·ŷ, which is the same value but
     * never overflows: a margin of −1000 gives 1000 instead of ∞.
     */
    public static double logisticLoss(double label, double score) {
        double margin = label * score;
        return Math.max(0.0, -margin) + Math.log1p(Math.exp(-Math.abs(margin)));
    }

    /** Hinge loss {@code max(0, 1 − y·ŷ)} of the linear SVM: the perceptron criterion shifted by 1. */
    public static double hingeLoss(double label, double score) {
        return Math.max(0.0, 1.0 - label * score);
    }

    /** Perceptron criterion {@code max(0, −y·ŷ)}: zero as soon as the sign is right, with no margin. */
    public static double perceptronCriterion(double label, double score) {
        return Math.max(0.0, -label * score);
    }

    /**
     * 0/1 loss {@code ½(1 − y·sign(ŷ))}: 1 for a wrong sign, 0 for a right one. It counts mistakes but is
     * flat almost everywhere, so it gives no gradient to learn from.
     */
    public static double zeroOneLoss(double label, double score) {
        return 0.5 * (1.0 - label * Math.signum(score));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Mean cross-entropy of softmax(scores), {@code (1/N) Σ_n Σ_k t_nk·(log Σ_j exp(a_nj − c) − (a_nk − c))}
     * with c the row maximum. It equals {@code crossEntropy(softmax(a), t)} except that no δ is
     * needed: log Σ exp is at least 0 and never overflows, so the loss is finite even when a
     * probability underflows to 0. It is exactly the function whose gradient is (y − t)/N, which
     * makes it the loss of Softmax-with-Loss; with δ inside the log the two disagree by about δ/y,
     * enough to spoil a gradient check.
     */
    public static double softmaxCrossEntropy(Tensor scores, Tensor targets) {
        return softmaxRowsWithCrossEntropy(scores, targets, new double[scores.size()]);
    }

    /**
     * {@link #softmaxCrossEntropy}, with {@link #softmaxRows} of the scores written into {@code out}
     * on the way: Softmax-with-Loss needs both, and computing each exp once instead of twice matters
     * when the loss is a noticeable part of a small network's training step.
     */
    public static double softmaxRowsWithCrossEntropy(Tensor scores, Tensor targets, double[] out) {
        int rows = rowsOf(scores);
        int cols = colsOf(scores);
        double[] a = scores.data();
        double[] t = targets.data();
        boolean indexLabels = isIndexLabels(scores, targets);
        if (!indexLabels && targets.size() != scores.size()) {
            throw new ShapeException("targets " + Tensor.shapeString(targets.shape())
                    + " do not fit scores " + Tensor.shapeString(scores.shape()));
        }
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, a[off + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(a[off + j] - max);
                out[off + j] = e;
                sum += e;
            }
            double logSum = Math.log(sum);
            if (indexLabels) {
                loss += logSum - (a[off + labelAt(t, i, cols)] - max);
            } else {
                for (int j = 0; j < cols; j++) {
                    if (t[off + j] != 0) {
                        loss += t[off + j] * (logSum - (a[off + j] - max));
                    }
                }
            }
            for (int j = 0; j < cols; j++) {
                out[off + j] /= sum;
            }
        }
        return loss / rows;
    }

    /** Class index {@code i} of an index-label array, checked against the number of classes. */
    public static int labelAt(double[] labels, int i, int classes) {
        double v = labels[i];
        int label = (int) v;
        if (label != v || label < 0 || label >= classes) {
            throw new IllegalArgumentException("label " + v + " at row " + i + " is not a class in 0.." + (classes - 1));
        }
        return label;
    }

    /** True when targets hold one class index per row rather than one-hot rows. */
    public static boolean isIndexLabels(Tensor scores, Tensor targets) {
        int rows = rowsOf(scores);
        int cols = colsOf(scores);
        return targets.size() == rows && cols != 1;
    }

    private static void requireSameSize(Tensor y, Tensor t) {
        if (y.size() != t.size()) {
            throw new ShapeException("outputs " + Tensor.shapeString(y.shape()) + " and targets "
                    + Tensor.shapeString(t.shape()) + " differ in size");
        }
    }

    /** Samples in a batch: the rows of a matrix, 1 for a single vector. */
    private static int rowsOf(Tensor batch) {
        return batch.rank() <= 1 ? 1 : batch.rows();
    }

    /** Values per sample: the columns of a matrix, the length of a single vector. */
    private static int colsOf(Tensor batch) {
        return batch.rank() <= 1 ? batch.size() : batch.cols();
    }
}
