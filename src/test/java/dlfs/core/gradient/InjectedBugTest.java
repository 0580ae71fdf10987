package dlfs.core.gradient;

import static dlfs.core.gradient.GradientAssertions.assertBackpropMatchesNumerical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Activation;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each planted bug passes the forward pass untouched and makes the gradient check fail where it should. */
class InjectedBugTest {
    private static final double JUMP = 1e-4;

    private final Rng rng = new Rng(5);
    private final TwoLayerNet net = new TwoLayerNet(6, 5, 3, 0.5, Activation.RELU, rng);
    private final Tensor x = GradientAssertions.gaussian(rng, 4, 6);
    private final Tensor t = GradientAssertions.labels(rng, 4, 3);

    @Test
    void withoutABugTheCheckPasses() {
        assertSame(net, InjectedBug.NONE.injectInto(net));
        assertBackpropMatchesNumerical(GradientCheck.of(net, x, t));
    }

    @Test
    void bugsLeaveTheLossAndTheParametersAlone() {
        double loss = net.loss(x, t, true);
        for (InjectedBug bug : InjectedBug.values()) {
            SequentialNetwork bugged = bug.injectInto(net);
            assertEquals(loss, bugged.loss(x, t, true), 0, bug.name());
            assertEquals(net.params(), bugged.params(), bug.name());
        }
    }

    @Test
    void forgettingTheReluMaskBreaksTheFirstLayerOnly() {
        assertCheckBreaks(InjectedBug.RELU_WITHOUT_MASK, List.of("W1", "b1"), List.of("W2", "b2"));
    }

    private void assertCheckBreaks(InjectedBug bug, List<String> broken, List<String> intact) {
        GradientCheck.Report report = GradientCheck.of(bug.injectInto(net), x, t);
        broken.forEach(name -> assertTrue(report.entry(name).meanAbsDiff() > JUMP, report::toString));
        intact.forEach(name -> assertTrue(report.entry(name).meanAbsDiff() < GradientAssertions.MAX_MEAN_ABS_DIFF,
                report::toString));
    }

    @Test
    void forgettingTheBatchMeanScalesEveryGradientByTheBatchSize() {
        net.gradient(x, t);
        List<Tensor> right = new ArrayList<>();
        net.params().forEach(p -> right.add(p.grad().copy()));
        InjectedBug.LOSS_WITHOUT_BATCH_MEAN.injectInto(net).gradient(x, t);
        for (int i = 0; i < right.size(); i++) {
            double[] expected = right.get(i).scale(4).data();
            double[] actual = net.params().get(i).grad().data();
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], actual[j], 1e-12);
            }
        }
        assertCheckBreaks(InjectedBug.LOSS_WITHOUT_BATCH_MEAN, List.of("W1", "b1", "W2", "b2"), List.of());
    }

    @Test
    void forgettingTheBiasSumBreaksTheBiasesOnly() {
        assertCheckBreaks(InjectedBug.BIAS_WITHOUT_SUM, List.of("b1", "b2"), List.of("W1", "W2"));
    }

    @Test
    void aReluBugNeedsAReluLayer() {
        TwoLayerNet sigmoidNet = TwoLayerNet.chapter4(6, 5, 3, new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> InjectedBug.RELU_WITHOUT_MASK.injectInto(sigmoidNet));
    }

    @Test
    void progressCountsEveryElementAndCanStopTheCheckWithTheWeightsRestored() {
        List<Integer> done = new ArrayList<>();
        GradientCheck.of(net, x, t, Integer.MAX_VALUE, null, (param, d, total) -> {
            assertEquals(6 * 5 + 5 + 5 * 3 + 3, total);
            done.add(d);
        });
        assertEquals(53, done.size());
        assertEquals(53, done.get(52));

        Tensor w1 = net.param("W1").value().copy();
        RuntimeException stop = new RuntimeException("cancelled");
        RuntimeException thrown = assertThrows(RuntimeException.class, () ->
                GradientCheck.of(net, x, t, Integer.MAX_VALUE, null, (param, d, total) -> {
                    if (d == 7) {
                        throw stop;
                    }
                }));
        assertSame(stop, thrown);
        assertEquals(0, w1.minus(net.param("W1").value()).map(Math::abs).max(), 0);
    }
}
