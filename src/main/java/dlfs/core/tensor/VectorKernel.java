package dlfs.core.tensor;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast matrix product: the same {@code C = op(A)·op(B)} as {@link MatMul.PlainKernel}, written
 * with SIMD vectors (the JDK Vector API) and blocked so the numbers it works on stay in cache.
 *
 * <p>How it is organised:
 * <ul>
 *   <li>C is computed in tiles of 4 rows × 3 vectors (4 × 24 values with AVX-512) held in 12
 *       registers. Per step p of k a tile loads 3 vectors of row p of op(B), broadcasts the 4
 *       values op(A)[i][p] and does 12 fused multiply-adds. Narrower tiles (2 or 1 vectors) cover
 *       the last columns.</li>
 *   <li>k is cut into blocks of {@value #K_BLOCK} steps and n into blocks of {@value #N_BLOCK}
 *       columns, so the part of B a block of tiles keeps re-reading stays in the L2 cache.</li>
 *   <li>{@code A·Bᵀ} with a long inner size k goes to {@link VectorDots} instead: rows of A and B
 *       both run along k, so each entry of C is a dot product of two contiguous rows.</li>
 *   <li>The tiles read A and B where they are, through a start and two strides, which covers the
 *       transposed A as well. Only what a tile cannot read in place is copied ("packed") into
 *       per-thread buffers: a transposed B (its columns gathered into rows), and ragged edges (the
 *       last rows and columns, padded with zeros up to a whole tile and cut off again when the
 *       tile is written into C).</li>
 * </ul>
 *
 * <p>Only load this class when the module {@code jdk.incubator.vector} is present; {@link Kernels}
 * does that check. Buffers belong to the calling thread and are reused from call to call, so rows
 * of one product can be computed on several threads at once.
 */
final class VectorKernel implements MatMul.Kernel {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector register (8 with AVX-512). */
    private static final int LANES = SPECIES.length();
    /** As many bytes and ints as there are doubles in a vector, for converting pixels. */
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(LANES * 8));
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(LANES * 32));
    /** Rows of C computed together by one tile. */
    private static final int TILE_ROWS = 4;
    /** Columns of the widest tile, and the width of one panel of B. */
    private static final int PANEL_WIDTH = 3 * LANES;
    /** Steps of k per block: the 4 rows of A a tile reads (8 KB) stay in the L1 cache. */
    private static final int K_BLOCK = 256;
    /** Columns per block of n: the block of B (at most 256 × 144 values, 288 KB) stays in L2. */
    private static final int N_BLOCK = 6 * PANEL_WIDTH;

    /**
     * Below this many multiply-adds the plain loops are used: setting up tiles would cost more than
     * the vectors save, and plain loops are fast from the first call while the vector code is still
     * being compiled (interpreted, Vector API code is a hundred times slower than plain loops).
     */
    static final long SMALL_PRODUCT = 4096;

    /**
     * From this inner size on, {@code A·Bᵀ} is computed as dot products of rows ({@link VectorDots}):
     * adding each vector of partial sums across its lanes costs about as much as a few steps of k,
     * which long rows pay back. Measured on the products of the book's nets (CPU time, one thread):
     * k = 576 and 784 (convolution dW): 21–24 → 37–38 GFLOP/s; k = 100 to 288: panels faster.
     */
    static final int DOT_PRODUCTS_MIN_K = 512;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);
    private static final MatMul.Kernel PLAIN = new MatMul.PlainKernel();

    private final long smallProduct;

    /** Per-thread buffers, sized for the largest block and then reused. */
    private static final class Workspace {
        /** The last, ragged slice of rows of op(A), zero-padded to 4 rows: {@code [p·4 + r]}. */
        final double[] packedA = new double[TILE_ROWS * K_BLOCK];
        /** Panels of op(B) that cannot be read in place: {@code [j·kc + p·width + column]}. */
        final double[] packedB = new double[K_BLOCK * N_BLOCK];
        /** A ragged tile, before its valid part is added into C. */
        final double[] tile = new double[TILE_ROWS * PANEL_WIDTH];
    }

    VectorKernel() {
        this(SMALL_PRODUCT);
    }

    /** @param smallProduct products with fewer multiply-adds go to the plain loops (tests pass 0) */
    VectorKernel(long smallProduct) {
        this.smallProduct = smallProduct;
    }

    @Override
    public String name() {
        return "vector";
    }

    /** Shown by the app and the command line: which kernel runs and how wide its vectors are. */
    @Override
    public String toString() {
        return "vector (" + SPECIES.vectorBitSize() + "-bit, " + LANES + " doubles per vector)";
    }

    @Override
    public void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                             double[] a, double[] b, double[] c, boolean accumulate, int rowFrom, int rowTo) {
        multiplyRows(transA, transB, m, n, k, a, 0, b, 0, c, 0, accumulate, rowFrom, rowTo);
    }

    @Override
    public void multiplyRows(boolean transA, boolean transB, int m, int n, int k,
                             double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset,
                             boolean accumulate, int rowFrom, int rowTo) {
        if ((long) (rowTo - rowFrom) * n * k < smallProduct) {
            PLAIN.multiplyRows(transA, transB, m, n, k, a, aOffset, b, bOffset, c, cOffset, accumulate, rowFrom, rowTo);
            return;
        }
        if (transB && !transA && k >= DOT_PRODUCTS_MIN_K) {
            VectorDots.multiplyRows(n, k, a, aOffset, b, bOffset, c, cOffset, accumulate, rowFrom, rowTo);
            return;
        }
        if (!accumulate) {
            Arrays.fill(c, cOffset + rowFrom * n, cOffset + rowTo * n, 0.0);
        }
        Workspace w = WORKSPACE.get();
        for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
            int kc = Math.min(K_BLOCK, k - p0);
            for (int j0 = 0; j0 < n; j0 += N_BLOCK) {
                int nc = Math.min(N_BLOCK, n - j0);
                packB(transB, n, k, b, bOffset, p0, kc, j0, nc, w.packedB);
                for (int i0 = rowFrom; i0 < rowTo; i0 += TILE_ROWS) {
                    int rows = Math.min(TILE_ROWS, rowTo - i0);
                    int cStart = cOffset + i0 * n + j0;
                    if (rows < TILE_ROWS) {
                        packA(transA, m, k, a, aOffset, i0, rows, p0, kc, w.packedA);
                        multiplyRowSlice(w, w.packedA, 0, 1, TILE_ROWS, transB, b, bOffset, n, p0, kc, j0, nc, c, cStart, rows);
                    } else if (transA) {
                        multiplyRowSlice(w, a, aOffset + p0 * m + i0, 1, m, transB, b, bOffset, n, p0, kc, j0, nc, c, cStart, rows);
                    } else {
                        multiplyRowSlice(w, a, aOffset + i0 * k + p0, k, 1, transB, b, bOffset, n, p0, kc, j0, nc, c, cStart, rows);
                    }
                }
            }
        }
    }

    /**
     * Columns are taken four vectors at a time with the sums in registers. A last group that would
     * run past n is moved left to end at n instead: it overlaps the previous group, whose columns it
     * computes again to exactly the same values, so no column needs a narrower special case.
     */
    @Override
    public void sumOfScaledRows(double[] values, int[] rows, int from, int to, double[] b, int n,
                                double[] c, int cStart) {
        int group = n >= 4 * LANES ? 4 * LANES : LANES;
        if (n < LANES || (long) (to - from) * n < 64) {
            MatMul.Kernel.super.sumOfScaledRows(values, rows, from, to, b, n, c, cStart);
            return;
        }
        for (int j0 = 0; j0 < n; j0 += group) {
            int j = Math.min(j0, n - group);
            if (group == LANES) {
                sumOfScaledRows1(values, rows, from, to, b, n, j, c, cStart);
            } else {
                sumOfScaledRows4(values, rows, from, to, b, n, j, c, cStart);
            }
        }
    }

    /** Skips whole vectors of zeros with one comparison: most of a digit's rows are background. */
    @Override
    public int compressNonzeros(double[] data, int from, int to, double[] values, int[] columns, int at) {
        int k = at;
        int p = from;
        for (; p + LANES <= to; p += LANES) {
            if (!DoubleVector.fromArray(SPECIES, data, p).compare(VectorOperators.NE, 0.0).anyTrue()) {
                continue;
            }
            for (int q = p; q < p + LANES; q++) {
                // written always, kept only when nonzero: no branch on each value
                double v = data[q];
                values[k] = v;
                columns[k] = q - from;
                k += v != 0.0 ? 1 : 0;
            }
        }
        for (; p < to; p++) {
            double v = data[p];
            values[k] = v;
            columns[k] = p - from;
            k += v != 0.0 ? 1 : 0;
        }
        return k - at;
    }

    @Override
    public void unsignedBytesToDoubles(byte[] bytes, int from, double scale, double[] out, int at, int count) {
        int p = 0;
        for (; p + LANES <= count; p += LANES) {
            ((IntVector) ByteVector.fromArray(BYTES, bytes, from + p).convertShape(VectorOperators.B2I, INTS, 0))
                    .and(0xFF)
                    .convertShape(VectorOperators.I2D, SPECIES, 0)
                    .reinterpretAsDoubles()
                    .mul(scale)
                    .intoArray(out, at + p);
        }
        for (; p < count; p++) {
            out[at + p] = (bytes[from + p] & 0xFF) * scale;
        }
    }

    /** The vector exp (a library routine the JIT calls for whole vectors) is several times faster than Math.exp. */
    @Override
    public void sigmoid(double[] x, double[] y, int count) {
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        int i = 0;
        for (; i + LANES <= count; i += LANES) {
            DoubleVector e = DoubleVector.fromArray(SPECIES, x, i).neg().lanewise(VectorOperators.EXP);
            one.div(one.add(e)).intoArray(y, i);
        }
        for (; i < count; i++) {
            y[i] = 1.0 / (1.0 + Math.exp(-x[i]));
        }
    }

    private static void sumOfScaledRows4(double[] values, int[] rows, int from, int to, double[] b, int n, int j,
                                         double[] c, int cStart) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        for (int e = from; e < to; e++) {
            DoubleVector v = DoubleVector.broadcast(SPECIES, values[e]);
            int bo = rows[e] * n + j;
            s0 = v.fma(DoubleVector.fromArray(SPECIES, b, bo), s0);
            s1 = v.fma(DoubleVector.fromArray(SPECIES, b, bo + LANES), s1);
            s2 = v.fma(DoubleVector.fromArray(SPECIES, b, bo + 2 * LANES), s2);
            s3 = v.fma(DoubleVector.fromArray(SPECIES, b, bo + 3 * LANES), s3);
        }
        s0.intoArray(c, cStart + j);
        s1.intoArray(c, cStart + j + LANES);
        s2.intoArray(c, cStart + j + 2 * LANES);
        s3.intoArray(c, cStart + j + 3 * LANES);
    }

    private static void sumOfScaledRows1(double[] values, int[] rows, int from, int to, double[] b, int n, int j,
                                         double[] c, int cStart) {
        DoubleVector s = DoubleVector.zero(SPECIES);
        for (int e = from; e < to; e++) {
            s = DoubleVector.broadcast(SPECIES, values[e]).fma(DoubleVector.fromArray(SPECIES, b, rows[e] * n + j), s);
        }
        s.intoArray(c, cStart + j);
    }

    /**
     * C[i0 .. i0+rows)[j0 .. j0+nc) += op(A) slice · op(B) block, one panel of columns at a time.
     * The A slice is read at {@code aData[aStart + r·aRow + p·aStep]} for row r and step p; the
     * block of C starts at {@code c[cStart]}.
     */
    private static void multiplyRowSlice(Workspace w, double[] aData, int aStart, int aRow, int aStep,
                                         boolean transB, double[] b, int bOffset, int n, int p0, int kc, int j0,
                                         int nc, double[] c, int cStart, int rows) {
        for (int j = 0; j < nc; j += PANEL_WIDTH) {
            int width = Math.min(PANEL_WIDTH, nc - j);
            int vectors = vectorsFor(width);
            boolean whole = width == vectors * LANES;
            // op(B) panel: read in place (row p at b[bStart + p·n]) unless it had to be packed
            boolean inPlace = !transB && whole;
            double[] bData = inPlace ? b : w.packedB;
            int bStart = inPlace ? bOffset + p0 * n + j0 + j : j * kc;
            int bStep = inPlace ? n : vectors * LANES;
            // C tile: written in place when it is whole, else through the tile buffer
            boolean direct = whole && rows == TILE_ROWS;
            double[] t = direct ? c : w.tile;
            int tStart = direct ? cStart + j : 0;
            int tRow = direct ? n : PANEL_WIDTH;
            if (!direct) {
                Arrays.fill(w.tile, 0.0);
            }
            if (vectors == 3) {
                tile3(aData, aStart, aRow, aStep, bData, bStart, bStep, kc, t, tStart, tRow);
            } else if (vectors == 2) {
                tile2(aData, aStart, aRow, aStep, bData, bStart, bStep, kc, t, tStart, tRow);
            } else {
                tile1(aData, aStart, aRow, aStep, bData, bStart, bStep, kc, t, tStart, tRow);
            }
            if (!direct) {
                addTile(w.tile, rows, width, c, cStart + j, n);
            }
        }
    }

    private static int vectorsFor(int width) {
        return (width + LANES - 1) / LANES;
    }

    /**
     * Copies the last rows op(A)[i0 .. i0+rows)[p0 .. p0+kc) as {@code packed[p·4 + r]}, the rows
     * that do not exist filled with zeros, so the 4-row tiles can run over them.
     */
    private static void packA(boolean transA, int m, int k, double[] a, int aOffset, int i0, int rows, int p0, int kc,
                              double[] packed) {
        Arrays.fill(packed, 0, kc * TILE_ROWS, 0.0);
        for (int r = 0; r < rows; r++) {
            int i = i0 + r;
            for (int p = 0; p < kc; p++) {
                packed[p * TILE_ROWS + r] = transA ? a[aOffset + (p0 + p) * m + i] : a[aOffset + i * k + p0 + p];
            }
        }
    }

    /**
     * Copies the panels of op(B)[p0 .. p0+kc)[j0 .. j0+nc) the tiles cannot read in place: all of
     * them when B is transposed (a column of B becomes a contiguous row), otherwise only a last
     * panel whose width is not a whole number of vectors. A panel of width W (rounded up to whole
     * vectors, padded with zeros) starting at column j is stored as {@code packed[j·kc + p·W + column]}.
     */
    private static void packB(boolean transB, int n, int k, double[] b, int bOffset, int p0, int kc, int j0, int nc,
                              double[] packed) {
        for (int j = 0; j < nc; j += PANEL_WIDTH) {
            int width = Math.min(PANEL_WIDTH, nc - j);
            int stride = vectorsFor(width) * LANES;
            if (!transB && width == stride) {
                continue;
            }
            int start = j * kc;
            int column = j0 + j;
            if (width < stride) {
                Arrays.fill(packed, start, start + kc * stride, 0.0);
            }
            if (transB) {
                for (int jj = 0; jj < width; jj++) {
                    int from = bOffset + (column + jj) * k + p0;
                    for (int p = 0; p < kc; p++) {
                        packed[start + p * stride + jj] = b[from + p];
                    }
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, bOffset + (p0 + p) * n + column, packed, start + p * stride, width);
                }
            }
        }
    }

    /** C[rows][width] += the valid corner of a ragged tile (its padding rows and columns are dropped). */
    private static void addTile(double[] tile, int rows, int width, double[] c, int cStart, int ldc) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < width; j++) {
                c[cStart + r * ldc + j] += tile[r * PANEL_WIDTH + j];
            }
        }
    }

    // The three tile routines differ only in how many vectors wide they are. They are kept as
    // separate straight-line methods on purpose: each compiles to a tight loop with all of its
    // accumulators in registers, independent of which shapes ran before. Each ends by adding its
    // accumulators to t (C itself, or the tile buffer for a ragged edge), so no branch on the
    // shape is left inside them.

    /** t[4 rows][3 vectors] += A slice · B panel, over kc steps. */
    private static void tile3(double[] a, int aStart, int aRow, int aStep, double[] b, int bStart, int bStep,
                              int kc, double[] t, int tStart, int tRow) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c02 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c12 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c22 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c32 = c00;
        for (int p = 0; p < kc; p++) {
            int bo = bStart + p * bStep;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bo + LANES);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, b, bo + 2 * LANES);
            int ao = aStart + p * aStep;
            DoubleVector a0 = DoubleVector.broadcast(SPECIES, a[ao]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            DoubleVector a1 = DoubleVector.broadcast(SPECIES, a[ao + aRow]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            DoubleVector a2 = DoubleVector.broadcast(SPECIES, a[ao + 2 * aRow]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            DoubleVector a3 = DoubleVector.broadcast(SPECIES, a[ao + 3 * aRow]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
        }
        addInto(c00, t, tStart);
        addInto(c01, t, tStart + LANES);
        addInto(c02, t, tStart + 2 * LANES);
        addInto(c10, t, tStart + tRow);
        addInto(c11, t, tStart + tRow + LANES);
        addInto(c12, t, tStart + tRow + 2 * LANES);
        addInto(c20, t, tStart + 2 * tRow);
        addInto(c21, t, tStart + 2 * tRow + LANES);
        addInto(c22, t, tStart + 2 * tRow + 2 * LANES);
        addInto(c30, t, tStart + 3 * tRow);
        addInto(c31, t, tStart + 3 * tRow + LANES);
        addInto(c32, t, tStart + 3 * tRow + 2 * LANES);
    }

    /** t[4 rows][2 vectors] += A slice · B panel, over kc steps. */
    private static void tile2(double[] a, int aStart, int aRow, int aStep, double[] b, int bStart, int bStep,
                              int kc, double[] t, int tStart, int tRow) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        for (int p = 0; p < kc; p++) {
            int bo = bStart + p * bStep;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bo + LANES);
            int ao = aStart + p * aStep;
            DoubleVector a0 = DoubleVector.broadcast(SPECIES, a[ao]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            DoubleVector a1 = DoubleVector.broadcast(SPECIES, a[ao + aRow]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            DoubleVector a2 = DoubleVector.broadcast(SPECIES, a[ao + 2 * aRow]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            DoubleVector a3 = DoubleVector.broadcast(SPECIES, a[ao + 3 * aRow]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        addInto(c00, t, tStart);
        addInto(c01, t, tStart + LANES);
        addInto(c10, t, tStart + tRow);
        addInto(c11, t, tStart + tRow + LANES);
        addInto(c20, t, tStart + 2 * tRow);
        addInto(c21, t, tStart + 2 * tRow + LANES);
        addInto(c30, t, tStart + 3 * tRow);
        addInto(c31, t, tStart + 3 * tRow + LANES);
    }

    /** t[4 rows][1 vector] += A slice · B panel, over kc steps. */
    private static void tile1(double[] a, int aStart, int aRow, int aStep, double[] b, int bStart, int bStep,
                              int kc, double[] t, int tStart, int tRow) {
        DoubleVector c0 = DoubleVector.zero(SPECIES);
        DoubleVector c1 = c0;
        DoubleVector c2 = c0;
        DoubleVector c3 = c0;
        for (int p = 0; p < kc; p++) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bStart + p * bStep);
            int ao = aStart + p * aStep;
            c0 = DoubleVector.broadcast(SPECIES, a[ao]).fma(b0, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ao + aRow]).fma(b0, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ao + 2 * aRow]).fma(b0, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ao + 3 * aRow]).fma(b0, c3);
        }
        addInto(c0, t, tStart);
        addInto(c1, t, tStart + tRow);
        addInto(c2, t, tStart + 2 * tRow);
        addInto(c3, t, tStart + 3 * tRow);
    }

    /** t[offset ..] += v. */
    private static void addInto(DoubleVector v, double[] t, int offset) {
        v.add(DoubleVector.fromArray(SPECIES, t, offset)).intoArray(t, offset);
    }
}
