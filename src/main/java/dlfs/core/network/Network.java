package dlfs.core.network;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;

/** A trainable network: forward to scores, loss against targets, backprop into its parameters. */
public interface Network {
    /** Scores (before softmax) for a batch. */
    Tensor predict(Tensor x, boolean train);

    /** Mean loss of the batch, including any weight-decay penalty. */
    double loss(Tensor x, Tensor targets, boolean train);

    /** Forward and backward (training mode): fills every parameter's gradient and returns the loss. */
    double gradient(Tensor x, Tensor targets);

    List<Param> params();

    List<Layer> layers();

    Architecture architecture();

    /** Fraction of rows whose highest score is the target class (index labels or one-hot). */
    default double accuracy(Tensor x, Tensor targets) {
        int[] predicted = predict(x, false).argmaxRows();
        return Accuracy.fraction(predicted, targets);
    }

    /** Helpers shared by implementations. */
    final class Accuracy {
        private Accuracy() {
        }

        public static double fraction(int[] predicted, Tensor targets) {
            int n = predicted.length;
            if (n == 0) {
                return 0;
            }
            int[] truth = targets.size() == n ? toInts(targets.data()) : targets.argmaxRows();
            int hits = 0;
            for (int i = 0; i < n; i++) {
                if (predicted[i] == truth[i]) {
                    hits++;
                }
            }
            return hits / (double) n;
        }

        private static int[] toInts(double[] values) {
            int[] out = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = (int) values[i];
            }
            return out;
        }
    }
}
