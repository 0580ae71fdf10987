package dlfs.core.tensor;

import dlfs.core.parallel.Parallel;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Matrix products on row-major arrays: {@code C = op(A)·op(B)} or {@code C += op(A)·op(B)},
 * where {@code op} is the identity or the transpose. Layers call this instead of looping
 * themselves, so the fast kernel can be swapped in behind one method.
 *
 * <p>A is m×k (k×m when transposed), B is k×n (n×k when transposed), C is m×n.
 * Rows of C are split across {@link Parallel} threads when the product is large.
 */
public final class MatMul {
    // declared before the kernel: choosing the kernel runs a self-check that may count products
    private static final LongAdder FLOPS = new LongAdder();
    private static final LongAdder NANOS = new LongAdder();
    /** Chosen on first use by {@link Kernels#best()}: the vector kernel when this JVM can run it. */
    private static volatile Kernel kernel = Kernels.best().kernel();

    private MatMul() {
    }

    /**
     * One implementation of the product over a block of rows of C, and of the few loops beside it
     * that need the same vector instructions to keep up with it (sparse rows, pixels, the sigmoid).
     */
    public interface Kernel {
        /** Computes rows [rowFrom, rowTo) of C. */
        void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                          double[] a, double[] b, double[] c, boolean accumulate, int rowFrom, int rowTo);

