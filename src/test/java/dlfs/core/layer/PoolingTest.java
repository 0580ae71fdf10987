package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.conv.ConvGradientCheck;
import dlfs.core.conv.Im2Col;
import dlfs.core.layer.Pooling.Mode;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class PoolingTest {
    static final double[][] BOOK_INPUT = {{1, 2, 1, 0}, {0, 1, 2, 3}, {3, 0, 1, 2}, {2, 4, 0, 1}};

    static Tensor bookInput() {
        return Tensor.matrix(BOOK_INPUT).reshape(1, 1, 4, 4);
    }

    @Test
    void maxPoolingTwoByTwoStrideTwoOfTheBookExample() {
        Tensor y = Pooling.max("Pool1", 2, 2).forward(bookInput(), false);
        assertArrayEquals(new int[] {1, 1, 2, 2}, y.shape());
        assertArrayEquals(new double[] {2, 3, 4, 2}, y.data());
    }

    @Test
    void maxIsTheRowMaximumOfThePoolingColumns() {
        Tensor col = Im2Col.im2col(bookInput(), 2, 2, 2, 0);
        assertArrayEquals(new double[] {1, 2, 0, 1, 1, 0, 2, 3, 3, 0, 2, 4, 1, 2, 0, 1}, col.data());
        double[] rowMax = new double[4];
        for (int r = 0; r < 4; r++) {
            rowMax[r] = Tensor.vector(col.row(r)).max();
        }
        assertArrayEquals(rowMax, Pooling.max("Pool1", 2, 2).forward(bookInput(), false).data());
    }

    @Test
    void averagePoolingOfTheBookExample() {
        Pooling pool = new Pooling("Pool1", 2, 2, 2, 0, Mode.AVERAGE);
        assertArrayEquals(new double[] {1, 1.5, 2.25, 1}, pool.forward(bookInput(), false).data());
        assertNull(pool.argmax());
    }

    @Test
    void maxBackwardSendsTheGradientOnlyToEachMaximum() {
        Pooling pool = Pooling.max("Pool1", 2, 2);
        pool.forward(bookInput(), true);
        Tensor dx = pool.backward(Tensor.zeros(1, 1, 2, 2).fill(1));
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0}, dx.data());
    }

    @Test
    void averageBackwardSharesTheGradientEqually() {
        Pooling pool = new Pooling("Pool1", 2, 2, 2, 0, Mode.AVERAGE);
        pool.forward(bookInput(), true);
        Tensor dx = pool.backward(Tensor.vector(4, 8, 12, 16).reshape(1, 1, 2, 2));
        assertArrayEquals(new double[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4}, dx.data());
    }

    @Test
    void equalMaximaSendTheGradientToTheFirstInReadingOrder() {
        Tensor x = Tensor.vector(5, 5, 1, 5).reshape(1, 1, 2, 2);
        Pooling pool = Pooling.max("Pool1", 2, 2);
        pool.forward(x, true);
        assertArrayEquals(new int[] {0}, pool.argmax());
        assertArrayEquals(new double[] {7, 0, 0, 0}, pool.backward(Tensor.vector(7).reshape(1, 1, 1, 1)).data());
    }

    @Test
    void borderCellsCountAsZeroAndTakeNoGradient() {
        Tensor x = Tensor.vector(-1, -2, -3, -4).reshape(1, 1, 2, 2);
        Pooling pool = new Pooling("Pool1", 2, 2, 2, 1, Mode.MAX);
        Tensor y = pool.forward(x, true);
        assertArrayEquals(new double[] {0, 0, 0, 0}, y.data());
        assertArrayEquals(new int[] {Pooling.BORDER, Pooling.BORDER, Pooling.BORDER, Pooling.BORDER}, pool.argmax());
        assertArrayEquals(new double[] {0, 0, 0, 0}, pool.backward(Tensor.zeros(1, 1, 2, 2).fill(1)).data());

        pool.forward(Tensor.zeros(1, 1, 2, 2), true);
        assertArrayEquals(new int[] {Pooling.BORDER, Pooling.BORDER, Pooling.BORDER, 3}, pool.argmax(),
                "among equal zeros the first cell of the window wins, border or not");

        Pooling average = new Pooling("Pool2", 2, 2, 2, 1, Mode.AVERAGE);
        assertArrayEquals(new double[] {-0.25, -0.5, -0.75, -1}, average.forward(x, true).data());
    }

    @Test
    void channelsArePooledIndependentlyAndKeepTheirCount() {
        Tensor x = Tensor.zeros(2, 3, 4, 4);
        for (int plane = 0; plane < 6; plane++) {
            for (int i = 0; i < 16; i++) {
                x.data()[plane * 16 + i] = BOOK_INPUT[i / 4][i % 4] + 10 * plane;
            }
        }
        Tensor y = Pooling.max("Pool1", 2, 2).forward(x, false);
        assertArrayEquals(new int[] {2, 3, 2, 2}, y.shape());
        for (int plane = 0; plane < 6; plane++) {
            assertEquals(2 + 10 * plane, y.at(plane * 4));
            assertEquals(4 + 10 * plane, y.at(plane * 4 + 2));
        }
    }

    @Test
    void globalAveragePoolingLeavesEachChannelsMean() {
        Tensor x = Tensor.zeros(2, 2, 4, 4);
        for (int plane = 0; plane < 4; plane++) {
            for (int i = 0; i < 16; i++) {
                x.data()[plane * 16 + i] = BOOK_INPUT[i / 4][i % 4] * (plane + 1);
            }
        }
        Pooling gap = Pooling.globalAverage("GAP");
        Tensor y = gap.forward(x, true);
        assertTrue(gap.isGlobal());
        assertArrayEquals(new int[] {2, 2, 1, 1}, y.shape());
        assertArrayEquals(new double[] {1.4375, 2.875, 4.3125, 5.75}, y.data(), 1e-12);
        Tensor dx = gap.backward(Tensor.zeros(2, 2, 1, 1).fill(16));
        assertEquals(64.0, dx.sum());
        assertEquals(1.0, dx.max());
        assertArrayEquals(new int[] {1, 3, 1, 1}, gap.forward(Tensor.zeros(1, 3, 5, 7), false).shape());
    }

    @Test
    void gradientsMatchCentralDifferences() {
        Rng rng = new Rng(8);
        Tensor x = ConvGradientCheck.gaussian(rng, 2, 3, 7, 7);
        ConvGradientCheck.checkLayer(new Pooling("MaxOverlap", 3, 3, 2, 1, Mode.MAX), x, rng);
        ConvGradientCheck.checkLayer(new Pooling("AverageOverlap", 3, 3, 2, 1, Mode.AVERAGE), x, rng);
        Tensor even = ConvGradientCheck.gaussian(rng, 2, 2, 6, 6);
        ConvGradientCheck.checkLayer(Pooling.max("Max", 2, 2), even, rng);
        ConvGradientCheck.checkLayer(new Pooling("Average", 3, 3, 3, 0, Mode.AVERAGE), even, rng);
        ConvGradientCheck.checkLayer(Pooling.globalAverage("GAP"), even, rng);
    }

    @Test
    void inexactOrFlatInputIsAShapeException() {
        Pooling pool = Pooling.max("Pool1", 2, 2);
        ShapeException e = assertThrows(ShapeException.class, () -> pool.forward(Tensor.zeros(1, 1, 5, 5), false));
        assertTrue(e.getMessage().startsWith("Pool1:") && e.getMessage().contains("2.5"), e.getMessage());
        assertThrows(ShapeException.class, () -> pool.forward(Tensor.zeros(1, 25), false));
        assertThrows(IllegalArgumentException.class, () -> new Pooling("P", 0, 2, 2, 0, Mode.MAX));
    }
}
