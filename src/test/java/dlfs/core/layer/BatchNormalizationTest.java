package dlfs.core.layer;

import static dlfs.core.gradient.GradientAssertions.assertLayerPassesGradientCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class BatchNormalizationTest {
    private static BatchNormalization layer(int features) {
        return new BatchNormalization("BatchNorm1", new Param("gamma1", Tensor.zeros(features).fill(1), false),
                new Param("beta1", Tensor.zeros(features), false));
    }

    @Test
    void usesTheCompanionCodesDefaults() {
        BatchNormalization bn = layer(3);
        assertEquals(1e-6, bn.epsilon());
        assertEquals(0.9, bn.momentum());
        assertFalse(bn.gamma().decays());
        assertEquals("gamma1", bn.params().get(0).name());
        assertEquals("beta1", bn.params().get(1).name());
    }

    /** Batch [1, 2, 3, 4]: μ = 2.5, σ² = 1.25, and with ε = 1e-7 x̂ ≈ ±1.3416407, ±0.4472136. */
    @Test
    void normalisesABatchWithTheBooksFormulas() {
        BatchNormalization bn = new BatchNormalization("BatchNorm1", new Param("gamma1", Tensor.vector(1), false),
                new Param("beta1", Tensor.vector(0), false), 0.9, 1e-7);
        Tensor y = bn.forward(Tensor.matrix(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4}), true);
        assertEquals(2.5, bn.lastMean().at(0), 1e-15);
        assertEquals(1.25, bn.lastVariance().at(0), 1e-15);
        assertArrayEquals(new double[] {-1.3416407, -0.4472136, 0.4472136, 1.3416407}, bn.normalized().data(), 1e-7);
        assertArrayEquals(bn.normalized().data(), y.data(), 0);
    }

    @Test
    void scalesAndShiftsWithGammaAndBeta() {
        BatchNormalization bn = layer(2);
        bn.gamma().value().copyFrom(Tensor.vector(2, 3));
        bn.beta().value().copyFrom(Tensor.vector(-1, 5));
        Tensor x = Tensor.matrix(new double[] {1, 10}, new double[] {3, 20}, new double[] {8, 60});
        Tensor y = bn.forward(x, true);
        for (int c = 0; c < 2; c++) {
            double mu = (x.get(0, c) + x.get(1, c) + x.get(2, c)) / 3;
            double var = 0;
            for (int n = 0; n < 3; n++) {
                var += (x.get(n, c) - mu) * (x.get(n, c) - mu) / 3;
            }
            for (int n = 0; n < 3; n++) {
                double xhat = (x.get(n, c) - mu) / Math.sqrt(var + 1e-6);
                assertEquals(bn.gamma().value().at(c) * xhat + bn.beta().value().at(c), y.get(n, c), 1e-12);
            }
        }
    }

    @Test
    void trainingUpdatesRunningStatisticsThatInferenceUses() {
        BatchNormalization bn = layer(1);
        Tensor x = Tensor.matrix(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4});
        bn.forward(x, true);
        assertEquals(0.1 * 2.5, bn.runningMean().at(0), 1e-15);
        assertEquals(0.1 * 1.25, bn.runningVariance().at(0), 1e-15);
        bn.forward(x, true);
        assertEquals(0.9 * 0.25 + 0.1 * 2.5, bn.runningMean().at(0), 1e-15);

        Tensor y = bn.forward(Tensor.matrix(new double[] {7}), false);
        double expected = (7 - bn.runningMean().at(0)) / Math.sqrt(bn.runningVariance().at(0) + 1e-6);
        assertEquals(expected, y.at(0), 1e-12);
        assertEquals(bn.runningMean().at(0), bn.lastMean().at(0));
        assertEquals(0.9 * 0.25 + 0.1 * 2.5, bn.runningMean().at(0), 1e-15);
    }

    @Test
    void fourDimensionalInputIsNormalisedPerChannel() {
        Rng rng = new Rng(2);
        BatchNormalization bn = layer(3);
        Tensor x = GradientAssertions.gaussian(rng, 4, 3, 2, 5);
        for (int i = 0; i < x.size(); i++) {
            int c = (i / 10) % 3;
            x.data()[i] = x.at(i) * (c + 1) + 10 * c;
        }
        Tensor y = bn.forward(x, true);
        assertArrayEquals(new int[] {4, 3, 2, 5}, y.shape());
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            double squares = 0;
            for (int n = 0; n < 4; n++) {
                for (int s = 0; s < 10; s++) {
                    double v = y.data()[(n * 3 + c) * 10 + s];
                    sum += v;
                    squares += v * v;
                }
            }
            assertEquals(0, sum / 40, 1e-12, "channel " + c + " mean");
            assertEquals(1, squares / 40, 1e-5, "channel " + c + " variance");
        }
    }

    @Test
    void passesTheGradientCheckOnMatrixInput() {
        Rng rng = new Rng(12);
        BatchNormalization bn = layer(4);
        bn.gamma().value().copyFrom(GradientAssertions.uniform(rng, 0.5, 1.5, 4));
        bn.beta().value().copyFrom(GradientAssertions.gaussian(rng, 4));
        GradientCheck.Report report = assertLayerPassesGradientCheck(bn, rng, new int[] {5, 4}, new int[] {5, 4});
        assertEquals(3, report.entries().size());
    }

    @Test
    void passesTheGradientCheckOnImageInput() {
        Rng rng = new Rng(13);
        BatchNormalization bn = layer(2);
        bn.gamma().value().copyFrom(Tensor.vector(0.7, 1.6));
        bn.beta().value().copyFrom(Tensor.vector(0.2, -0.4));
        assertLayerPassesGradientCheck(bn, rng, new int[] {3, 2, 3, 3}, new int[] {3, 2, 3, 3});
    }

    @Test
    void backwardAfterAnInferencePassDifferentiatesTheFixedNormalisation() {
        Rng rng = new Rng(14);
        BatchNormalization bn = layer(3);
        bn.forward(GradientAssertions.gaussian(rng, 6, 3), true);
        Tensor x = GradientAssertions.gaussian(rng, 2, 3);
        Tensor dout = GradientAssertions.gaussian(rng, 2, 3);
        bn.forward(x, false);
        Tensor dx = bn.backward(dout);
        for (int i = 0; i < 6; i++) {
            int c = i % 3;
            assertEquals(dout.at(i) / Math.sqrt(bn.runningVariance().at(c) + 1e-6), dx.at(i), 1e-12);
        }
    }

    @Test
    void rejectsInputWhoseFeaturesDoNotMatch() {
        BatchNormalization bn = layer(3);
        assertThrows(ShapeException.class, () -> bn.forward(Tensor.zeros(2, 4), true));
        assertThrows(ShapeException.class, () -> bn.forward(Tensor.zeros(2, 4, 3, 3), true));
        assertThrows(ShapeException.class, () -> new BatchNormalization("BatchNorm1",
                new Param("gamma1", Tensor.zeros(3), false), new Param("beta1", Tensor.zeros(2), false)));
    }
}
