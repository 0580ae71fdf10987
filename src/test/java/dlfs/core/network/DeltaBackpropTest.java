package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.gradient.GradientAssertions;
import dlfs.core.layer.Activation;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The delta rule gives the layers' own backward numbers, for ReLU and sigmoid hidden layers. */
class DeltaBackpropTest {
    private static Tensor oneHot(int... classes) {
        Tensor t = Tensor.zeros(classes.length, 3);
        for (int i = 0; i < classes.length; i++) {
            t.set(1.0, i, classes[i]);
        }
        return t;
    }

    @Test
    void deltaRuleAgreesWithTheLayersForReluAndSigmoid() {
        for (Activation f : new Activation[] {Activation.RELU, Activation.SIGMOID}) {
            Rng rng = new Rng(3);
            TwoLayerNet net = new TwoLayerNet(4, 5, 3, 0.8, f, rng);
            Tensor x = GradientAssertions.gaussian(rng, 2, 4);
            DeltaBackprop.Result r = DeltaBackprop.run(net, f, x, oneHot(2, 0));
            assertEquals(0, r.fromLayers().maxAbsDifference(r.fromDeltas()), 1e-15, f.toString());
        }
    }

    @Test
    void layerViewIsWhatTheNetworkGradientLeavesInTheParameters() {
        Rng rng = new Rng(4);
        TwoLayerNet net = new TwoLayerNet(4, 5, 3, 0.8, Activation.RELU, rng);
        Tensor x = GradientAssertions.gaussian(rng, 2, 4);
        Tensor t = oneHot(1, 2);
        DeltaBackprop.Result r = DeltaBackprop.run(net, Activation.RELU, x, t);
        double loss = net.gradient(x, t);
        assertEquals(loss, r.forward().loss(), 1e-15);
        assertEquals(0, net.param("W1").grad().minus(r.fromLayers().dW1()).map(Math::abs).max(), 0);
        assertEquals(0, net.param("b2").grad().minus(r.fromLayers().db2()).map(Math::abs).max(), 0);
    }

    @Test
    void outputDeltaIsYMinusTOverTheBatchSize() {
        Rng rng = new Rng(6);
        TwoLayerNet net = new TwoLayerNet(4, 5, 3, 0.8, Activation.SIGMOID, rng);
        Tensor t = oneHot(0, 1);
        DeltaBackprop.Result r = DeltaBackprop.run(net, Activation.SIGMOID, GradientAssertions.gaussian(rng, 2, 4), t);
        Tensor expected = r.forward().y().minus(t).scale(0.5);
        assertEquals(0, expected.minus(r.fromDeltas().delta2()).map(Math::abs).max(), 1e-16);
        assertEquals(0, expected.minus(r.fromLayers().delta2()).map(Math::abs).max(), 1e-16);
    }

    @Test
    void targetsMustBeOneHotRowsOfTheScoresShape() {
        TwoLayerNet net = TwoLayerNet.chapter5(4, 5, 3, new Rng(1));
        assertThrows(ShapeException.class, () -> DeltaBackprop.run(net, Activation.RELU, Tensor.zeros(2, 4),
                Tensor.vector(0, 1)));
    }
}
