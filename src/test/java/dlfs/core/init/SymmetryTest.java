package dlfs.core.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class SymmetryTest {
    @Test
    void spreadIsTheLargestDifferenceBetweenUnitsInARow() {
        assertEquals(0, Symmetry.unitSpread(Tensor.matrix(new double[] {1, 1, 1}, new double[] {-2, -2, -2})), 0);
        assertEquals(5, Symmetry.unitSpread(Tensor.matrix(new double[] {1, 2, 0}, new double[] {-2, 3, 1})), 0);
    }
}
