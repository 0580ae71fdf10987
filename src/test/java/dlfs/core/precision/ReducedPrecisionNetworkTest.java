package dlfs.core.precision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Param;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ReducedPrecisionNetworkTest {
    private static SimpleConvNet smallNet() {
        return new SimpleConvNet(new int[] {1, 8, 8}, 3, 3, 0, 1, 6, 4, WeightInit.fixed(0.3), new Rng(7));
    }

    private static Tensor images(int n) {
        Rng rng = new Rng(11);
        Tensor x = Tensor.zeros(n, 64);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.uniform();
        }
        return x;
    }

    @Test
    void doublePrecisionCopyPredictsExactlyLikeTheOriginal() {
        SimpleConvNet net = smallNet();
        Tensor x = images(5);
        Tensor expected = net.predict(x, false).copy();
        ReducedPrecisionNetwork copy = ReducedPrecisionNetwork.of(net, Precision.FLOAT64, Precision.FLOAT64, Precision.FLOAT64);
        assertArrayEquals(expected.data(), copy.predict(x, false).data());
    }

    @Test
    void halfPrecisionCopyStoresHalfWeightsAndLeavesTheOriginalAlone() {
        SimpleConvNet net = smallNet();
        double[] original = net.param("W1").value().data().clone();
        ReducedPrecisionNetwork copy = ReducedPrecisionNetwork.of(net, Precision.FLOAT16, Precision.FLOAT16, Precision.FLOAT16);
        for (Param p : copy.params()) {
            for (double v : p.value().data()) {
                assertEquals(HalfPrecision.round(v), v, p.name() + " holds a half value");
            }
        }
        assertArrayEquals(original, net.param("W1").value().data());
        assertNotEquals(original[0], copy.params().get(0).value().data()[0]);
    }

    @Test
    void halfPrecisionScoresStayCloseToDoubleScores() {
        SimpleConvNet net = smallNet();
        Tensor x = images(5);
        Tensor exact = net.predict(x, false).copy();
        Tensor half = ReducedPrecisionNetwork.of(net, Precision.FLOAT16, Precision.FLOAT16, Precision.FLOAT16)
                .predict(x, false);
        assertArrayEquals(new int[] {5, 4}, half.shape());
        double scale = 0;
        for (double v : exact.data()) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < exact.size(); i++) {
            assertEquals(exact.data()[i], half.data()[i], 0.01 * scale + 1e-3);
        }
        for (double v : half.data()) {
            assertEquals(HalfPrecision.round(v), v, "the last layer's output is rounded too");
        }
    }

    @Test
    void roundingOnlyTheInputsChangesTheScoresOnlyALittle() {
        SimpleConvNet net = smallNet();
        Tensor x = images(3);
        Tensor exact = net.predict(x, false).copy();
        ReducedPrecisionNetwork inputsOnly = ReducedPrecisionNetwork.of(net, Precision.FLOAT64, Precision.FLOAT16, Precision.FLOAT64);
        Tensor rounded = inputsOnly.predict(x, false);
        boolean changed = false;
        for (int i = 0; i < exact.size(); i++) {
            changed |= exact.data()[i] != rounded.data()[i];
            assertEquals(exact.data()[i], rounded.data()[i], 1e-2);
        }
        assertTrue(changed);
        assertEquals(Precision.FLOAT16, inputsOnly.inputs());
    }

    @Test
    void refusesToTrain() {
        ReducedPrecisionNetwork copy = ReducedPrecisionNetwork.of(smallNet(), Precision.FLOAT16, Precision.FLOAT64, Precision.FLOAT64);
        assertThrows(UnsupportedOperationException.class, () -> copy.gradient(images(1), Tensor.vector(0)));
        assertTrue(Double.isFinite(copy.loss(images(2), Tensor.vector(0, 1), false)));
    }
}
