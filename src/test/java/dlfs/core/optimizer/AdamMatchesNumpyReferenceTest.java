package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adam against a line-by-line transcription of {@code Adam.step} in the benchmark's numpy_reference.py. */
class AdamMatchesNumpyReferenceTest {
    @Test
    void tenStepsOnRandomTensorsAgreeWithTheReference() {
        Rng rng = new Rng(7);
        Param w = new Param("W", randomTensor(rng, 3, 4), true);
        Param b = new Param("b", randomTensor(rng, 4), false);
        double[][] refParams = {w.value().data().clone(), b.value().data().clone()};
        double[][] refM = {new double[12], new double[4]};
        double[][] refV = {new double[12], new double[4]};
        double lr = 0.001;
        double b1 = 0.9;
        double b2 = 0.999;
        Adam adam = new Adam(lr, b1, b2);
        for (int t = 1; t <= 10; t++) {
            fill(rng, w.grad().data());
            fill(rng, b.grad().data());
            double[][] grads = {w.grad().data().clone(), b.grad().data().clone()};
            adam.update(List.of(w, b));

            double lrT = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < refParams[k].length; i++) {
                    double g = grads[k][i];
                    refM[k][i] += (1 - b1) * (g - refM[k][i]);
                    refV[k][i] += (1 - b2) * (g * g - refV[k][i]);
                    refParams[k][i] -= lrT * refM[k][i] / (Math.sqrt(refV[k][i]) + 1e-7);
                }
            }
            assertClose(refParams[0], w.value().data(), "W at step " + t);
            assertClose(refParams[1], b.value().data(), "b at step " + t);
            assertClose(refM[0], adam.firstMoment(w).data(), "m of W at step " + t);
            assertClose(refV[1], adam.secondMoment(b).data(), "v of b at step " + t);
        }
        assertEquals(10, adam.stepCount());
    }

    private static Tensor randomTensor(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(shape);
        fill(rng, t.data());
        return t;
    }

    private static void fill(Rng rng, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.gaussian();
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, what + " [" + i + "]");
        }
    }
}