        /**
         * As {@link #multiplyRows(boolean, boolean, int, int, int, double[], double[], double[], boolean, int, int)}
         * with A, B and C starting at the given offsets of their arrays, e.g. one sample's block of a
         * batch. This default copies the blocks out and back; the project's kernels read them in place.
         */
        default void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                                  double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset,
                                  boolean accumulate, int rowFrom, int rowTo) {
            double[] cBlock = Arrays.copyOfRange(c, cOffset, cOffset + m * n);
            multiplyRows(transA, transB, m, n, k, Arrays.copyOfRange(a, aOffset, aOffset + m * k),
                    Arrays.copyOfRange(b, bOffset, bOffset + k * n), cBlock, accumulate, rowFrom, rowTo);
            System.arraycopy(cBlock, rowFrom * n, c, cOffset + rowFrom * n, (rowTo - rowFrom) * n);
        }

        /**
         * One row of a product with a sparse matrix ({@link SparseRows}):
         * {@code c[cStart + j] = Σ values[e] · b[rows[e]·n + j]} over e in [from, to), for j in [0, n).
         * The result replaces what c held. This default is the plain loop; the vector kernel keeps the
         * sums in registers.
         */
        default void sumOfScaledRows(double[] values, int[] rows, int from, int to, double[] b, int n,
                                     double[] c, int cStart) {
            Arrays.fill(c, cStart, cStart + n, 0.0);
            for (int e = from; e < to; e++) {
                double v = values[e];
                int bRow = rows[e] * n;
                for (int j = 0; j < n; j++) {
                    c[cStart + j] += v * b[bRow + j];
                }
            }
        }

        /**
         * Copies the nonzero entries of {@code data[from .. to)} to {@code values} and their positions
         * (counted from {@code from}) to {@code columns}, both starting at {@code at}; returns how
         * many there were. Used to turn a row of pixels into {@link SparseRows} form.
         */
        default int compressNonzeros(double[] data, int from, int to, double[] values, int[] columns, int at) {
            int k = at;
            for (int p = from; p < to; p++) {
                double v = data[p];
                if (v != 0.0) {
                    values[k] = v;
                    columns[k] = p - from;
                    k++;
                }
            }
            return k - at;
        }

        /** {@code out[at + p] = (bytes[from + p] & 0xFF) · scale} for p in [0, count): pixels to values. */
        default void unsignedBytesToDoubles(byte[] bytes, int from, double scale, double[] out, int at, int count) {
            for (int p = 0; p < count; p++) {
                out[at + p] = (bytes[from + p] & 0xFF) * scale;
            }
        }

        /** {@code y[i] = 1 / (1 + exp(−x[i]))} for i in [0, count): the sigmoid, the one activation that needs exp. */
        default void sigmoid(double[] x, double[] y, int count) {
            for (int i = 0; i < count; i++) {
                y[i] = 1.0 / (1.0 + Math.exp(-x[i]));
            }
        }

        String name();
    }

    public static Kernel kernel() {
        return kernel;
    }

    public static void setKernel(Kernel newKernel) {
        kernel = newKernel;
    }

    public static void multiply(boolean transA, boolean transB, int m, int n, int k,
                                double[] a, double[] b, double[] c, boolean accumulate) {
        multiply(transA, transB, m, n, k, a, 0, b, 0, c, 0, accumulate);
    }

    /**
     * The same product on matrices that start at an offset of their arrays, e.g. the block of one
     * sample inside a whole batch, so a layer can multiply it in place instead of copying it out.
     */
    public static void multiply(boolean transA, boolean transB, int m, int n, int k,
                                double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset,
                                boolean accumulate) {
        Kernel current = kernel;
        long start = System.nanoTime();
        Parallel.forRange(m, (long) n * k, (from, to) -> current.multiplyRows(transA, transB, m, n, k,
                a, aOffset, b, bOffset, c, cOffset, accumulate, from, to));
        NANOS.add(System.nanoTime() - start);
        FLOPS.add(2L * m * n * k);
    }

    /** Counts a product computed outside {@link #multiply} (the {@link SparseRows} products): its multiply-adds done ×2 and time. */
    static void record(long flops, long nanos) {
        FLOPS.add(flops);
        NANOS.add(nanos);
    }

    /** Work done by all matrix products so far: floating-point operations and wall time spent. */
    public record Statistics(long flops, long nanos) {
        public Statistics minus(Statistics earlier) {
            return new Statistics(flops - earlier.flops, nanos - earlier.nanos);
        }

        public double gflopsPerSecond() {
            return nanos == 0 ? 0 : flops / (double) nanos;
        }
    }

    /** A snapshot of the counters; subtract two snapshots to measure a stretch of work. */
    public static Statistics statistics() {
        return new Statistics(FLOPS.sum(), NANOS.sum());
    }

    /** {@code out = a·b} for matrix views; out must be rows(a)×cols(b). */
    public static Tensor multiply(Tensor a, Tensor b, Tensor out) {
        check(a.cols() == b.rows(), a, b);
        multiply(false, false, a.rows(), b.cols(), a.cols(), a.data(), b.data(), out.data(), false);
        return out;
    }

    /** {@code out = aᵀ·b}; e.g. dW = xᵀ·dout. */
    public static Tensor multiplyTransA(Tensor a, Tensor b, Tensor out) {
        check(a.rows() == b.rows(), a, b);
        multiply(true, false, a.cols(), b.cols(), a.rows(), a.data(), b.data(), out.data(), false);
        return out;
    }

    /** {@code out = a·bᵀ}; e.g. dx = dout·Wᵀ. */
    public static Tensor multiplyTransB(Tensor a, Tensor b, Tensor out) {
        check(a.cols() == b.cols(), a, b);
        multiply(false, true, a.rows(), b.rows(), a.cols(), a.data(), b.data(), out.data(), false);
        return out;
    }

    private static void check(boolean ok, Tensor a, Tensor b) {
        if (!ok) {
            throw new ShapeException("matrix product: shapes " + Tensor.shapeString(a.shape()) + " and "
                    + Tensor.shapeString(b.shape()) + " do not fit");
        }
    }

    /**
     * The readable reference: i-k-j loops (the inner loop walks rows of B and C contiguously).
     * The fast kernel is tested against this one.
     */
    public static final class PlainKernel implements Kernel {
        @Override
        public void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                                 double[] a, double[] b, double[] c, boolean accumulate, int rowFrom, int rowTo) {
            multiplyRows(transA, transB, m, n, k, a, 0, b, 0, c, 0, accumulate, rowFrom, rowTo);
        }

        @Override
        public void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                                 double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset,
                                 boolean accumulate, int rowFrom, int rowTo) {
            for (int i = rowFrom; i < rowTo; i++) {
                int cRow = cOffset + i * n;
                if (!accumulate) {
                    Arrays.fill(c, cRow, cRow + n, 0.0);
                }
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[aOffset + p * m + i] : a[aOffset + i * k + p];
                    if (transB) {
                        for (int j = 0; j < n; j++) {
                            c[cRow + j] += aip * b[bOffset + j * k + p];
                        }
                    } else {
                        int bRow = bOffset + p * n;
                        for (int j = 0; j < n; j++) {
                            c[cRow + j] += aip * b[bRow + j];
                        }
                    }
                }
            }
        }

        @Override
        public String name() {
            return "plain";
        }
    }
}
