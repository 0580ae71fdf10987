package dlfs.core.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.tensor.ShapeException;
import org.junit.jupiter.api.Test;

class ConvGeometryTest {
    @Test
    void kerasStyleTwoConvolutionsThenPoolGo28To23To18To9() {
        ConvGeometry conv1 = ConvGeometry.of(1, 28, 28, 6, 6, 1, 0);
        assertArrayEquals(new int[] {1, 32, 23, 23}, conv1.outputShape(1, 32));
        ConvGeometry conv2 = ConvGeometry.of(32, 23, 23, 6, 6, 1, 0);
        assertArrayEquals(new int[] {1, 64, 18, 18}, conv2.outputShape(1, 64));
        ConvGeometry pool = ConvGeometry.of(64, 18, 18, 2, 2, 2, 0);
        assertArrayEquals(new int[] {1, 64, 9, 9}, pool.outputShape(1, 64));
    }

    @Test
    void heightAndWidthAreComputedSeparately() {
        ConvGeometry g = ConvGeometry.of(1, 28, 31, 5, 5, 3, 2);
        assertEquals(10, g.outH());
        assertEquals(11, g.outW());
        assertEquals(110, g.positions());
    }

    @Test
    void columnShapeIsPositionsTimesBatchByWindowSize() {
        ConvGeometry g = ConvGeometry.of(3, 7, 7, 5, 5, 1, 0);
        assertArrayEquals(new int[] {9, 75}, g.columnShape(1));
        assertArrayEquals(new int[] {90, 75}, g.columnShape(10));
    }

    @Test
    void inexactOutputIsAShapeExceptionWithTheFormula() {
        ShapeException e = assertThrows(ShapeException.class, () -> ConvGeometry.of(1, 8, 8, 3, 3, 2, 1));
        assertTrue(e.getMessage().contains("4.5") && e.getMessage().contains("4"), e.getMessage());
        ShapeException named = assertThrows(ShapeException.class,
                () -> ConvGeometry.forLayer("Conv1", new int[] {2, 1, 8, 8}, 3, 3, 2, 1));
        assertTrue(named.getMessage().startsWith("Conv1: output height"), named.getMessage());
    }

    @Test
    void inputMustBeFourDimensional() {
        assertThrows(ShapeException.class, () -> ConvGeometry.forInput(new int[] {10, 784}, 3, 3, 1, 0));
    }
}
