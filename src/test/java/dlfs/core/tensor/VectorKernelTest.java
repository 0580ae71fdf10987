package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vector kernel must give the plain kernel's numbers (to 1e-12 relative) for every shape and flag. */
class VectorKernelTest {
    private static final MatMul.Kernel PLAIN = new MatMul.PlainKernel();
    private static final double TOLERANCE = 1e-12;

    @BeforeAll
    static void needsTheVectorModule() {
        assumeTrue(Kernels.vectorModulePresent(), "run with --add-modules jdk.incubator.vector");
    }

    /** (m, k, n): C is m×n, the inner size is k. */
    private static final int[][] SHAPES = {
        {1, 1, 1}, {1, 1, 7}, {1, 5, 1}, {3, 5, 2}, {2, 3, 9}, {7, 13, 29}, {4, 8, 24}, {5, 9, 25},
        {6, 2, 16}, {9, 4, 17}, {8, 1, 8}, {13, 11, 40},
        {17, 300, 33}, {9, 512, 10}, {3, 513, 17}, {2, 257, 49},   // k across the 256 block edges
        {6, 20, 144}, {5, 7, 145}, {4, 3, 300},                     // n across the 144-column block edge
        {100, 784, 50}, {784, 100, 50}, {100, 50, 784},             // TwoLayerNet forward / dW / dx
        {2880, 25, 30}, {25, 2880, 30}, {2880, 30, 25},              // convolution as im2col products
        {100, 4320, 100}, {1, 1000, 1},
    };

    @Test
    void equalsThePlainKernelOnEveryShapeTransposeAndAccumulateFlag() {
        VectorKernel vector = new VectorKernel(0);
        Rng rng = new Rng(11);
        for (int[] s : SHAPES) {
            for (int variant = 0; variant < 8; variant++) {
                boolean transA = (variant & 1) != 0;
                boolean transB = (variant & 2) != 0;
                boolean accumulate = (variant & 4) != 0;
                assertSameAsPlain(vector, rng, s[0], s[1], s[2], transA, transB, accumulate);
            }
        }
    }

    @Test
    void smallProductsTakeThePlainPathAndStillAgree() {
        VectorKernel vector = new VectorKernel();
        Rng rng = new Rng(12);
        for (int[] s : new int[][] {{1, 2, 3}, {2, 3, 2}, {10, 10, 10}, {16, 16, 16}, {17, 16, 16}}) {
            assertSameAsPlain(vector, rng, s[0], s[1], s[2], false, true, false);
            assertSameAsPlain(vector, rng, s[0], s[1], s[2], true, false, true);
        }
    }

    private static void assertSameAsPlain(MatMul.Kernel kernel, Rng rng, int m, int k, int n,
                                          boolean transA, boolean transB, boolean accumulate) {
        double[] a = random(rng, m * k);
        double[] b = random(rng, k * n);
        double[] expected = random(rng, m * n);
        double[] actual = expected.clone();
        PLAIN.multiplyRows(transA, transB, m, n, k, a, b, expected, accumulate, 0, m);
        kernel.multiplyRows(transA, transB, m, n, k, a, b, actual, accumulate, 0, m);
        double difference = Kernels.maxRelativeDifference(expected, actual);
        assertTrue(difference <= TOLERANCE, String.format("%dx%dx%d transA=%b transB=%b accumulate=%b: relative difference %.3g",
                m, k, n, transA, transB, accumulate, difference));
    }

    @Test
    void computesOnlyTheRequestedRows() {
        VectorKernel vector = new VectorKernel(0);
        Rng rng = new Rng(13);
        int m = 23;
        int k = 300;
        int n = 31;
        double[] a = random(rng, m * k);
        double[] b = random(rng, k * n);
        double[] expected = new double[m * n];
        PLAIN.multiplyRows(true, false, m, n, k, a, b, expected, false, 0, m);
        double[] actual = new double[m * n];
        java.util.Arrays.fill(actual, Double.NaN);
        int[] cuts = {0, 5, 6, 15, 23};
        for (int part = 0; part + 1 < cuts.length; part++) {
            vector.multiplyRows(true, false, m, n, k, a, b, actual, false, cuts[part], cuts[part + 1]);
            for (int i = cuts[part + 1] * n; i < m * n; i++) {
                assertTrue(Double.isNaN(actual[i]), "value " + i + " beyond row " + cuts[part + 1] + " was written");
            }
        }
        assertTrue(Kernels.maxRelativeDifference(expected, actual) <= TOLERANCE);
    }

