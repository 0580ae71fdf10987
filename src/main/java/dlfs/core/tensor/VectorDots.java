package dlfs.core.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector kernel's way with {@code C = A·Bᵀ} when k is long: row i of A and row j of B both
 * run along k in memory, so every entry of C is the dot product of two contiguous rows. A
 * convolution's weight gradient {@code dW = dout[n]·col} is such a product, summing over all
 * window positions (k = 576 for SimpleConvNet) into a small (FN, C·FH·FW) result. The panel
 * tiles of {@link VectorKernel} would first have to copy B column by column and would run half
 * empty on a C only 25 columns wide; dot products need neither.
 *
 * <p>A tile of 4 rows of A and 3 rows of B keeps 12 vector sums in registers: each step over 8
 * values of k (with AVX-512) loads 7 vectors and does 12 fused multiply-adds. At the end each sum
 * is added up across its lanes and the last k % 8 products are added one by one. Entries outside
 * whole tiles are single dot products. The sums are added in a different order than in the plain
 * loops, so results agree to rounding (1e-12 relative), not bit for bit.
 */
final class VectorDots {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorDots() {
    }

    /** Rows [rowFrom, rowTo) of C (m×n) = A (m×k) · Bᵀ, B being n×k; with accumulate, C += A·Bᵀ. */
    static void multiplyRows(int n, int k, double[] a, int aOffset, double[] b, int bOffset,
                             double[] c, int cOffset, boolean accumulate, int rowFrom, int rowTo) {
        int wholeK = k - k % LANES;
        int i = rowFrom;
        for (; i + 4 <= rowTo; i += 4) {
            int j = 0;
            for (; j + 3 <= n; j += 3) {
                tile4x3(k, wholeK, a, aOffset + i * k, b, bOffset + j * k, c, cOffset + i * n + j, n, accumulate);
            }
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) {
                    store(c, cOffset + (i + r) * n + j, accumulate, dot(k, wholeK, a, aOffset + (i + r) * k, b, bOffset + j * k));
                }
            }
        }
        for (; i < rowTo; i++) {
            for (int j = 0; j < n; j++) {
                store(c, cOffset + i * n + j, accumulate, dot(k, wholeK, a, aOffset + i * k, b, bOffset + j * k));
            }
        }
    }

    /** The 4×3 entries of C from rows a0 .. a0+3k of A and b0 .. b0+2k of B, written at c0 (rows ldc apart). */
    private static void tile4x3(int k, int wholeK, double[] a, int a0, double[] b, int b0,
                                double[] c, int c0, int ldc, boolean accumulate) {
        DoubleVector s00 = DoubleVector.zero(SPECIES);
        DoubleVector s01 = s00;
        DoubleVector s02 = s00;
        DoubleVector s10 = s00;
        DoubleVector s11 = s00;
        DoubleVector s12 = s00;
        DoubleVector s20 = s00;
        DoubleVector s21 = s00;
        DoubleVector s22 = s00;
        DoubleVector s30 = s00;
        DoubleVector s31 = s00;
        DoubleVector s32 = s00;
        for (int p = 0; p < wholeK; p += LANES) {
            DoubleVector b0v = DoubleVector.fromArray(SPECIES, b, b0 + p);
            DoubleVector b1v = DoubleVector.fromArray(SPECIES, b, b0 + k + p);
            DoubleVector b2v = DoubleVector.fromArray(SPECIES, b, b0 + 2 * k + p);
            DoubleVector av = DoubleVector.fromArray(SPECIES, a, a0 + p);
            s00 = av.fma(b0v, s00);
            s01 = av.fma(b1v, s01);
            s02 = av.fma(b2v, s02);
            av = DoubleVector.fromArray(SPECIES, a, a0 + k + p);
            s10 = av.fma(b0v, s10);
            s11 = av.fma(b1v, s11);
            s12 = av.fma(b2v, s12);
            av = DoubleVector.fromArray(SPECIES, a, a0 + 2 * k + p);
            s20 = av.fma(b0v, s20);
            s21 = av.fma(b1v, s21);
            s22 = av.fma(b2v, s22);
            av = DoubleVector.fromArray(SPECIES, a, a0 + 3 * k + p);
            s30 = av.fma(b0v, s30);
            s31 = av.fma(b1v, s31);
            s32 = av.fma(b2v, s32);
        }
        int a1 = a0 + k;
        int a2 = a0 + 2 * k;
        int a3 = a0 + 3 * k;
        int b1 = b0 + k;
        int b2 = b0 + 2 * k;
        store(c, c0, accumulate, total(s00, k, wholeK, a, a0, b, b0));
        store(c, c0 + 1, accumulate, total(s01, k, wholeK, a, a0, b, b1));
        store(c, c0 + 2, accumulate, total(s02, k, wholeK, a, a0, b, b2));
        store(c, c0 + ldc, accumulate, total(s10, k, wholeK, a, a1, b, b0));
        store(c, c0 + ldc + 1, accumulate, total(s11, k, wholeK, a, a1, b, b1));
        store(c, c0 + ldc + 2, accumulate, total(s12, k, wholeK, a, a1, b, b2));
        store(c, c0 + 2 * ldc, accumulate, total(s20, k, wholeK, a, a2, b, b0));
        store(c, c0 + 2 * ldc + 1, accumulate, total(s21, k, wholeK, a, a2, b, b1));
        store(c, c0 + 2 * ldc + 2, accumulate, total(s22, k, wholeK, a, a2, b, b2));
        store(c, c0 + 3 * ldc, accumulate, total(s30, k, wholeK, a, a3, b, b0));
        store(c, c0 + 3 * ldc + 1, accumulate, total(s31, k, wholeK, a, a3, b, b1));
        store(c, c0 + 3 * ldc + 2, accumulate, total(s32, k, wholeK, a, a3, b, b2));
    }

    /** Σ over k of a[a0 + p]·b[b0 + p]. */
    private static double dot(int k, int wholeK, double[] a, int a0, double[] b, int b0) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        for (int p = 0; p < wholeK; p += LANES) {
            sum = DoubleVector.fromArray(SPECIES, a, a0 + p).fma(DoubleVector.fromArray(SPECIES, b, b0 + p), sum);
        }
        return total(sum, k, wholeK, a, a0, b, b0);
    }

    /** A vector of partial sums added across its lanes, plus the products past the last whole vector one by one. */
    private static double total(DoubleVector partial, int k, int wholeK, double[] a, int a0, double[] b, int b0) {
        double sum = partial.reduceLanes(VectorOperators.ADD);
        for (int p = wholeK; p < k; p++) {
            sum += a[a0 + p] * b[b0 + p];
        }
        return sum;
    }

    private static void store(double[] c, int index, boolean accumulate, double sum) {
        c[index] = accumulate ? c[index] + sum : sum;
    }
}
