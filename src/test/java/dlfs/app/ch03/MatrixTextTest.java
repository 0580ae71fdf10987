package dlfs.app.ch03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MatrixTextTest {
    @Test
    void readsRowsOnLinesAndNumpyBrackets() {
        Tensor w = MatrixText.parse("0.1, 0.3, 0.5\n0.2 0.4 0.6", false).value();
        assertArrayEquals(new int[] {2, 3}, w.shape());
        assertArrayEquals(new double[] {0.1, 0.3, 0.5, 0.2, 0.4, 0.6}, w.data());
        assertArrayEquals(new int[] {2}, MatrixText.parse("[1.0, 0.5]", false).value().shape());
        assertArrayEquals(new int[] {1, 2}, MatrixText.parse("[[1.0, 0.5]]", false).value().shape());
        assertArrayEquals(new int[] {1, 2}, MatrixText.parse("1.0, 0.5", true).value().shape());
        Tensor b = MatrixText.parse("[[1, 2], [3, 4], [5, 6]]", false).value();
        assertArrayEquals(new int[] {3, 2}, b.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, b.data());
    }

    @Test
    void explainsWhatIsWrongWithTheText() {
        assertEquals("ch03.matrix.number", MatrixText.parse("1, x", false).error().key());
        assertEquals("ch03.matrix.ragged", MatrixText.parse("1, 2\n3", false).error().key());
        assertEquals("ch03.matrix.empty", MatrixText.parse("  ", false).error().key());
        assertFalse(MatrixText.parse("1, NaN", false).ok());
    }

    @Test
    void printsLikeNumpy() {
        assertEquals("[0.31682708 0.69627909]", MatrixText.format(Tensor.vector(0.3168270764110298, 0.6962790898619668)));
        assertEquals("[0.3 0.7 1.1]", MatrixText.format(Tensor.vector(0.30000000000000004, 0.7, 1.1)));
        assertEquals("[[19. 22.]\n [43. 50.]]", MatrixText.format(Tensor.matrix(new double[] {19, 22}, new double[] {43, 50})));
        assertEquals("[9.99954600e-01 4.53978686e-05 2.06106005e-09]",
                MatrixText.format(Tensor.vector(0.999954600070331, 4.539786860886666e-05, 2.061060046209062e-09)));
        assertEquals("[nan inf]", MatrixText.format(Tensor.vector(Double.NaN, Double.POSITIVE_INFINITY)));
    }
}
