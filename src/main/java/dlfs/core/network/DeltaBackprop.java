package dlfs.core.network;

import dlfs.core.layer.Activation;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.LossLayer;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;

/**
 * Backpropagation of a two-layer network (Affine1 → f → Affine2 → Softmax-with-Loss) written the
 * way lecture notes write it, with one "delta" per layer, next to the same quantities read off the
 * layers' own backward passes. For the batch-mean loss L:
 * <pre>
 *   u(1) = x·W1 + b1,   z(1) = f(u(1)),   u(2) = z(1)·W2 + b2,   y = softmax(u(2))
 *   output layer:  δ(2) = ∂L/∂u(2) = (y − t) / N
 *   hidden layer:  δ(1)_j = ∂L/∂u(1)_j = Σ_k δ(2)_k · W2_jk · f′(u(1)_j)
 *   weights:       ∂L/∂W(l)_ij = Σ_n z(l−1)_i · δ(l)_j  (z(0) = x),   ∂L/∂b(l)_j = Σ_n δ(l)_j
 * </pre>
 * In the layer view the same δ(2) is what Softmax-with-Loss backward returns and δ(1) is what the
 * activation layer's backward returns; the two computations must agree to rounding.
 */
public final class DeltaBackprop {
    private DeltaBackprop() {
    }

    /** The forward values of every layer (copies), and the mean loss. */
    public record Forward(Tensor x, Tensor t, Tensor u1, Tensor z1, Tensor u2, Tensor y, double loss) {
    }

    /** Deltas and parameter gradients, however they were computed. */
    public record Gradients(Tensor delta2, Tensor delta1, Tensor dW2, Tensor db2, Tensor dW1, Tensor db1) {
        /** The largest |difference| between any two corresponding entries. */
        public double maxAbsDifference(Gradients other) {
            Tensor[] mine = {delta2, delta1, dW2, db2, dW1, db1};
            Tensor[] theirs = {other.delta2, other.delta1, other.dW2, other.db2, other.dW1, other.db1};
            double max = 0;
            for (int m = 0; m < mine.length; m++) {
                double[] a = mine[m].data();
                double[] b = theirs[m].data();
                for (int i = 0; i < a.length; i++) {
                    max = Math.max(max, Math.abs(a[i] - b[i]));
                }
            }
            return max;
        }
    }

    /** Both views of one backward pass. */
    public record Result(Forward forward, Gradients fromLayers, Gradients fromDeltas) {
    }

    /**
     * Runs forward and backward through the network's own layers, then recomputes every gradient
     * with the delta rule from the forward values.
     *
     * @param network    Affine, an activation layer computing {@code f}, Affine, and Softmax-with-Loss
     * @param f          the hidden activation (its derivative f′ enters the hidden delta)
     * @param oneHot     one-hot targets, same shape as the scores
     */
    public static Result run(SequentialNetwork network, Activation f, Tensor x, Tensor oneHot) {
        if (network.layers().size() != 3 || !(network.layers().get(0) instanceof Affine affine1)
                || !(network.layers().get(2) instanceof Affine affine2)
                || !(network.lossLayer() instanceof SoftmaxWithLoss)) {
            throw new IllegalArgumentException("the delta form here needs Affine, activation, Affine and "
                    + "Softmax-with-Loss, got " + network.layers().stream().map(Layer::name).toList());
        }
        Layer activation = network.layers().get(1);
        LossLayer loss = network.lossLayer();

        Tensor u1 = affine1.forward(x, true).copy();
        Tensor z1 = activation.forward(u1, true).copy();
        Tensor u2 = affine2.forward(z1, true).copy();
        if (!oneHot.hasShape(u2.shape())) {
            throw new ShapeException("one-hot targets " + Tensor.shapeString(oneHot.shape())
                    + " must have the shape of the scores " + Tensor.shapeString(u2.shape()));
        }
        double lossValue = loss.forward(u2, oneHot);
        Tensor y = loss.output().copy();
        Forward forward = new Forward(x.copy(), oneHot.copy(), u1, z1, u2, y, lossValue);

        Tensor layerDelta2 = loss.backward().copy();
        Tensor dz1 = affine2.backward(layerDelta2);
        Tensor layerDelta1 = activation.backward(dz1).copy();
        affine1.backward(layerDelta1);
        Gradients fromLayers = new Gradients(layerDelta2, layerDelta1,
                affine2.weight().grad().copy(), affine2.bias().grad().copy(),
                affine1.weight().grad().copy(), affine1.bias().grad().copy());

        return new Result(forward, fromLayers, deltaRule(forward, f, affine2.weight().value()));
    }

    /** The delta rule, from the forward values alone. */
    private static Gradients deltaRule(Forward v, Activation f, Tensor w2) {
        int n = v.y().rows();
        Tensor delta2 = v.y().minus(v.t()).scale(1.0 / n);
        Tensor backThroughW2 = MatMul.multiplyTransB(delta2, w2, Tensor.zeros(n, w2.dim(0)));
        Tensor delta1 = backThroughW2.times(v.u1().map(f::derivative));
        Tensor dW2 = MatMul.multiplyTransA(v.z1(), delta2, Tensor.zeros(w2.shape()));
        Tensor dW1 = MatMul.multiplyTransA(v.x(), delta1, Tensor.zeros(v.x().cols(), delta1.cols()));
        return new Gradients(delta2, delta1, dW2, delta2.columnSums(), dW1, delta1.columnSums());
    }
}
