package dlfs.core.gradient;

import dlfs.core.layer.LossLayer;
import dlfs.core.tensor.Tensor;

/**
 * A loss layer whose backward pass forgets to divide by the batch size N: it returns N times the
 * right gradient, although the loss itself is still the batch mean. Planted by
 * {@link InjectedBug#LOSS_WITHOUT_BATCH_MEAN}.
 */
final class LossWithoutBatchMean implements LossLayer {
    private final LossLayer loss;
    private Tensor scoresGrad;

    LossWithoutBatchMean(LossLayer loss) {
        this.loss = loss;
    }

    @Override
    public double forward(Tensor scores, Tensor targets) {
        return loss.forward(scores, targets);
    }

    @Override
    public Tensor backward() {
        Tensor right = loss.backward();
        scoresGrad = Tensor.reuse(scoresGrad, right.shape());
        double[] dx = scoresGrad.data();
        double[] mean = right.data();
        int n = right.rows();
        for (int i = 0; i < dx.length; i++) {
            dx[i] = mean[i] * n;
        }
        return scoresGrad;
    }

    @Override
    public Tensor output() {
        return loss.output();
    }
}
