package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertLayerPassesGradientCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MaxoutTest {
    /** One input, one unit, two pieces: w = (1, 0), b = 0 gives max(x, 0), i.e. ReLU. */
    @Test
    void twoPiecesWithOneAtZeroIsRelu() {
        Maxout maxout = new Maxout("Maxout1", new Param("W1", Tensor.matrix(new double[] {1, 0}), true),
                new Param("b1", Tensor.zeros(2), false), 2);
        Tensor y = maxout.forward(Tensor.matrix(new double[] {-2}, new double[] {3}), true);
        assertArrayEquals(new double[] {0, 3}, y.data());
        assertArrayEquals(new int[] {2, 1}, maxout.lastOutput().shape());
    }

    @Test
    void backwardRoutesTheGradientToTheWinningPiece() {
        // two units of three pieces on a single input x = 1: z = (1, 5, 2 | 0, -1, 4)
        Param w = new Param("W1", Tensor.matrix(new double[] {1, 5, 2, 0, -1, 4}), true);
        Maxout maxout = new Maxout("Maxout1", w, new Param("b1", Tensor.zeros(6), false), 3);
        assertArrayEquals(new double[] {5, 4}, maxout.forward(Tensor.matrix(new double[] {1}), true).data());
        Tensor dx = maxout.backward(Tensor.matrix(new double[] {10, 20}));
        assertArrayEquals(new double[] {0, 10, 0, 0, 0, 20}, w.grad().data());
        assertEquals(10 * 5 + 20 * 4, dx.at(0), 1e-12);
    }

    @Test
    void passesTheGradientCheck() {
        Rng rng = new Rng(31);
        Maxout maxout = new Maxout("Maxout1", new Param("W1", GradientAssertions.gaussian(rng, 5, 3 * 4), true),
                new Param("b1", GradientAssertions.gaussian(rng, 3 * 4), false), 4);
        GradientCheck.Report report = assertLayerPassesGradientCheck(maxout, rng, new int[] {6, 5}, new int[] {6, 3});
        assertEquals(3, report.entries().size());
    }

    @Test
    void rejectsColumnsThatDoNotSplitIntoPieces() {
        assertThrows(ShapeException.class, () -> new Maxout("Maxout1", new Param("W1", Tensor.zeros(2, 5), true),
                new Param("b1", Tensor.zeros(5), false), 2));
    }
}
