package dlfs.core.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PerceptronTest {
    @Test
    void gatesReproduceTheBooksTruthTables() {
        assertArrayEquals(new int[] {0, 0, 0, 1}, Gates.truthTable(Gates::and));
        assertArrayEquals(new int[] {1, 1, 1, 0}, Gates.truthTable(Gates::nand));
        assertArrayEquals(new int[] {0, 1, 1, 1}, Gates.truthTable(Gates::or));
    }

    /** Fig. 2-12: s1 = NAND and s2 = OR in the first layer, y = AND(s1, s2). */
    @Test
    void xorIsNandAndOrCombinedByAnd() {
        int[][] expectedRows = {{1, 0, 0}, {1, 1, 1}, {1, 1, 1}, {0, 1, 0}};
        for (int i = 0; i < 4; i++) {
            int[] x = Gates.input(i);
            int s1 = Gates.nand(x[0], x[1]);
            int s2 = Gates.or(x[0], x[1]);
            assertArrayEquals(expectedRows[i], new int[] {s1, s2, Gates.and(s1, s2)});
            assertEquals(Gates.and(s1, s2), Gates.xor(x[0], x[1]));
        }
        assertArrayEquals(new int[] {0, 1, 1, 0}, Gates.truthTable(Gates::xor));
    }

    @Test
    void weightedSumShowsTheFloatingPointSurprise() {
        assertEquals(-0.19999999999999996, Gates.AND.weightedSum(0, 1), 0);
        assertEquals(0.5, Gates.AND.weightedSum(0, 1) - Gates.AND.b(), 1e-15);
    }

    @Test
    void thresholdFormIsTheBiasFormWithBEqualToMinusTheta() {
        for (double[] params : new double[][] {{0.5, 0.5, 0.7}, {0.5, 0.5, 0.8}, {1.0, 1.0, 1.0}}) {
            Perceptron and = Perceptron.fromThreshold(params[0], params[1], params[2]);
            assertEquals(-params[2], and.b());
            assertArrayEquals(new int[] {0, 0, 0, 1}, Gates.truthTable(and::output));
        }
        assertArrayEquals(new int[] {1, 1, 1, 0}, Gates.truthTable(Perceptron.fromThreshold(-0.5, -0.5, -0.7)::output));
        assertArrayEquals(new int[] {0, 1, 1, 1}, Gates.truthTable(new Perceptron(1.0, 1.0, -0.5)::output));
    }

    @Test
    void inputsComeInTruthTableOrder() {
        assertArrayEquals(new int[] {0, 0}, Gates.input(0));
        assertArrayEquals(new int[] {1, 0}, Gates.input(1));
        assertArrayEquals(new int[] {0, 1}, Gates.input(2));
        assertArrayEquals(new int[] {1, 1}, Gates.input(3));
    }
}
