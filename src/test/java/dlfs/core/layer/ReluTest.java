package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** ReLU without branches must give exactly the book's masked result, also at the edges of double arithmetic. */
class ReluTest {
    /** The book's definition, written out: mask = x ≤ 0, y = x with the mask set to 0, dx = dout with the mask set to 0. */
    private static double[][] book(double[] x, double[] dout) {
        double[] y = new double[x.length];
        double[] dx = new double[x.length];
        boolean[] mask = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            mask[i] = x[i] <= 0;
            y[i] = mask[i] ? 0.0 : x[i];
            dx[i] = mask[i] ? 0.0 : dout[i];
        }
        return new double[][] {y, dx};
    }

    @Test
    void edgeValuesGiveTheBooksBitsIncludingSignedZerosNanAndInfinity() {
        double[] x = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 2.5, -2.5, 1e-300};
        double[] dout = {1, 2, -0.0, Double.POSITIVE_INFINITY, 3, Double.NaN, Double.NaN, -0.0, Double.NEGATIVE_INFINITY, -4};
        Relu relu = new Relu("Relu1");
        double[] y = relu.forward(Tensor.wrap(x.clone(), x.length), true).data().clone();
        double[] dx = relu.backward(Tensor.wrap(dout.clone(), dout.length)).data();
        double[][] expected = book(x, dout);
        assertArrayEquals(expected[0], y, 0.0);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[0][i]), Double.doubleToLongBits(y[i]), "y at " + i);
            assertEquals(Double.doubleToLongBits(expected[1][i]), Double.doubleToLongBits(dx[i]), "dx at " + i);
            assertEquals(x[i] <= 0, relu.mask()[i], "mask at " + i);
        }
    }

    @Test
    void largeTensorsSplitOverThreadsGiveTheSameNumbers() {
        int savedThreads = Parallel.threads();
        try {
            Parallel.setThreads(3);
            Rng rng = new Rng(5);
            int n = 300_001;
            double[] x = new double[n];
            double[] dout = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.gaussian();
                dout[i] = rng.gaussian();
            }
            Relu relu = new Relu("Relu1");
            double[] y = relu.forward(Tensor.wrap(x, n), true).data().clone();
            double[] dx = relu.backward(Tensor.wrap(dout, n)).data();
            double[][] expected = book(x, dout);
            assertArrayEquals(expected[0], y, 0.0);
            assertArrayEquals(expected[1], dx, 0.0);
        } finally {
            Parallel.setThreads(savedThreads);
        }
    }
}
