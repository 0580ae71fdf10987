package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Products of blocks inside larger arrays (one sample of a batch) equal the products of the blocks copied out. */
class MatMulOffsetTest {
    private static final MatMul.Kernel PLAIN = new MatMul.PlainKernel();
    private static final int[][] SHAPES = {{30, 25, 576}, {30, 576, 25}, {25, 30, 576}, {7, 13, 29}, {100, 100, 100}};
    private static final int A_OFFSET = 11;
    private static final int B_OFFSET = 3;
    private static final int C_OFFSET = 17;

    /** A kernel that only knows arrays starting at 0, so it gets offsets through the interface's default. */
    private static final MatMul.Kernel WITHOUT_OFFSETS = new MatMul.Kernel() {
        @Override
        public void multiplyRows(boolean transA, boolean transB, int m, int n, int k, double[] a, double[] b,
                                 double[] c, boolean accumulate, int rowFrom, int rowTo) {
            PLAIN.multiplyRows(transA, transB, m, n, k, a, b, c, accumulate, rowFrom, rowTo);
        }

        @Override
        public String name() {
            return "without offsets";
        }
    };

    @Test
    void everyKernelReadsAndWritesBlocksInPlace() {
        List<MatMul.Kernel> kernels = new java.util.ArrayList<>(List.of(PLAIN, WITHOUT_OFFSETS));
        Kernels.vector().ifPresent(kernels::add);
        Rng rng = new Rng(21);
        for (MatMul.Kernel kernel : kernels) {
            for (int[] s : SHAPES) {
                for (int variant = 0; variant < 8; variant++) {
                    assertBlockProduct(kernel, rng, s[0], s[1], s[2], (variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0);
                }
            }
        }
    }

    private static void assertBlockProduct(MatMul.Kernel kernel, Rng rng, int m, int k, int n,
                                           boolean transA, boolean transB, boolean accumulate) {
        double[] a = random(rng, m * k);
        double[] b = random(rng, k * n);
        double[] c = random(rng, m * n);
        double[] expected = c.clone();
        PLAIN.multiplyRows(transA, transB, m, n, k, a, b, expected, accumulate, 0, m);

        double[] bigA = embed(a, A_OFFSET);
        double[] bigB = embed(b, B_OFFSET);
        double[] bigC = embed(c, C_OFFSET);
        int split = m / 3;
        kernel.multiplyRows(transA, transB, m, n, k, bigA, A_OFFSET, bigB, B_OFFSET, bigC, C_OFFSET, accumulate, 0, split);
        kernel.multiplyRows(transA, transB, m, n, k, bigA, A_OFFSET, bigB, B_OFFSET, bigC, C_OFFSET, accumulate, split, m);
        double[] actual = Arrays.copyOfRange(bigC, C_OFFSET, C_OFFSET + m * n);
        String what = String.format("%s %dx%dx%d transA=%b transB=%b accumulate=%b", kernel.name(), m, k, n,
                transA, transB, accumulate);
        assertTrue(Kernels.maxRelativeDifference(expected, actual) <= 1e-12, what);
        for (int i = 0; i < C_OFFSET; i++) {
            assertTrue(Double.isNaN(bigC[i]) && Double.isNaN(bigC[bigC.length - 1 - i]), what + ": wrote outside C");
        }
    }

    @Test
    void matMulSplitsABlockProductOverThreads() {
        int savedThreads = Parallel.threads();
        try {
            Parallel.setThreads(2);
            Rng rng = new Rng(22);
            int m = 200;
            int k = 300;
            int n = 100;
            double[] a = random(rng, m * k);
            double[] b = random(rng, k * n);
            double[] expected = new double[m * n];
            PLAIN.multiplyRows(false, false, m, n, k, a, b, expected, false, 0, m);
            double[] c = embed(new double[m * n], C_OFFSET);
            MatMul.multiply(false, false, m, n, k, embed(a, A_OFFSET), A_OFFSET, embed(b, B_OFFSET), B_OFFSET,
                    c, C_OFFSET, false);
            assertTrue(Kernels.maxRelativeDifference(expected, Arrays.copyOfRange(c, C_OFFSET, C_OFFSET + m * n)) <= 1e-12);
            assertEquals(Double.doubleToLongBits(Double.NaN), Double.doubleToLongBits(c[C_OFFSET - 1]));
        } finally {
            Parallel.setThreads(savedThreads);
        }
    }

    /** The block surrounded by NaN: offset NaNs before it and as many after it. */
    private static double[] embed(double[] block, int offset) {
        double[] big = new double[offset + block.length + offset];
        Arrays.fill(big, Double.NaN);
        System.arraycopy(block, 0, big, offset, block.length);
        return big;
    }

    private static double[] random(Rng rng, int size) {
        return MatMulTest.random(rng, 1, size).data();
    }
}
