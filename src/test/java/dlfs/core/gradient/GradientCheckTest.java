package dlfs.core.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.network.Architecture;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradientCheckTest {
    /** y = x ⊙ s with a learnable scale s per feature; {@code wrongBy} corrupts its backward pass. */
    private static final class ScaleLayer implements Layer {
        private final Param scale;
        private final double wrongBy;
        private Tensor input;
        private Tensor output;
        private Tensor inputGrad;

        ScaleLayer(Param scale, double wrongBy) {
            this.scale = scale;
            this.wrongBy = wrongBy;
        }

        @Override
        public Tensor forward(Tensor x, boolean train) {
            input = x;
            output = x.times(scale.value());
            return output;
        }

        @Override
        public Tensor backward(Tensor dout) {
            int cols = scale.value().size();
            double[] ds = scale.grad().fill(0).data();
            inputGrad = dout.times(scale.value());
            for (int i = 0; i < dout.size(); i++) {
                ds[i % cols] += dout.at(i) * input.at(i) * (1 + wrongBy);
            }
            return inputGrad;
        }

        @Override
        public List<Param> params() {
            return List.of(scale);
        }

        @Override
        public String name() {
            return "Scale1";
        }
    }

    private static SequentialNetwork network(double wrongBy) {
        Param scale = new Param("s1", Tensor.vector(0.5, -1.2, 2.0), true);
        return new SequentialNetwork(List.of(new ScaleLayer(scale, wrongBy)), new SoftmaxWithLoss(), WeightDecay.NONE,
                new Architecture("test", Map.of()));
    }

    @Test
    void aCorrectBackwardPassAgreesWithTheNumericalGradient() {
        Rng rng = new Rng(1);
        GradientCheck.Report report = GradientCheck.of(network(0), GradientAssertions.gaussian(rng, 4, 3),
                GradientAssertions.labels(rng, 4, 3));
        GradientAssertions.assertBackpropMatchesNumerical(report);
        assertTrue(report.maxRelativeError() < 1e-6, report::toString);
        assertEquals(3, report.entry("s1").checked());
    }

    @Test
    void aWrongBackwardPassIsCaught() {
        Rng rng = new Rng(1);
        GradientCheck.Report report = GradientCheck.of(network(0.01), GradientAssertions.gaussian(rng, 4, 3),
                GradientAssertions.labels(rng, 4, 3));
        assertTrue(report.maxMeanAbsDiff() > 1e-4, report::toString);
        assertTrue(report.maxRelativeError() > 0.005, report::toString);
    }

    @Test
    void layerCheckReportsTheInputAndEveryParameter() {
        Rng rng = new Rng(2);
        Param scale = new Param("s1", Tensor.vector(0.5, -1.2, 2.0), true);
        GradientCheck.Report report = GradientCheck.ofLayer(new ScaleLayer(scale, 0), GradientAssertions.gaussian(rng, 2, 3),
                GradientAssertions.gaussian(rng, 2, 3));
        assertEquals(List.of("x", "s1"), report.entries().stream().map(GradientCheck.Entry::name).toList());
        GradientAssertions.assertBackpropMatchesNumerical(report);
        assertThrows(IllegalArgumentException.class, () -> report.entry("W1"));
    }

    @Test
    void samplingChecksAtMostTheRequestedNumberOfElements() {
        Rng rng = new Rng(3);
        SequentialNetwork net = network(0);
        Tensor x = GradientAssertions.gaussian(rng, 4, 3);
        Tensor t = GradientAssertions.labels(rng, 4, 3);
        assertEquals(2, GradientCheck.of(net, x, t, 2, new Rng(4)).entry("s1").checked());
        assertThrows(IllegalArgumentException.class, () -> GradientCheck.of(net, x, t, 2, null));
    }

    @Test
    void reportPrintsOneLinePerParameterLikeTheBook() {
        GradientCheck.Report report = new GradientCheck.Report(List.of(new GradientCheck.Entry("b1", 9.70418809871e-13, 0, 50),
                new GradientCheck.Entry("W1", 2.2232446644e-13, 0, 39200)));
        assertEquals("b1:9.70418809871e-13\nW1:2.22324466440e-13\n", report.toString());
        assertEquals(9.70418809871e-13, report.maxMeanAbsDiff());
    }
}
