package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertLayerPassesGradientCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.random.Rng;
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
}
