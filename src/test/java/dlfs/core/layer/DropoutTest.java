package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class DropoutTest {
    @Test
    void keepsAUnitWhenItsUniformDrawExceedsTheRatio() {
        Tensor x = Tensor.vector(1, 2, 3, 4, 5, 6, 7, 8);
        Dropout dropout = new Dropout("Dropout1", 0.5, new Rng(3));
        Tensor y = dropout.forward(x, true);
        Rng replay = new Rng(3);
        for (int i = 0; i < x.size(); i++) {
            boolean keep = replay.uniform() > 0.5;
            assertEquals(keep, dropout.keepMask()[i]);
            assertEquals(keep ? x.at(i) : 0.0, y.at(i));
        }
    }

    @Test
    void inferenceScalesByTheKeptFraction() {
        Dropout dropout = new Dropout("Dropout1", 0.15, new Rng(1));
        assertArrayEquals(new double[] {0.85, -1.7}, dropout.forward(Tensor.vector(1, -2), false).data(), 1e-15);
    }

    @Test
    void droppedUnitsStopTheGradient() {
        Dropout dropout = new Dropout("Dropout1", 0.5, new Rng(9));
        dropout.forward(Tensor.zeros(20).fill(1), true);
        Tensor dx = dropout.backward(Tensor.zeros(20).fill(2));
        for (int i = 0; i < 20; i++) {
            assertEquals(dropout.keepMask()[i] ? 2.0 : 0.0, dx.at(i));
        }
    }

    @Test
    void passesTheGradientCheckWithRatioZeroAndWithAFixedMask() {
        Rng rng = new Rng(4);
        Tensor x = GradientAssertions.gaussian(rng, 3, 6);
        Tensor upstream = GradientAssertions.gaussian(rng, 3, 6);
        assertBackpropMatchesNumerical(GradientCheck.ofLayer(new Dropout("Dropout1", 0, new Rng(1)), x, upstream));
        assertBackpropMatchesNumerical(GradientCheck.ofLayer(new FixedMaskDropout(0.5, 77), x, upstream));
    }

    @Test
    void gradientCheckRefusesARandomMask() {
        Tensor x = Tensor.zeros(3, 6).fill(1);
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.ofLayer(new Dropout("Dropout1", 0.5, new Rng(1)), x, x));
    }

    /** Dropout with the same mask at every pass: each forward uses a fresh layer on an equally seeded Rng. */
    private static final class FixedMaskDropout implements Layer {
        private final double ratio;
        private final long seed;
        private Dropout current;

        FixedMaskDropout(double ratio, long seed) {
            this.ratio = ratio;
            this.seed = seed;
        }

        @Override
        public Tensor forward(Tensor x, boolean train) {
            current = new Dropout("Dropout1", ratio, new Rng(seed));
            return current.forward(x, train);
        }

        @Override
        public Tensor backward(Tensor dout) {
            return current.backward(dout);
        }

        @Override
        public String name() {
            return "FixedMaskDropout";
        }
    }
}
