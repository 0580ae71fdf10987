package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class RandomShiftTest {
    @Test
    void aSinglePixelMovesByAtMostTheShiftAndNothingIsInvented() {
        for (int seed = 0; seed < 50; seed++) {
            Tensor batch = Tensor.zeros(1, 1, 7, 7);
            batch.set(1.0, 0, 0, 3, 3);
            new RandomShift(2).augment(batch, new int[] {1, 7, 7}, new Rng(seed));
            assertEquals(1.0, batch.sum(), 1e-12, "the pixel stays inside and is not duplicated");
            int at = 0;
            while (batch.at(at) == 0) {
                at++;
            }
            assertTrue(Math.abs(at / 7 - 3) <= 2 && Math.abs(at % 7 - 3) <= 2, "moved to " + at);
        }
    }

    @Test
    void pixelsShiftedOutAreReplacedByBackground() {
        Tensor batch = Tensor.zeros(200, 9);
        batch.fill(1.0);
        new RandomShift(1).augment(batch, new int[] {9}, new Rng(3));
        double kept = batch.sum() / batch.size();
        assertTrue(kept < 1.0 && kept > 0.5, "some border pixels became 0: " + kept);
    }

    @Test
    void zeroShiftChangesNothingAndBadShapesAreRefused() {
        Tensor batch = Tensor.vector(1, 2, 3, 4).reshape(1, 4);
        new RandomShift(0).augment(batch, new int[] {4}, new Rng(1));
        assertEquals(10, batch.sum());
        assertThrows(IllegalArgumentException.class, () -> new RandomShift(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new RandomShift(1).augment(Tensor.zeros(1, 5), new int[] {5}, new Rng(1)));
    }
}
