package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Products that skip zeros must give the dense products' numbers. */
class SparseRowsTest {
    @AfterEach
    void enableAgain() {
        SparseRows.setEnabled(true);
    }

    @Test
    void productsEqualTheDenseOnesForManyShapesAndDensities() {
        Rng rng = new Rng(3);
        int[][] shapes = {{1, 1, 1}, {3, 7, 2}, {10, 784, 50}, {100, 784, 50}, {17, 33, 9}, {5, 64, 100}, {64, 5, 33}};
        for (int[] s : shapes) {
            for (double density : new double[] {0.0, 0.05, 0.2, 0.6, 1.0}) {
                int rows = s[0];
                int cols = s[1];
                int n = s[2];
                Tensor x = sparseRandom(rng, rows, cols, density);
                Tensor w = random(rng, cols, n);
                Tensor dout = random(rng, rows, n);
                Tensor expected = MatMul.multiply(x, w, Tensor.zeros(rows, n));
                Tensor actual = filled(7.0, rows, n);
                SparseRows sparse = SparseRows.multiply(x, rows, cols, w, actual, null);
                assertArrayEquals(expected.data(), actual.data(), 1e-12, "x·w " + shape(s) + " density " + density);
                assertEquals(nonzeros(x), sparse.nonzeros());

                Tensor expectedT = MatMul.multiplyTransA(x, dout, Tensor.zeros(cols, n));
                Tensor actualT = sparse.multiplyTransposed(dout, filled(7.0, cols, n));
                assertArrayEquals(expectedT.data(), actualT.data(), 1e-12, "xᵀ·d " + shape(s) + " density " + density);
            }
        }
    }

    @Test
    void aReusedBufferForgetsTheLastMatrix() {
        Rng rng = new Rng(4);
        Tensor first = sparseRandom(rng, 20, 30, 0.3);
        Tensor second = sparseRandom(rng, 20, 30, 0.1);
        Tensor w = random(rng, 30, 12);
        Tensor d = random(rng, 20, 12);
        SparseRows buffer = SparseRows.multiply(first, 20, 30, w, Tensor.zeros(20, 12), null);
        buffer.multiplyTransposed(d, Tensor.zeros(30, 12));
        Tensor product = Tensor.zeros(20, 12);
        SparseRows reused = SparseRows.multiply(second, 20, 30, w, product, buffer);
        assertSame(buffer, reused);
        assertArrayEquals(MatMul.multiply(second, w, Tensor.zeros(20, 12)).data(), product.data(), 1e-12);
        assertArrayEquals(MatMul.multiplyTransA(second, d, Tensor.zeros(30, 12)).data(),
                reused.multiplyTransposed(d, Tensor.zeros(30, 12)).data(), 1e-12);
    }

    @Test
    void countsItsNonzeros() {
        Tensor x = Tensor.wrap(new double[] {0, 1, 0, 0, -0.0, 2, 0, 0, 0, 3, 0, 0}, 3, 4);
        SparseRows sparse = SparseRows.multiply(x, 3, 4, Tensor.zeros(4, 2), Tensor.zeros(3, 2), null);
        assertEquals(3, sparse.nonzeros());
        assertEquals(0.25, sparse.density(), 1e-15);
    }

    @Test
    void onlyLargeMostlyZeroInputsAreWorthIt() {
        Rng rng = new Rng(5);
        Tensor pixels = sparseRandom(rng, 100, 784, 0.2);
        Tensor activations = sparseRandom(rng, 100, 784, 0.6);
        assertTrue(SparseRows.worthUsing(pixels, 100, 784, 50));
        assertFalse(SparseRows.worthUsing(activations, 100, 784, 50), "dense inputs stay with the dense kernel");
        assertFalse(SparseRows.worthUsing(pixels, 1, 784, 50), "one image is too small a product");
        SparseRows.setEnabled(false);
        assertFalse(SparseRows.worthUsing(pixels, 100, 784, 50), "switched off for comparison");
    }

    @Test
    void shapesThatDoNotFitAreRefused() {
        Tensor x = Tensor.zeros(4, 6);
        assertThrows(ShapeException.class, () -> SparseRows.multiply(x, 5, 6, Tensor.zeros(6, 3), Tensor.zeros(5, 3), null));
        assertThrows(ShapeException.class, () -> SparseRows.multiply(x, 4, 6, Tensor.zeros(5, 3), Tensor.zeros(4, 3), null));
        SparseRows sparse = SparseRows.multiply(x, 4, 6, Tensor.zeros(6, 3), Tensor.zeros(4, 3), null);
        assertThrows(ShapeException.class, () -> sparse.multiplyTransposed(Tensor.zeros(4, 3), Tensor.zeros(4, 3)));
    }

    private static long nonzeros(Tensor x) {
        return java.util.Arrays.stream(x.data()).filter(v -> v != 0.0).count();
    }

    /** An output that holds garbage beforehand: the products must overwrite, not add. */
    private static Tensor filled(double value, int rows, int cols) {
        Tensor t = Tensor.zeros(rows, cols);
        java.util.Arrays.fill(t.data(), value);
        return t;
    }

    private static String shape(int[] s) {
        return s[0] + "×" + s[1] + "·" + s[1] + "×" + s[2];
    }

    private static Tensor random(Rng rng, int rows, int cols) {
        Tensor t = Tensor.zeros(rows, cols);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.uniform(-1, 1);
        }
        return t;
    }

    private static Tensor sparseRandom(Rng rng, int rows, int cols, double density) {
        Tensor t = Tensor.zeros(rows, cols);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.uniform(0, 1) < density ? rng.uniform(-1, 1) : 0.0;
        }
        return t;
    }
}
