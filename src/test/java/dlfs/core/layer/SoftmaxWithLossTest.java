package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.NumericalGradient;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class SoftmaxWithLossTest {
    /** Scores whose softmax is exactly {@code y}: log y (softmax ignores the common constant). */
    private static Tensor scoresFor(double... y) {
        return Tensor.vector(y).map(Math::log).reshape(1, y.length);
    }

    @Test
    void backwardIsOutputMinusTarget() {
        SoftmaxWithLoss layer = new SoftmaxWithLoss();
        Tensor t = Tensor.matrix(new double[] {0, 1, 0});
        assertEquals(-Math.log(0.2), layer.forward(scoresFor(0.3, 0.2, 0.5), t), 1e-12);
        assertArrayEquals(new double[] {0.3, -0.8, 0.5}, layer.backward().data(), 1e-12);

        layer.forward(scoresFor(0.01, 0.99, 0), t);
        assertArrayEquals(new double[] {0.01, -0.01, 0}, layer.backward().data(), 1e-12);
    }

    @Test
    void passesTheGradientCheckWithOneHotAndIndexLabels() {
        Rng rng = new Rng(8);
        Tensor scores = GradientAssertions.gaussian(rng, 4, 5);
        Tensor labels = GradientAssertions.labels(rng, 4, 5);
        Tensor oneHot = Tensor.zeros(4, 5);
        for (int i = 0; i < 4; i++) {
            oneHot.set(1.0, i, (int) labels.at(i));
        }
        for (Tensor t : new Tensor[] {labels, oneHot}) {
            SoftmaxWithLoss layer = new SoftmaxWithLoss();
            Tensor numerical = NumericalGradient.of(s -> layer.forward(s, t), scores);
            layer.forward(scores, t);
            double[] backprop = layer.backward().data();
            double sumAbs = 0;
            for (int i = 0; i < backprop.length; i++) {
                sumAbs += Math.abs(backprop[i] - numerical.at(i));
            }
            assertEquals(0, sumAbs / backprop.length, GradientAssertions.MAX_MEAN_ABS_DIFF);
        }
    }
}
