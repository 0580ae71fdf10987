package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dlfs.core.conv.ConvGeometry;
import dlfs.core.layer.Pooling.Mode;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Max pooling reads inner windows directly (2×2 ones unrolled) and border windows through a table;
 * every path must give the direct definition's max and argmax, ties included.
 */
class MaxPoolingWindowsTest {
    /** (H, W, pool_h, pool_w, stride, pad). */
    private static final int[][] GEOMETRIES = {
        {24, 24, 2, 2, 2, 0}, {6, 8, 2, 2, 2, 1}, {7, 7, 2, 2, 1, 0}, {7, 7, 3, 3, 2, 1}, {9, 8, 3, 2, 3, 0},
        {5, 5, 3, 3, 1, 2}, {8, 9, 2, 3, 2, 1},
    };

    @Test
    void everyWindowGivesTheFirstLargestValueInReadingOrder() {
        Rng rng = new Rng(9);
        for (int[] s : GEOMETRIES) {
            int n = 2;
            int c = 3;
            Tensor x = Tensor.zeros(n, c, s[0], s[1]);
            for (int i = 0; i < x.size(); i++) {
                // ReLU-like values: half of them exactly 0, so windows with equal maxima are common
                x.data()[i] = Math.max(0.0, Math.rint(rng.gaussian() * 2) / 2);
            }
            Pooling pool = new Pooling("Pool", s[2], s[3], s[4], s[5], Mode.MAX);
            Tensor y = pool.forward(x, true);
            int[] expectedArgmax = directArgmax(x, ConvGeometry.forInput(x.shape(), s[2], s[3], s[4], s[5]));
            double[] expected = new double[expectedArgmax.length];
            for (int o = 0; o < expected.length; o++) {
                expected[o] = expectedArgmax[o] == Pooling.BORDER ? 0.0 : x.data()[expectedArgmax[o]];
            }
            String what = java.util.Arrays.toString(s);
            assertArrayEquals(expectedArgmax, pool.argmax(), what);
            assertArrayEquals(expected, y.data(), 0.0, what);
        }
    }

    /** The definition: cells in reading order, border cells worth 0, a later cell wins only when strictly larger. */
    private static int[] directArgmax(Tensor x, ConvGeometry g) {
        int planes = x.dim(0) * x.dim(1);
        int[] argmax = new int[planes * g.positions()];
        int o = 0;
        for (int plane = 0; plane < planes; plane++) {
            for (int oy = 0; oy < g.outH(); oy++) {
                for (int ox = 0; ox < g.outW(); ox++, o++) {
                    double best = Double.NEGATIVE_INFINITY;
                    int where = Pooling.BORDER;
                    for (int fy = 0; fy < g.filterH(); fy++) {
                        for (int fx = 0; fx < g.filterW(); fx++) {
                            int yy = oy * g.stride() - g.pad() + fy;
                            int xx = ox * g.stride() - g.pad() + fx;
                            boolean inside = yy >= 0 && yy < g.height() && xx >= 0 && xx < g.width();
                            int index = plane * g.planeSize() + yy * g.width() + xx;
                            double v = inside ? x.data()[index] : 0.0;
                            if (v > best) {
                                best = v;
                                where = inside ? index : Pooling.BORDER;
                            }
                        }
                    }
                    argmax[o] = where;
                }
            }
        }
        return argmax;
    }
}
