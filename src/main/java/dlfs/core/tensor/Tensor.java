package dlfs.core.tensor;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * An N-dimensional array of doubles, stored row-major in one contiguous {@code double[]}
 * (the same layout NumPy uses by default, so a shape like (N, C, H, W) means what it means in the book).
 *
 * <p>A 2-D tensor is also a matrix: {@link #asMatrix()} wraps the same storage as an EJML
 * {@link DMatrixRMaj} without copying. Higher-rank tensors are seen as matrices of
 * {@code shape[0]} rows, the rest flattened, exactly like {@code x.reshape(N, -1)}.
 *
 * <p>Layers reuse their output tensors from one step to the next (see {@link #reuse}), so a
 * tensor returned by a layer is valid until that layer runs again; {@link #copy()} it to keep it.
 */
public final class Tensor {
    private final double[] data;
    private final int[] shape;

    private Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A new tensor of zeros. */
    public static Tensor zeros(int... shape) {
        int[] s = checkedShape(shape);
        return new Tensor(new double[sizeOf(s)], s);
    }

    /** Wraps {@code data} (no copy) with the given shape; the sizes must agree. */
    public static Tensor wrap(double[] data, int... shape) {
        int[] s = checkedShape(shape);
        if (sizeOf(s) != data.length) {
            throw new ShapeException("cannot view " + data.length + " values as shape " + shapeString(s));
        }
        return new Tensor(data, s);
    }

    /** A 1-D tensor holding a copy of {@code values}. */
    public static Tensor vector(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** A 2-D tensor from rows of equal length (copied). */
    public static Tensor matrix(double[]... rows) {
        int r = rows.length;
        int c = r == 0 ? 0 : rows[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rows[i].length != c) {
                throw new ShapeException("row " + i + " has " + rows[i].length + " values, expected " + c);
            }
            System.arraycopy(rows[i], 0, d, i * c, c);
        }
        return new Tensor(d, new int[] {r, c});
    }

    /** A scalar seen as a 1-element, rank-0 tensor. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /**
     * Returns {@code buffer} when it already has exactly {@code shape}, otherwise a new zero tensor.
     * This is how layers keep one output buffer per layer and allocate only when the batch shape changes.
     */
    public static Tensor reuse(Tensor buffer, int... shape) {
        if (buffer != null && Arrays.equals(buffer.shape, shape)) {
            return buffer;
        }
        return zeros(shape);
    }

    // ---------------------------------------------------------------- shape

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Size of dimension {@code axis}; negative axes count from the end like NumPy. */
    public int dim(int axis) {
        return shape[axis < 0 ? shape.length + axis : axis];
    }

    public int size() {
        return data.length;
    }

    /** The backing array (row-major). Writing to it writes to the tensor. */
    public double[] data() {
        return data;
    }

    /** Rows when seen as a matrix: {@code shape[0]} (1 for a vector or scalar). */
    public int rows() {
        return shape.length <= 1 ? 1 : shape[0];
    }

    /** Columns when seen as a matrix: everything after the first axis, flattened. */
    public int cols() {
        return shape.length == 0 ? 1 : shape.length == 1 ? shape[0] : data.length / Math.max(1, shape[0]);
    }

    public boolean hasShape(int... expected) {
        return Arrays.equals(shape, expected);
    }

    /** A view with another shape over the same data; one axis may be -1 (inferred). */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int unknown = -1;
        int known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (unknown >= 0) {
                    throw new ShapeException("only one axis may be -1 in " + shapeString(newShape));
                }
                unknown = i;
            } else {
                known *= s[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || data.length % known != 0) {
                throw new ShapeException("cannot reshape " + shapeString(shape) + " to " + shapeString(newShape));
            }
            s[unknown] = data.length / known;
        }
        return wrap(data, s);
    }

    /** The same data seen as an EJML matrix of {@link #rows()} × {@link #cols()} (no copy). */
    public DMatrixRMaj asMatrix() {
        return DMatrixRMaj.wrap(rows(), cols(), data);
    }

    // ---------------------------------------------------------------- elements

    public double get(int... index) {
        return data[offset(index)];
    }

    public void set(double value, int... index) {
        data[offset(index)] = value;
    }

    /** Element {@code i} of the flattened data. */
    public double at(int i) {
        return data[i];
    }

    private int offset(int[] index) {
        if (index.length != shape.length) {
            throw new ShapeException("index of rank " + index.length + " for a tensor of shape " + shapeString(shape));
        }
        int off = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside shape " + shapeString(shape));
            }
            off = off * shape[i] + index[i];
        }
        return off;
    }

    /** The flattened elements at the given positions (NumPy's {@code x[[0, 2, 4]]} on a flat array). */
    public Tensor take(int... positions) {
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = data[positions[i]];
        }
        return new Tensor(out, new int[] {out.length});
    }

    /** The flattened elements that pass {@code test}, in order (NumPy's {@code x[x > 15]}). */
    public Tensor where(java.util.function.DoublePredicate test) {
        double[] kept = Arrays.stream(data).filter(test).toArray();
        return new Tensor(kept, new int[] {kept.length});
    }

    /** Row {@code r} of the matrix view, copied. */
    public double[] row(int r) {
        int c = cols();
        return Arrays.copyOfRange(data, r * c, r * c + c);
    }

    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    public Tensor copyFrom(Tensor other) {
        requireSameSize(other);
        System.arraycopy(other.data, 0, data, 0, data.length);
        return this;
    }

    public Tensor fill(double value) {
        Arrays.fill(data, value);
        return this;
    }

    // ---------------------------------------------------------------- arithmetic (new tensors)

    public Tensor plus(Tensor other) {
        return broadcast(other, Op.ADD);
    }

    public Tensor minus(Tensor other) {
        return broadcast(other, Op.SUB);
    }

    /** Element-wise product (NumPy's {@code *}). */
    public Tensor times(Tensor other) {
        return broadcast(other, Op.MUL);
    }

    public Tensor dividedBy(Tensor other) {
        return broadcast(other, Op.DIV);
    }

    public Tensor scale(double factor) {
        Tensor out = copy();
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] *= factor;
        }
        return out;
    }

    public Tensor map(DoubleUnaryOperator f) {
        Tensor out = zeros(shape);
        for (int i = 0; i < data.length; i++) {
            out.data[i] = f.applyAsDouble(data[i]);
        }
        return out;
    }

    /** Matrix product {@code this · other} (NumPy's {@code np.dot} for 1-D and 2-D operands). */
    public Tensor dot(Tensor other) {
        boolean leftVector = rank() == 1;
        boolean rightVector = other.rank() == 1;
        int m = leftVector ? 1 : rows();
        int k = leftVector ? shape[0] : cols();
        int k2 = rightVector ? other.shape[0] : other.rows();
        int n = rightVector ? 1 : other.cols();
        if (rank() > 2 || other.rank() > 2 || k != k2) {
            throw new ShapeException("shapes " + shapeString(shape) + " and " + shapeString(other.shape)
                    + " not aligned: " + k + " (dim 1) != " + k2 + " (dim 0)");
        }
        Tensor out;
        if (leftVector && rightVector) {
            out = scalar(0);
        } else if (leftVector) {
            out = zeros(n);
        } else if (rightVector) {
            out = zeros(m);
        } else {
            out = zeros(m, n);
        }
        MatMul.multiply(false, false, m, n, k, data, other.data, out.data, false);
        return out;
    }

    /**
     * In place: {@code this += alpha · other}. The workhorse of optimizers.
     */
    public Tensor addScaled(double alpha, Tensor other) {
        requireSameSize(other);
        double[] o = other.data;
        for (int i = 0; i < data.length; i++) {
            data[i] += alpha * o[i];
        }
        return this;
    }

    // ---------------------------------------------------------------- reductions

    public double sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : data) {
            m = Math.max(m, v);
        }
        return m;
    }

    public double mean() {
        return sum() / data.length;
    }

    /** Index of the largest value in each row of the matrix view (NumPy's {@code argmax(axis=1)}). */
    public int[] argmaxRows() {
        int r = rows();
        int c = cols();
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            int best = 0;
            for (int j = 1; j < c; j++) {
                if (data[i * c + j] > data[i * c + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Sum over rows of the matrix view (NumPy's {@code sum(axis=0)}), e.g. the bias gradient. */
    public Tensor columnSums() {
        int r = rows();
        int c = cols();
        Tensor out = zeros(c);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out.data[j] += data[i * c + j];
            }
        }
        return out;
    }

    /** True when every value is finite (no NaN, no infinity). */
    public boolean isFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private enum Op { ADD, SUB, MUL, DIV }

    /**
     * Element-wise operation with NumPy broadcasting for the cases the book uses:
     * same shape, a scalar, or a vector whose length equals the last axis (row broadcast).
     */
    private Tensor broadcast(Tensor other, Op op) {
        Tensor out = zeros(shape);
        double[] a = data;
        double[] b = other.data;
        double[] o = out.data;
        if (Arrays.equals(shape, other.shape) || (other.data.length == data.length && other.rank() <= 1 && rank() <= 1)) {
            for (int i = 0; i < a.length; i++) {
                o[i] = apply(op, a[i], b[i]);
            }
        } else if (b.length == 1) {
            for (int i = 0; i < a.length; i++) {
                o[i] = apply(op, a[i], b[0]);
            }
        } else if (shape.length > 0 && other.rank() == 1 && b.length == shape[shape.length - 1]) {
            int c = b.length;
            for (int i = 0; i < a.length; i++) {
                o[i] = apply(op, a[i], b[i % c]);
            }
        } else {
            throw new ShapeException("operands could not be broadcast together with shapes "
                    + shapeString(shape) + " " + shapeString(other.shape));
        }
        return out;
    }

    private static double apply(Op op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            default: return x / y;
        }
    }

    private void requireSameSize(Tensor other) {
        if (other.data.length != data.length) {
            throw new ShapeException("size mismatch: " + shapeString(shape) + " vs " + shapeString(other.shape));
        }
    }

    private static int[] checkedShape(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new ShapeException("negative dimension in shape " + shapeString(shape));
            }
        }
        long size = 1;
        for (int d : shape) {
            size *= d;
            if (size > Integer.MAX_VALUE - 8) {
                throw new ShapeException("shape " + shapeString(shape) + " is too large for one array");
            }
        }
        return shape.clone();
    }

    static int sizeOf(int[] shape) {
        int s = 1;
        for (int d : shape) {
            s *= d;
        }
        return s;
    }

    /** "(2, 3)" like NumPy prints a shape. */
    public static String shapeString(int... shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return "Tensor" + shapeString(shape) + (data.length <= 64 ? " " + Arrays.toString(data) : "");
    }
}
