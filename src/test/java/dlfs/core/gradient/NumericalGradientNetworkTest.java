package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Activation;
import dlfs.core.layer.Param;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericalGradientNetworkTest {
    @Test
    void numericalGradientAgreesWithBackprop() {
        Rng rng = new Rng(7);
        TwoLayerNet net = new TwoLayerNet(6, 4, 3, 1.0, Activation.SIGMOID, rng);
        Tensor x = GradientAssertions.gaussian(rng, 5, 6);
        Tensor t = GradientAssertions.labels(rng, 5, 3);

        double backpropLoss = net.gradient(x, t);
        List<Tensor> backprop = new ArrayList<>();
        net.params().forEach(p -> backprop.add(p.grad().copy()));

        NumericalGradientNetwork numerical = new NumericalGradientNetwork(net);
        double numericalLoss = numerical.gradient(x, t);

        assertEquals(backpropLoss, numericalLoss, 1e-15);
        for (int i = 0; i < backprop.size(); i++) {
            Param p = net.params().get(i);
            double meanAbsDiff = p.grad().minus(backprop.get(i)).map(Math::abs).mean();
            assertTrue(meanAbsDiff < GradientAssertions.MAX_MEAN_ABS_DIFF, p.name() + " differs by " + meanAbsDiff);
        }
    }

    @Test
    void passesEverythingElseToTheWrappedNetwork() {
        TwoLayerNet net = TwoLayerNet.chapter4(6, 4, 3, new Rng(1));
        NumericalGradientNetwork numerical = new NumericalGradientNetwork(net);
        Tensor x = GradientAssertions.gaussian(new Rng(2), 2, 6);
        assertSame(net.params(), numerical.params());
        assertSame(net.layers(), numerical.layers());
        assertSame(net.architecture(), numerical.architecture());
        assertEquals(net.predict(x, false).data()[0], numerical.predict(x, false).data()[0], 0);
    }

    /** The book's 784-50-10 network has 39,760 parameters: two passes each, plus one for the loss. */
    @Test
    void countsTheForwardPassesOfTheBooksNetwork() {
        assertEquals(79_521, NumericalGradientNetwork.forwardPassesPerGradient(TwoLayerNet.chapter4(784, 50, 10, new Rng(1))));
    }
}
