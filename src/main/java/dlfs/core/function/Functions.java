package dlfs.core.function;

import dlfs.core.tensor.Tensor;

/**
 * The book's stand-alone functions ({@code common/functions.py}): activations, softmax and losses,
 * on plain tensors. Batched inputs are row-wise: each row is one sample.
 */
public final class Functions {
    /** The δ added inside log so that log(0) never happens, as in the book. */
    public static final double CROSS_ENTROPY_DELTA = 1e-7;

    private Functions() {
    }

    /**
     * Softmax of each row, overflow-safe: the row maximum is subtracted before exp, which does not
     * change the result (the book's 3.5.2) but keeps exp from overflowing.
     */
    public static Tensor softmax(Tensor scores) {
        Tensor out = Tensor.zeros(scores.shape());
        softmaxRows(scores.data(), out.data(), scores.rank() <= 1 ? 1 : scores.rows(), scores.rank() <= 1 ? scores.size() : scores.cols());
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
     * Mean cross-entropy {@code -Σ t log(y + δ) / N}. Targets are one-hot rows (same shape as y)
     * or class indices (one value per row).
     */
    public static double crossEntropy(Tensor y, Tensor targets) {
        int rows = y.rank() <= 1 ? 1 : y.rows();
        int cols = y.rank() <= 1 ? y.size() : y.cols();
        double[] p = y.data();
        double[] t = targets.data();
        double loss = 0;
        if (isIndexLabels(y, targets)) {
            for (int i = 0; i < rows; i++) {
                loss -= Math.log(p[i * cols + labelAt(t, i, cols)] + CROSS_ENTROPY_DELTA);
            }
        } else if (targets.size() == y.size()) {
            for (int i = 0; i < p.length; i++) {
                loss -= t[i] * Math.log(p[i] + CROSS_ENTROPY_DELTA);
            }
        } else {
            throw new dlfs.core.tensor.ShapeException("targets " + Tensor.shapeString(targets.shape())
                    + " do not fit outputs " + Tensor.shapeString(y.shape()));
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
        int rows = scores.rank() <= 1 ? 1 : scores.rows();
        int cols = scores.rank() <= 1 ? scores.size() : scores.cols();
        return targets.size() == rows && cols != 1;
    }
}
