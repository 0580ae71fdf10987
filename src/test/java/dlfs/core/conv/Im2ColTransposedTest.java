package dlfs.core.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The transposed (Caffe) layout must hold exactly the book's im2col matrix, transposed, for any geometry. */
class Im2ColTransposedTest {
    /** (C, H, W, FH, FW, stride, pad), including pads as wide as the window and strides that skip columns. */
    private static final int[][] GEOMETRIES = {
        {1, 28, 28, 5, 5, 1, 0}, {1, 4, 4, 3, 3, 1, 1}, {3, 7, 7, 3, 3, 2, 1}, {2, 6, 5, 2, 3, 1, 2},
        {16, 14, 14, 3, 3, 1, 1}, {2, 7, 7, 3, 3, 3, 1}, {1, 5, 5, 3, 3, 1, 3}, {2, 10, 8, 4, 2, 2, 0},
    };

    @Test
    void unfoldTransposedIsTheBooksIm2colOfEachSampleTransposed() {
        Rng rng = new Rng(3);
        for (int[] s : GEOMETRIES) {
            ConvGeometry g = ConvGeometry.of(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
            Tensor x = ConvGradientCheck.gaussian(rng, 3, s[0], s[1], s[2]);
            Tensor book = Im2Col.im2col(x, g, null);
            int rows = g.positions();
            int cols = g.windowSize();
            double[] columns = new double[cols * rows + 5];
            Arrays.fill(columns, Double.NaN);
            for (int n = 0; n < 3; n++) {
                Im2Col.unfoldTransposed(g, x.data(), n, columns, 5);
                for (int p = 0; p < rows; p++) {
                    for (int c = 0; c < cols; c++) {
                        assertEquals(book.data()[(n * rows + p) * cols + c], columns[5 + c * rows + p], 0.0, g + " sample " + n);
                    }
                }
            }
        }
    }

    @Test
    void foldTransposedIsTheBooksCol2imOfEachSample() {
        Rng rng = new Rng(4);
        for (int[] s : GEOMETRIES) {
            ConvGeometry g = ConvGeometry.of(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
            int batch = 2;
            Tensor col = ConvGradientCheck.gaussian(rng, 1, 1, batch * g.positions(), g.windowSize())
                    .reshape(batch * g.positions(), g.windowSize());
            Tensor expected = Im2Col.col2im(col, batch, g, null);
            double[] image = new double[batch * g.sampleSize()];
            Arrays.fill(image, 7.0);
            double[] transposed = new double[g.windowSize() * g.positions()];
            for (int n = 0; n < batch; n++) {
                for (int p = 0; p < g.positions(); p++) {
                    for (int c = 0; c < g.windowSize(); c++) {
                        transposed[c * g.positions() + p] = col.data()[(n * g.positions() + p) * g.windowSize() + c];
                    }
                }
                Im2Col.foldTransposed(g, transposed, 0, n, image);
            }
            assertArrayEquals(expected.data(), image, 1e-12, g.toString());
        }
    }
}
