package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceGuardTest {
    private final Param weight = new Param("W", Tensor.vector(0, 0), true);
    private final DivergenceGuard guard = new DivergenceGuard(List.of(weight), DivergenceGuard.DEFAULT_GROWTH_LIMIT);

    /** One simulated iteration: the loss is measured on the current weights, then they are updated. */
    private boolean step(double loss, double newWeight) {
        guard.beforeStep();
        weight.value().fill(newWeight);
        return guard.accept(loss);
    }

    @Test
    void explodingLossRestoresTheWeightsOfTheLastGoodLoss() {
        assertTrue(step(2.3, 1));
        assertTrue(step(2.0, 2));
        assertTrue(step(229, 3));
        assertEquals(230, guard.limit(), 1e-9);
        assertFalse(step(4.5e8, 4));
        assertEquals(3, guard.divergedAt());
        assertEquals(3, guard.acceptedSteps());
        // loss 229 was measured on weight 2 (the weights before the step that gave it)
        assertArrayEquals(new double[] {2, 2}, weight.value().data());
    }

    @Test
    void nanLossCountsAsDivergence() {
        assertTrue(step(2.3, 1));
        assertFalse(step(Double.NaN, 2));
        assertArrayEquals(new double[] {0, 0}, weight.value().data());
    }

    @Test
    void failingFirstStepRestoresTheStartingWeights() {
        assertFalse(step(Double.POSITIVE_INFINITY, 5));
        assertEquals(0, guard.divergedAt());
        assertArrayEquals(new double[] {0, 0}, weight.value().data());
    }

    @Test
    void rejectsALimitThatCouldNotTrigger() {
        assertThrows(IllegalArgumentException.class, () -> new DivergenceGuard(List.of(weight), 1));
        assertThrows(IllegalArgumentException.class, () -> new DivergenceGuard(List.of(weight), Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new DivergenceGuard(List.of(weight), Double.POSITIVE_INFINITY));
    }
}