    @Test
    void emptyInnerSizeGivesZerosOrLeavesCAlone() {
        VectorKernel vector = new VectorKernel(0);
        double[] c = {1, 2, 3, 4, 5, 6};
        vector.multiplyRows(false, false, 2, 3, 0, new double[0], new double[0], c, true, 0, 2);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, c);
        vector.multiplyRows(false, false, 2, 3, 0, new double[0], new double[0], c, false, 0, 2);
        assertArrayEquals(new double[6], c);
        vector.multiplyRows(false, false, 0, 3, 4, new double[0], new double[12], new double[0], false, 0, 0);
    }

    @Test
    void nanAndInfinityReachTheSameCellsAsWithPlainLoops() {
        VectorKernel vector = new VectorKernel(0);
        int m = 5;
        int k = 6;
        int n = 11;
        double[] a = random(new Rng(14), m * k);
        double[] b = random(new Rng(15), k * n);
        a[2 * k + 3] = Double.NaN;
        b[4 * n + 9] = Double.POSITIVE_INFINITY;
        double[] expected = new double[m * n];
        double[] actual = new double[m * n];
        PLAIN.multiplyRows(false, false, m, n, k, a, b, expected, false, 0, m);
        vector.multiplyRows(false, false, m, n, k, a, b, actual, false, 0, m);
        for (int i = 0; i < m * n; i++) {
            assertEquals(Double.isNaN(expected[i]), Double.isNaN(actual[i]), "NaN at " + i);
            assertEquals(Double.isInfinite(expected[i]), Double.isInfinite(actual[i]), "infinity at " + i);
        }
    }

    @Test
    void agreesWhenManyThreadsShareTheKernel() throws Exception {
        VectorKernel vector = new VectorKernel(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = 100 + t;
                int[] shape = SHAPES[(t * 5) % SHAPES.length];
                results.add(pool.submit(() -> {
                    Rng rng = new Rng(seed);
                    for (int repeat = 0; repeat < 3; repeat++) {
                        assertSameAsPlain(vector, rng, shape[0], shape[1], shape[2], repeat == 1, repeat == 2, false);
                        assertSameAsPlain(vector, rng, 37, 270, 53, false, false, true);
                    }
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void matMulSplitsRowsAcrossThreadsWithTheVectorKernel() {
        MatMul.Kernel saved = MatMul.kernel();
        int savedThreads = Parallel.threads();
        try {
            MatMul.setKernel(new VectorKernel());
            Parallel.setThreads(2);
            Rng rng = new Rng(16);
            Tensor x = Tensor.wrap(random(rng, 100 * 784), 100, 784);
            Tensor w = Tensor.wrap(random(rng, 784 * 50), 784, 50);
            Tensor dout = Tensor.wrap(random(rng, 100 * 50), 100, 50);
            double[] forward = new double[100 * 50];
            double[] dw = new double[784 * 50];
            double[] dx = new double[100 * 784];
            PLAIN.multiplyRows(false, false, 100, 50, 784, x.data(), w.data(), forward, false, 0, 100);
            PLAIN.multiplyRows(true, false, 784, 50, 100, x.data(), dout.data(), dw, false, 0, 784);
            PLAIN.multiplyRows(false, true, 100, 784, 50, dout.data(), w.data(), dx, false, 0, 100);
            assertTrue(Kernels.maxRelativeDifference(forward, MatMul.multiply(x, w, Tensor.zeros(100, 50)).data()) <= TOLERANCE);
            assertTrue(Kernels.maxRelativeDifference(dw, MatMul.multiplyTransA(x, dout, Tensor.zeros(784, 50)).data()) <= TOLERANCE);
            assertTrue(Kernels.maxRelativeDifference(dx, MatMul.multiplyTransB(dout, w, Tensor.zeros(100, 784)).data()) <= TOLERANCE);
        } finally {
            MatMul.setKernel(saved);
            Parallel.setThreads(savedThreads);
        }
    }

    private static double[] random(Rng rng, int size) {
        return MatMulTest.random(rng, 1, size).data();
    }
}
