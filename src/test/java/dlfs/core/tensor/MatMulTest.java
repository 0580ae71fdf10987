package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class MatMulTest {
    @Test
    void bookMatrixProducts() {
        Tensor a = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor b = Tensor.matrix(new double[] {5, 6}, new double[] {7, 8});
        assertArrayEquals(new double[] {19, 22, 43, 50}, a.dot(b).data());
        Tensor c = Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        Tensor d = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        assertArrayEquals(new double[] {22, 28, 49, 64}, c.dot(d).data());
        assertThrows(ShapeException.class, () -> c.dot(a));
        assertArrayEquals(new double[] {23, 53, 83}, d.dot(Tensor.vector(7, 8)).data());
        assertArrayEquals(new double[] {5, 11, 17},
                Tensor.vector(1, 2).dot(Tensor.matrix(new double[] {1, 3, 5}, new double[] {2, 4, 6})).data());
    }

    @Test
    void transposedProductsMatchEjml() {
        Rng rng = new Rng(3);
        int m = 37;
        int n = 29;
        int k = 53;
        Tensor a = random(rng, m, k);
        Tensor b = random(rng, k, n);
        DMatrixRMaj expected = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(a.asMatrix(), b.asMatrix(), expected);
        assertArrayEquals(expected.data, MatMul.multiply(a, b, Tensor.zeros(m, n)).data(), 1e-12);

        Tensor at = random(rng, k, m);
        CommonOps_DDRM.multTransA(at.asMatrix(), b.asMatrix(), expected);
        assertArrayEquals(expected.data, MatMul.multiplyTransA(at, b, Tensor.zeros(m, n)).data(), 1e-12);

        Tensor bt = random(rng, n, k);
        CommonOps_DDRM.multTransB(a.asMatrix(), bt.asMatrix(), expected);
        assertArrayEquals(expected.data, MatMul.multiplyTransB(a, bt, Tensor.zeros(m, n)).data(), 1e-12);
    }

    static Tensor random(Rng rng, int r, int c) {
        Tensor t = Tensor.zeros(r, c);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.gaussian();
        }
        return t;
    }
}
