package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The NumPy behaviour chapter 1 relies on (spec ch1-4 §6, rows 1.5.x), reproduced by {@link Tensor}. */
class TensorTest {
    @Test
    void elementWiseArithmeticOfEqualShapes() {
        Tensor x = Tensor.vector(1, 2, 3);
        Tensor y = Tensor.vector(2, 4, 6);
        assertArrayEquals(new double[] {3, 6, 9}, x.plus(y).data());
        assertArrayEquals(new double[] {-1, -2, -3}, x.minus(y).data());
        assertArrayEquals(new double[] {2, 8, 18}, x.times(y).data());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, x.dividedBy(y).data());
    }

    @Test
    void matrixArithmeticAndBroadcasting() {
        Tensor a = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor b = Tensor.matrix(new double[] {3, 0}, new double[] {0, 6});
        assertArrayEquals(new double[] {4, 2, 3, 10}, a.plus(b).data());
        assertArrayEquals(new double[] {3, 0, 0, 24}, a.times(b).data());
        assertArrayEquals(new double[] {10, 40, 30, 80}, a.times(Tensor.vector(10, 20)).data());
        assertArrayEquals(new double[] {10, 20, 30, 40}, a.times(Tensor.scalar(10)).data());
        assertThrows(ShapeException.class, () -> a.plus(Tensor.vector(1, 2, 3)));
    }

    @Test
    void flattenIndexAndBooleanMask() {
        Tensor x = Tensor.matrix(new double[] {51, 55}, new double[] {14, 19}, new double[] {0, 4});
        Tensor flat = x.reshape(-1);
        assertArrayEquals(new double[] {51, 55, 14, 19, 0, 4}, flat.data());
        assertArrayEquals(new double[] {51, 14, 0}, flat.take(0, 2, 4).data());
        assertArrayEquals(new double[] {51, 55, 19}, flat.where(v -> v > 15).data());
        assertEquals(19, x.get(1, 1));
    }

    @Test
    void reshapeIsAViewAndChecksSizes() {
        Tensor x = Tensor.zeros(10, 3, 5, 5);
        assertEquals(750, x.size());
        Tensor flat = x.reshape(10, -1);
        assertArrayEquals(new int[] {10, 75}, flat.shape());
        flat.set(7, 9, 74);
        assertEquals(7, x.get(9, 2, 4, 4));
        assertThrows(ShapeException.class, () -> x.reshape(7, -1));
        assertThrows(ShapeException.class, () -> Tensor.zeros(-1, 3));
    }

    @Test
    void reuseKeepsABufferOfTheSameShapeOnly() {
        Tensor buffer = Tensor.zeros(4, 3);
        assertSame(buffer, Tensor.reuse(buffer, 4, 3));
        assertEquals(12, Tensor.reuse(buffer, 3, 4).size());
        assertArrayEquals(new int[] {3, 4}, Tensor.reuse(buffer, 3, 4).shape());
    }

    @Test
    void argmaxOfRowsLikeTheBook() {
        Tensor x = Tensor.matrix(new double[] {0.1, 0.8, 0.1}, new double[] {0.3, 0.1, 0.6},
                new double[] {0.2, 0.5, 0.3}, new double[] {0.8, 0.1, 0.1});
        int[] y = x.argmaxRows();
        assertArrayEquals(new int[] {1, 2, 1, 0}, y);
        int[] t = {1, 2, 0, 0};
        int same = 0;
        for (int i = 0; i < y.length; i++) {
            same += y[i] == t[i] ? 1 : 0;
        }
        assertEquals(3, same);
    }
}
