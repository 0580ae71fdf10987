package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertLayerPassesGradientCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.random.Rng;
import dlfs.core.tensor.SparseRows;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class AffineTest {
    /** X·W = [[0,0,0],[10,10,10]] plus B = [1,2,3]: the bias is added to every row. */
    @Test
    void biasIsBroadcastToEveryRow() {
        Affine affine = new Affine("Affine1", new Param("W1", Tensor.matrix(new double[] {1, 1, 1}), true),
                new Param("b1", Tensor.vector(1, 2, 3), false));
        Tensor y = affine.forward(Tensor.matrix(new double[] {0}, new double[] {10}), true);
        assertArrayEquals(new double[] {1, 2, 3, 11, 12, 13}, y.data());
    }

    @Test
    void biasGradientSumsOverTheBatch() {
        Affine affine = new Affine("Affine1", new Param("W1", Tensor.zeros(2, 3), true),
                new Param("b1", Tensor.zeros(3), false));
        affine.forward(Tensor.zeros(2, 2), true);
        affine.backward(Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertArrayEquals(new double[] {5, 7, 9}, affine.bias().grad().data());
    }

    @Test
    void passesTheGradientCheckOnMatrixAndImageInput() {
        Rng rng = new Rng(21);
        Affine affine = new Affine("Affine1", new Param("W1", GradientAssertions.gaussian(rng, 12, 4), true),
                new Param("b1", GradientAssertions.gaussian(rng, 4), false));
        assertLayerPassesGradientCheck(affine, rng, new int[] {3, 12}, new int[] {3, 4});
        assertLayerPassesGradientCheck(affine, rng, new int[] {3, 3, 2, 2}, new int[] {3, 4});
        assertArrayEquals(new int[] {3, 3, 2, 2}, affine.backward(Tensor.zeros(3, 4)).shape());
    }

    /** A batch of mostly-zero "images" large enough for the sparse products gives the dense path's numbers. */
    @Test
    void mostlyZeroInputTakesTheSparsePathWithTheSameResults() {
        Rng rng = new Rng(22);
        int n = 40;
        int in = 300;
        int out = 90;
        Tensor x = Tensor.zeros(n, in);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.uniform(0, 1) < 0.15 ? rng.uniform(0, 1) : 0.0;
        }
        assertTrue(SparseRows.worthUsing(x, n, in, out), "the test must exercise the sparse path");
        Tensor w = GradientAssertions.gaussian(rng, in, out);
        Tensor b = GradientAssertions.gaussian(rng, out);
        Tensor dout = GradientAssertions.gaussian(rng, n, out);
        double[][] sparse = forwardAndBackward(x, w, b, dout);
        SparseRows.setEnabled(false);
        try {
            double[][] dense = forwardAndBackward(x, w, b, dout);
            for (int part = 0; part < dense.length; part++) {
                assertArrayEquals(dense[part], sparse[part], 1e-12, "part " + part + " of y, dW, db, dx");
            }
        } finally {
            SparseRows.setEnabled(true);
        }
    }

    private static double[][] forwardAndBackward(Tensor x, Tensor w, Tensor b, Tensor dout) {
        Affine affine = new Affine("Affine1", new Param("W1", w.copy(), true), new Param("b1", b.copy(), false));
        double[] y = affine.forward(x, true).data().clone();
        double[] dx = affine.backward(dout).data().clone();
        return new double[][] {y, affine.weight().grad().data().clone(), affine.bias().grad().data().clone(), dx};
    }
}
