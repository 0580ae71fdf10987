package dlfs.core.init;

import dlfs.core.tensor.Tensor;

/**
 * Measures whether the units of a layer are copies of each other. With all-equal initial weights
 * every unit computes the same output and receives the same gradient, so they stay identical
 * however long the network trains (the book's 6.2.1): the spread measured here stays exactly 0.
 */
public final class Symmetry {
    private Symmetry() {
    }

    /**
     * For a matrix whose columns are the units (activations (N, units) or weights (in, units)): the
     * largest difference between two units in any row, max over rows of (maxⱼ − minⱼ). Zero means
     * every unit is the same as every other.
     */
    public static double unitSpread(Tensor matrix) {
        if (matrix.rank() != 2) {
            throw new IllegalArgumentException("unit spread needs a matrix (rows, units), got "
                    + Tensor.shapeString(matrix.shape()));
        }
        int rows = matrix.dim(0);
        int units = matrix.dim(1);
        double[] d = matrix.data();
        double spread = 0;
        for (int r = 0; r < rows; r++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < units; j++) {
                min = Math.min(min, d[r * units + j]);
                max = Math.max(max, d[r * units + j]);
            }
            spread = Math.max(spread, max - min);
        }
        return spread;
    }
}
