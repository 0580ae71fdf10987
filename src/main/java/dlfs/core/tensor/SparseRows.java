package dlfs.core.tensor;

import dlfs.core.parallel.Parallel;
import java.util.Arrays;

/**
 * A matrix kept as the nonzero entries of each row: the form in which a batch of images enters the
 * first layer. About four fifths of an MNIST digit's pixels are exactly 0 (the background), and a
 * product that skips them gives the same numbers as the full product while doing a fifth of its
 * multiplications. {@link dlfs.core.layer.Affine} switches to this form on its own when its input
 * is mostly zeros ({@link #worthUsing}); hidden layers, whose inputs are seldom that empty, normally do not.
 *
 * <p>Rows are stored in place of a dense row-major array of the same shape: row i's nonzero values
 * and their column numbers start at {@code i·cols}, and {@code count[i]} says how many there are.
 * That wastes memory on the zeros it skips, but lets every row be filled on its own thread.
 */
public final class SparseRows {
    /** At most this share of nonzero entries for the sparse products to be used. */
    static final double MAX_DENSITY = 0.4;
    /**
     * Products smaller than this many multiply-adds (counted densely) stay with the dense kernel:
     * it is fast enough there, and sampling the input would cost more than it could save.
     */
    static final long MIN_PRODUCT = 1_000_000;
    /** Entries looked at to estimate the density of an input before converting it. */
    private static final int SAMPLES = 256;

    private static volatile boolean enabled = true;

    private final int rows;
    private final int cols;
    private final double[] values;
    private final int[] columns;
    private final int[] count;
    /** The same nonzeros listed by column for {@link #multiplyTransposed}, column p's at {@code p·rows}. */
    private double[] byColumnValues;
    private int[] byColumnRows;
    private int[] columnCount;

    private SparseRows(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.values = new double[rows * cols];
        this.columns = new int[rows * cols];
        this.count = new int[rows];
    }

    /** Whether layers may use the sparse products at all; the benchmark turns them off to compare. */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /**
     * Whether {@code x} (rows × cols), to be multiplied by a cols × n matrix, is worth converting:
     * the product is large and a sample of x's entries is mostly zeros.
     */
    public static boolean worthUsing(Tensor x, int rows, int cols, int n) {
        if (!enabled || (long) rows * cols * n < MIN_PRODUCT) {
            return false;
        }
        double[] data = x.data();
        long size = (long) rows * cols;
        int nonzero = 0;
        for (int s = 0; s < SAMPLES; s++) {
            // evenly spread, offset by half a step so a regular image layout is not hit in one place
            if (data[(int) ((2 * s + 1) * size / (2 * SAMPLES))] != 0.0) {
                nonzero++;
            }
        }
        return nonzero <= MAX_DENSITY * SAMPLES;
    }

    /**
     * {@code out = x · b} for x (rows × cols, mostly zeros) and b (cols × n), turning x into its
     * nonzeros on the way: each thread converts a row and multiplies it at once, while the row is
     * still in its cache, and the threads meet once instead of twice. Returns x's nonzeros (in
     * {@code buffer} when it has the shape) for the backward product.
     */
    public static SparseRows multiply(Tensor x, int rows, int cols, Tensor b, Tensor out, SparseRows buffer) {
        SparseRows sparse = forShape(x, rows, cols, buffer);
        int n = b.cols();
        sparse.check(b.rows() == cols && out.rows() == rows && out.cols() == n, "· " + Tensor.shapeString(b.shape()),
                out);
        double[] data = x.data();
        double[] w = b.data();
        double[] c = out.data();
        MatMul.Kernel kernel = MatMul.kernel();
        long start = System.nanoTime();
        Parallel.forRange(rows, (long) n * cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                int first = i * cols;
                sparse.count[i] = kernel.compressNonzeros(data, first, first + cols, sparse.values, sparse.columns,
                        first);
                kernel.sumOfScaledRows(sparse.values, sparse.columns, first, first + sparse.count[i], w, n, c, i * n);
            }
        });
        MatMul.record(2 * sparse.nonzeros() * n, System.nanoTime() - start);
        return sparse;
    }

    private static SparseRows forShape(Tensor x, int rows, int cols, SparseRows buffer) {
        if ((long) rows * cols != x.size()) {
            throw new ShapeException("sparse rows: " + rows + " × " + cols + " does not fit "
                    + Tensor.shapeString(x.shape()));
        }
        return buffer != null && buffer.rows == rows && buffer.cols == cols ? buffer : new SparseRows(rows, cols);
    }

    /** How many entries are not zero. */
    public long nonzeros() {
        long nonzero = 0;
        for (int c : count) {
            nonzero += c;
        }
        return nonzero;
    }

    /** Share of entries that are not zero. */
    public double density() {
        return rows * cols == 0 ? 0 : nonzeros() / (double) ((long) rows * cols);
    }

    /**
     * {@code out = thisᵀ · b} for b (rows × n) and out (cols × n), e.g. a weight gradient xᵀ·dout:
     * row p of out sums b's rows at the nonzeros of column p. Each thread first gathers the
     * nonzeros of its own columns (rows keep their entries in column order, so that is a short
     * scan of each row), then sums them.
     */
    public Tensor multiplyTransposed(Tensor b, Tensor out) {
        int n = b.cols();
        check(b.rows() == rows && out.rows() == cols && out.cols() == n, "ᵀ· " + Tensor.shapeString(b.shape()),
                out);
        if (byColumnValues == null) {
            byColumnValues = new double[rows * cols];
            byColumnRows = new int[rows * cols];
            columnCount = new int[cols];
        }
        double[] g = b.data();
        double[] c = out.data();
        MatMul.Kernel kernel = MatMul.kernel();
        long start = System.nanoTime();
        Parallel.forRange(cols, (long) n * rows, (from, to) -> {
            gatherColumns(from, to);
            for (int p = from; p < to; p++) {
                int first = p * rows;
                kernel.sumOfScaledRows(byColumnValues, byColumnRows, first, first + columnCount[p], g, n, c, p * n);
            }
        });
        MatMul.record(2 * nonzeros() * n, System.nanoTime() - start);
        return out;
    }

    /** Lists the nonzeros of columns [from, to) by column, at {@code p·rows} for column p, rows in increasing order. */
    private void gatherColumns(int from, int to) {
        Arrays.fill(columnCount, from, to, 0);
        for (int i = 0; i < rows; i++) {
            int rowStart = i * cols;
            int end = rowStart + count[i];
            int e = Arrays.binarySearch(columns, rowStart, end, from);
            for (e = e >= 0 ? e : -e - 1; e < end && columns[e] < to; e++) {
                int p = columns[e];
                int slot = p * rows + columnCount[p]++;
                byColumnValues[slot] = values[e];
                byColumnRows[slot] = i;
            }
        }
    }

    private void check(boolean ok, String operand, Tensor out) {
        if (!ok) {
            throw new ShapeException("sparse product: (" + rows + ", " + cols + ") " + operand + " → "
                    + Tensor.shapeString(out.shape()) + " does not fit");
        }
    }
}
