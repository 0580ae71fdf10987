package dlfs.core.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.random.Rng;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Im2ColTest {
    static final double[][] BOOK_INPUT = {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 0, 1, 2}, {2, 3, 0, 1}};
    static final double[][] BOOK_FILTER = {{2, 0, 1}, {0, 1, 2}, {1, 0, 2}};

    static Tensor image(double[][] rows) {
        return Tensor.matrix(rows).reshape(1, 1, rows.length, rows[0].length);
    }

    @Test
    void bookShapesForOneAndTenImages() {
        Rng rng = new Rng(1);
        assertArrayEquals(new int[] {9, 75}, Im2Col.im2col(ConvGradientCheck.gaussian(rng, 1, 3, 7, 7), 5, 5, 1, 0).shape());
        assertArrayEquals(new int[] {90, 75}, Im2Col.im2col(ConvGradientCheck.gaussian(rng, 10, 3, 7, 7), 5, 5, 1, 0).shape());
    }

    @Test
    void eachWindowOfTheBookExampleBecomesOneRow() {
        Tensor col = Im2Col.im2col(image(BOOK_INPUT), 3, 3, 1, 0);
        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0, 1}, col.row(0));
        assertArrayEquals(new double[] {2, 3, 0, 1, 2, 3, 0, 1, 2}, col.row(1));
        assertArrayEquals(new double[] {0, 1, 2, 3, 0, 1, 2, 3, 0}, col.row(2));
        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0, 1}, col.row(3));
        Tensor filterColumn = Tensor.matrix(BOOK_FILTER).reshape(9, 1);
        assertArrayEquals(new double[] {15, 16, 6, 15}, col.dot(filterColumn).data());
    }

    @Test
    void rowsRunOverSamplesThenPositionsAndColumnsOverChannelsThenWindowCells() {
        Tensor x = Tensor.zeros(2, 2, 3, 3);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = i;
        }
        Tensor col = Im2Col.im2col(x, 2, 2, 1, 0);
        assertArrayEquals(new int[] {8, 8}, col.shape());
        // sample 1, window (0, 1): channel 0 cells then channel 1 cells, each row by row
        assertArrayEquals(new double[] {19, 20, 22, 23, 28, 29, 31, 32}, col.row(5));
    }

    @Test
    void borderCellsReadAsZero() {
        Tensor col = Im2Col.im2col(image(BOOK_INPUT), 3, 3, 1, 1);
        assertArrayEquals(new int[] {16, 9}, col.shape());
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 2, 0, 0, 1}, col.row(0));
        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0, 1}, col.row(5));
        assertArrayEquals(new double[] {2, 3, 0, 1, 2, 3, 0, 1, 2}, col.row(6));
    }

    @Test
    void aBatchIsFourDimensionalAndEachSampleIsChannelHeightWidth() {
        Tensor x = ConvGradientCheck.gaussian(new Rng(2), 10, 1, 28, 28);
        assertArrayEquals(new int[] {10, 1, 28, 28}, x.shape());
        ConvGeometry onePixel = ConvGeometry.forInput(x.shape(), 1, 1, 1, 0);
        assertArrayEquals(new int[] {1, 28, 28}, Arrays.copyOfRange(onePixel.inputShape(10), 1, 4));
        Tensor col = Im2Col.im2col(x, onePixel, null);
        assertArrayEquals(Arrays.copyOfRange(x.data(), 784, 2 * 784), Arrays.copyOfRange(col.data(), 784, 2 * 784));
    }

    @Test
    void col2imOfOnesCountsHowManyWindowsCoverEachPixel() {
        double[] expected = {1, 2, 2, 1, 2, 4, 4, 2, 2, 4, 4, 2, 1, 2, 2, 1};
        Tensor ones = Tensor.zeros(4, 9).fill(1);
        Tensor image = Im2Col.col2im(ones, new int[] {1, 1, 4, 4}, 3, 3, 1, 0);
        assertArrayEquals(new int[] {1, 1, 4, 4}, image.shape());
        assertArrayEquals(expected, image.data());
        assertArrayEquals(expected, Im2Col.overlapCounts(4, 4, 3, 3, 1, 0).data());
        assertArrayEquals(new int[] {4, 4}, Im2Col.overlapCounts(4, 4, 3, 3, 1, 0).shape());
    }

    @Test
    void nonOverlappingWindowsCoverEveryPixelOnce() {
        Tensor counts = Im2Col.overlapCounts(6, 6, 2, 2, 2, 0);
        assertEquals(36.0, counts.sum());
        assertEquals(1.0, counts.max());
    }

    @Test
    void col2imIsTheAdjointOfIm2col() {
        Rng rng = new Rng(5);
        ConvGeometry g = ConvGeometry.of(3, 9, 7, 3, 3, 2, 1);
        Tensor x = ConvGradientCheck.gaussian(rng, g.inputShape(4));
        Tensor c = ConvGradientCheck.gaussian(rng, g.columnShape(4));
        double lhs = dot(Im2Col.im2col(x, g, null), c);
        double rhs = dot(x, Im2Col.col2im(c, 4, g, null));
        assertEquals(lhs, rhs, 1e-9 * Math.abs(lhs));
    }

    @Test
    void matrixProductWithUnfoldedFiltersEqualsDirectConvolution() {
        Rng rng = new Rng(6);
        int[][] settings = {{1, 0}, {2, 1}, {3, 2}};
        for (int[] s : settings) {
            ConvGeometry g = ConvGeometry.of(3, 11, 11, 3, 3, s[0], s[1]);
            Tensor x = ConvGradientCheck.gaussian(rng, g.inputShape(2));
            Tensor w = ConvGradientCheck.gaussian(rng, 4, 3, 3, 3);
            Tensor col = Im2Col.im2col(x, g, null);
            Tensor products = MatMul.multiplyTransB(col, w, Tensor.zeros(col.rows(), 4));
            double[] direct = DirectConvolution.forward(x, w, s[0], s[1]).data();
            for (int n = 0; n < 2; n++) {
                for (int f = 0; f < 4; f++) {
                    for (int p = 0; p < g.positions(); p++) {
                        assertEquals(direct[(n * 4 + f) * g.positions() + p], products.at((n * g.positions() + p) * 4 + f), 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void buffersAreReusedAndFullyOverwritten() {
        Rng rng = new Rng(7);
        ConvGeometry g = ConvGeometry.of(2, 5, 5, 3, 3, 1, 1);
        Tensor first = Im2Col.im2col(ConvGradientCheck.gaussian(rng, g.inputShape(3)), g, null);
        Tensor x = ConvGradientCheck.gaussian(rng, g.inputShape(3));
        assertSame(first, Im2Col.im2col(x, g, first));
        assertArrayEquals(Im2Col.im2col(x, g, null).data(), first.data());
        assertNotSame(first, Im2Col.im2col(ConvGradientCheck.gaussian(rng, g.inputShape(2)), g, first));

        Tensor image = Im2Col.col2im(first, 3, g, null);
        Tensor again = Im2Col.col2im(first, 3, g, image);
        assertSame(image, again);
        assertArrayEquals(Im2Col.col2im(first, 3, g, null).data(), again.data());
    }

    @Test
    void mismatchedShapesAreRejected() {
        ConvGeometry g = ConvGeometry.of(2, 5, 5, 3, 3, 1, 0);
        assertThrows(ShapeException.class, () -> Im2Col.im2col(Tensor.zeros(1, 3, 5, 5), g, null));
        assertThrows(ShapeException.class, () -> Im2Col.col2im(Tensor.zeros(9, 17), 1, g, null));
    }

    private static double dot(Tensor a, Tensor b) {
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            s += a.at(i) * b.at(i);
        }
        return s;
    }
}
