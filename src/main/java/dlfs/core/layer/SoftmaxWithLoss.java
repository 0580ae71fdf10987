package dlfs.core.layer;

import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;

/**
 * Softmax followed by cross-entropy. Its backward is the famous clean result {@code (y − t) / N}
 * (Appendix A derives it node by node).
 */
public final class SoftmaxWithLoss implements LossLayer {
    private Tensor probabilities;
    private Tensor targets;
    private Tensor scoresGrad;

    @Override
    public double forward(Tensor scores, Tensor targets) {
        probabilities = Tensor.reuse(probabilities, scores.shape());
        this.targets = targets;
        return Functions.softmaxRowsWithCrossEntropy(scores, targets, probabilities.data());
    }

    @Override
    public Tensor backward() {
        int rows = probabilities.rank() <= 1 ? 1 : probabilities.rows();
        int cols = probabilities.rank() <= 1 ? probabilities.size() : probabilities.cols();
        scoresGrad = Tensor.reuse(scoresGrad, probabilities.shape());
        double[] dx = scoresGrad.data();
        System.arraycopy(probabilities.data(), 0, dx, 0, dx.length);
        double[] t = targets.data();
        if (Functions.isIndexLabels(probabilities, targets)) {
            for (int i = 0; i < rows; i++) {
                dx[i * cols + Functions.labelAt(t, i, cols)] -= 1.0;
            }
        } else {
            for (int i = 0; i < dx.length; i++) {
                dx[i] -= t[i];
            }
        }
        for (int i = 0; i < dx.length; i++) {
            dx[i] /= rows;
        }
        return scoresGrad;
    }

    @Override
    public Tensor output() {
        return probabilities;
    }
}
