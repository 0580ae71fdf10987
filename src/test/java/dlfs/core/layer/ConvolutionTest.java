package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.conv.ConvGradientCheck;
import dlfs.core.conv.DirectConvolution;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ConvolutionTest {
    static final double[][] BOOK_INPUT = {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 0, 1, 2}, {2, 3, 0, 1}};
    static final double[][] BOOK_FILTER = {{2, 0, 1}, {0, 1, 2}, {1, 0, 2}};

    static Convolution layer(Tensor w, double bias, int stride, int pad) {
        Tensor b = Tensor.zeros(w.dim(0)).fill(bias);
        return new Convolution("Conv1", new Param("W1", w, true), new Param("b1", b, false), stride, pad);
    }

    static Convolution bookLayer(double bias, int pad) {
        return layer(Tensor.matrix(BOOK_FILTER).reshape(1, 1, 3, 3), bias, 1, pad);
    }

    static Tensor bookInput() {
        return Tensor.matrix(BOOK_INPUT).reshape(1, 1, 4, 4);
    }

    @Test
    void bookExampleFiltersFourByFourIntoTwoByTwo() {
        Tensor y = bookLayer(0, 0).forward(bookInput(), false);
        assertArrayEquals(new int[] {1, 1, 2, 2}, y.shape());
        assertArrayEquals(new double[] {15, 16, 6, 15}, y.data());
    }

    @Test
    void oneBiasIsAddedToEveryOutputOfItsFilter() {
        assertArrayEquals(new double[] {18, 19, 9, 18}, bookLayer(3, 0).forward(bookInput(), false).data());
    }

    @Test
    void paddingOneKeepsTheFourByFourSize() {
        Tensor y = bookLayer(0, 1).forward(bookInput(), false);
        assertArrayEquals(new int[] {1, 1, 4, 4}, y.shape());
        assertArrayEquals(new double[] {7, 12, 10, 2, 4, 15, 16, 10, 10, 6, 15, 6, 8, 10, 4, 3}, y.data());
    }

    @Test
    void channelsAreConvolvedSeparatelyAndSummed() {
        Tensor x = Tensor.zeros(1, 3, 4, 4);
        Tensor w = Tensor.zeros(1, 3, 3, 3);
        for (int c = 0; c < 3; c++) {
            System.arraycopy(bookInput().data(), 0, x.data(), c * 16, 16);
            System.arraycopy(Tensor.matrix(BOOK_FILTER).data(), 0, w.data(), c * 9, 9);
        }
        assertArrayEquals(new double[] {45, 48, 18, 45}, layer(w, 0, 1, 0).forward(x, false).data());
    }

    @Test
    void strideTwoOnSevenBySevenGivesThreeByThree() {
        Rng rng = new Rng(1);
        Tensor x = ConvGradientCheck.gaussian(rng, 2, 1, 7, 7);
        Tensor w = ConvGradientCheck.gaussian(rng, 2, 1, 3, 3);
        Tensor y = layer(w, 0, 2, 0).forward(x, false);
        assertArrayEquals(new int[] {2, 2, 3, 3}, y.shape());
        assertArrayEquals(DirectConvolution.forward(x, w, 2, 0).data(), y.data(), 1e-12);
    }

    @Test
    void twentyFiltersOfThreeChannelsFiveByFiveAreAFourDimensionalWeight() {
        Tensor w = Tensor.zeros(20, 3, 5, 5);
        Convolution conv = layer(w, 0, 1, 0);
        assertArrayEquals(new int[] {20, 3, 5, 5}, conv.weight().value().shape());
        assertArrayEquals(new int[] {20}, conv.bias().value().shape());
        Tensor tenFilters = Tensor.zeros(10, 3, 5, 5);
        assertEquals(750, tenFilters.size());
        assertArrayEquals(new int[] {10, 75}, tenFilters.reshape(10, -1).shape());
        assertArrayEquals(new int[] {4, 20, 3, 3}, conv.forward(Tensor.zeros(4, 3, 7, 7), false).shape());
    }

    @Test
    void backwardOfTheBookExampleWithUnitGradient() {
        Convolution conv = bookLayer(0, 0);
        conv.forward(bookInput(), true);
        Tensor dx = conv.backward(Tensor.zeros(1, 1, 2, 2).fill(1));
        assertArrayEquals(new double[] {4, 8, 8, 4, 4, 8, 8, 4, 4}, conv.weight().grad().data());
        assertArrayEquals(new double[] {4}, conv.bias().grad().data());
        assertArrayEquals(new double[] {2, 2, 1, 1, 2, 3, 4, 3, 1, 2, 5, 4, 1, 1, 2, 2}, dx.data());
        assertArrayEquals(new int[] {1, 1, 4, 4}, dx.shape());
    }

    @Test
    void forwardAndBackwardMatchTheDirectDefinition() {
        Rng rng = new Rng(2);
        int[][] settings = {{1, 0}, {2, 1}, {1, 2}, {3, 0}};
        for (int[] s : settings) {
            Tensor x = ConvGradientCheck.gaussian(rng, 3, 2, 10, 10);
            Tensor w = ConvGradientCheck.gaussian(rng, 4, 2, 4, 4);
            Convolution conv = layer(w, 0, s[0], s[1]);
            Tensor y = conv.forward(x, true);
            assertArrayEquals(DirectConvolution.forward(x, w, s[0], s[1]).data(), y.data(), 1e-12);
            Tensor dout = ConvGradientCheck.gaussian(rng, y.shape());
            assertArrayEquals(DirectConvolution.inputGradient(dout, w, x.shape(), s[0], s[1]).data(),
                    conv.backward(dout).data(), 1e-12);
        }
    }

    @Test
    void gradientsMatchCentralDifferencesWithStridePadAndSeveralChannels() {
        Rng rng = new Rng(3);
        Convolution strided = layer(ConvGradientCheck.gaussian(rng, 3, 2, 3, 3), 0, 2, 1);
        strided.bias().value().data()[1] = 0.5;
        ConvGradientCheck.checkLayer(strided, ConvGradientCheck.gaussian(rng, 2, 2, 7, 7), rng);
        Convolution padded = layer(ConvGradientCheck.gaussian(rng, 4, 3, 2, 3), 0.1, 1, 2);
        ConvGradientCheck.checkLayer(padded, ConvGradientCheck.gaussian(rng, 2, 3, 5, 6), rng);
    }

    @Test
    void backwardParamsFillsTheSameGradientsAsBackward() {
        Rng rng = new Rng(5);
        Convolution conv = layer(ConvGradientCheck.gaussian(rng, 3, 2, 3, 3), 0, 1, 1);
        Tensor x = ConvGradientCheck.gaussian(rng, 2, 2, 6, 6);
        Tensor dout = ConvGradientCheck.gaussian(rng, conv.forward(x, true).shape());
        conv.backward(dout);
        double[] dw = conv.weight().grad().data().clone();
        double[] db = conv.bias().grad().data().clone();
        conv.weight().grad().fill(0);
        conv.bias().grad().fill(0);
        conv.backwardParams(dout);
        assertArrayEquals(dw, conv.weight().grad().data(), 0);
        assertArrayEquals(db, conv.bias().grad().data(), 0);
    }

    @Test
    void buffersAreKeptAcrossStepsAndRebuiltWhenTheBatchChanges() {
        Rng rng = new Rng(4);
        Convolution conv = layer(ConvGradientCheck.gaussian(rng, 2, 1, 3, 3), 0, 1, 1);
        Tensor y1 = conv.forward(ConvGradientCheck.gaussian(rng, 2, 1, 5, 5), true);
        Tensor x2 = ConvGradientCheck.gaussian(rng, 2, 1, 5, 5);
        Tensor y2 = conv.forward(x2, true);
        assertSame(y1, y2);
        assertSame(x2, conv.lastInput());
        assertSame(y2, conv.lastOutput());
        assertArrayEquals(new int[] {50, 9}, conv.lastColumns().shape());
        Tensor y3 = conv.forward(ConvGradientCheck.gaussian(rng, 3, 1, 5, 5), true);
        assertNotSame(y2, y3);
        assertArrayEquals(new int[] {3, 2, 5, 5}, y3.shape());
    }

    @Test
    void anEmptyBatchGivesEmptyOutputAndGradients() {
        Convolution conv = layer(Tensor.zeros(2, 1, 3, 3).fill(1), 0, 1, 0);
        Tensor y = conv.forward(Tensor.zeros(0, 1, 5, 5), true);
        assertArrayEquals(new int[] {0, 2, 3, 3}, y.shape());
        assertArrayEquals(new int[] {0, 1, 5, 5}, conv.backward(y).shape());
        assertEquals(0.0, conv.weight().grad().sum());
    }

    @Test
    void inputWithTheWrongChannelCountIsAShapeException() {
        Convolution conv = layer(Tensor.zeros(30, 1, 5, 5), 0, 1, 0);
        ShapeException e = assertThrows(ShapeException.class, () -> conv.forward(Tensor.zeros(2, 3, 28, 28), false));
        assertTrue(e.getMessage().contains("3 channels") && e.getMessage().contains("expects 1"), e.getMessage());
        assertThrows(ShapeException.class, () -> conv.forward(Tensor.zeros(2, 784), false));
    }

    @Test
    void inexactOutputSizeIsAShapeExceptionNamingTheLayer() {
        Convolution conv = layer(Tensor.zeros(1, 1, 3, 3), 0, 2, 1);
        ShapeException e = assertThrows(ShapeException.class, () -> conv.forward(Tensor.zeros(1, 1, 8, 8), false));
        assertTrue(e.getMessage().startsWith("Conv1:") && e.getMessage().contains("4.5"), e.getMessage());
    }
}
