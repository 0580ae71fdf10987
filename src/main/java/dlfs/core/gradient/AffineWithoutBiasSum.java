package dlfs.core.gradient;

import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * An Affine layer whose backward pass forgets that the bias was added to every sample: db is the
 * first row of dout instead of the sum over the batch. dx and dW are right. Planted by
 * {@link InjectedBug#BIAS_WITHOUT_SUM}.
 */
final class AffineWithoutBiasSum implements Layer {
    private final Affine affine;

    AffineWithoutBiasSum(Affine affine) {
        this.affine = affine;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        return affine.forward(x, train);
    }

    @Override
    public Tensor backward(Tensor dout) {
        Tensor dx = affine.backward(dout);
        double[] db = affine.bias().grad().data();
        System.arraycopy(dout.data(), 0, db, 0, db.length);
        return dx;
    }

    @Override
    public List<Param> params() {
        return affine.params();
    }

    @Override
    public String name() {
        return affine.name();
    }
}
