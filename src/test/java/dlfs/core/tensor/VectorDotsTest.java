package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dlfs.core.random.Rng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A·Bᵀ with a long inner size goes to dot products of rows; they must give the plain loops' numbers. */
class VectorDotsTest {
    private static final MatMul.Kernel PLAIN = new MatMul.PlainKernel();

    @BeforeAll
    static void needsTheVectorModule() {
        assumeTrue(Kernels.vectorModulePresent(), "run with --add-modules jdk.incubator.vector");
    }

    @Test
    void everyTileAndEdgeAgreesWithThePlainKernel() {
        MatMul.Kernel vector = new VectorKernel(0);
        Rng rng = new Rng(41);
        int[] ks = {VectorKernel.DOT_PRODUCTS_MIN_K, VectorKernel.DOT_PRODUCTS_MIN_K + 1, 519, 576, 1000};
        for (int k : ks) {
            for (int m = 1; m <= 9; m += 4) {
                for (int n = 1; n <= 7; n += 3) {
                    for (boolean accumulate : new boolean[] {false, true}) {
                        double[] a = MatMulTest.random(rng, m, k).data();
                        double[] b = MatMulTest.random(rng, n, k).data();
                        double[] expected = MatMulTest.random(rng, m, n).data();
                        double[] actual = expected.clone();
                        PLAIN.multiplyRows(false, true, m, n, k, a, b, expected, accumulate, 0, m);
                        vector.multiplyRows(false, true, m, n, k, a, b, actual, accumulate, 0, m);
                        assertTrue(Kernels.maxRelativeDifference(expected, actual) <= 1e-12,
                                m + "x" + k + "x" + n + " accumulate=" + accumulate);
                    }
                }
            }
        }
    }

    @Test
    void nanAndInfinityReachTheSameCells() {
        int m = 6;
        int n = 5;
        int k = 600;
        double[] a = MatMulTest.random(new Rng(42), m, k).data();
        double[] b = MatMulTest.random(new Rng(43), n, k).data();
        a[4 * k + 599] = Double.NaN;          // in the one-by-one tail of row 4
        b[2 * k + 17] = Double.POSITIVE_INFINITY;
        double[] expected = new double[m * n];
        double[] actual = new double[m * n];
        PLAIN.multiplyRows(false, true, m, n, k, a, b, expected, false, 0, m);
        new VectorKernel(0).multiplyRows(false, true, m, n, k, a, b, actual, false, 0, m);
        for (int i = 0; i < m * n; i++) {
            assertEquals(Double.isNaN(expected[i]), Double.isNaN(actual[i]), "NaN at " + i);
            assertEquals(Double.isInfinite(expected[i]), Double.isInfinite(actual[i]), "infinity at " + i);
        }
    }
}
