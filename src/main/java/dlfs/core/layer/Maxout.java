package dlfs.core.layer;

import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * Maxout units: each of the {@code out} units computes k affine maps of the input and outputs the
 * largest, {@code y_j = max_p (x·W + b)_{j·k + p}}. With k = 2 and one map fixed at 0 this is ReLU,
 * so maxout learns its own piecewise-linear activation. Backward sends each unit's gradient only to
 * the piece that won the max, then through the affine map.
 */
public final class Maxout implements Layer {
    private final String name;
    private final Affine affine;
    private final int pieces;
    private final int units;
    private int[] winner;
    private Tensor output;
    private Tensor piecesGrad;

    /**
     * @param weight (in, out·k); columns j·k … j·k + k − 1 belong to unit j
     * @param bias   (out·k)
     * @param pieces k ≥ 1, the number of affine maps per unit
     */
    public Maxout(String name, Param weight, Param bias, int pieces) {
        this.affine = new Affine(name, weight, bias);
        int columns = weight.value().dim(1);
        if (pieces < 1 || columns % pieces != 0) {
            throw new ShapeException(name + ": W has " + columns + " columns, not a multiple of k = " + pieces);
        }
        this.name = name;
        this.pieces = pieces;
        this.units = columns / pieces;
    }

    @Override
    public Tensor forward(Tensor x, boolean train) {
        Tensor z = affine.forward(x, train);
        int n = z.rows();
        output = Tensor.reuse(output, n, units);
        if (winner == null || winner.length != n * units) {
            winner = new int[n * units];
        }
        double[] zs = z.data();
        double[] y = output.data();
        for (int u = 0; u < n * units; u++) {
            int best = u * pieces;
            for (int p = 1; p < pieces; p++) {
                if (zs[u * pieces + p] > zs[best]) {
                    best = u * pieces + p;
                }
            }
            winner[u] = best;
            y[u] = zs[best];
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dout) {
        if (output == null || dout.size() != output.size()) {
            throw new IllegalStateException(name + ": backward needs a forward pass of the same shape first");
        }
        piecesGrad = Tensor.reuse(piecesGrad, output.rows(), units * pieces);
        double[] dz = piecesGrad.fill(0).data();
        double[] d = dout.data();
        for (int u = 0; u < d.length; u++) {
            dz[winner[u]] = d[u];
        }
        return affine.backward(piecesGrad);
    }

    public int pieces() {
        return pieces;
    }

    /** The output of the last forward pass, (N, out). */
    public Tensor lastOutput() {
        return output;
    }

    @Override
    public List<Param> params() {
        return affine.params();
    }

    @Override
    public String name() {
        return name;
    }
}
