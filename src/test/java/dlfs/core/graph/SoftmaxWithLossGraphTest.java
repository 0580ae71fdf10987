package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Appendix A's Softmax-with-Loss graph, every value for a = (0.3, 2.9, 4.0), t = (0, 0, 1) (spec ch7-8 item 32). */
class SoftmaxWithLossGraphTest {
    private static final double SPEC = 5e-9;

    private final ComputationalGraph g = ExampleGraphs.softmaxWithLoss(new double[] {0.3, 2.9, 4.0}, new double[] {0, 0, 1});

    @Test
    void forwardValuesMatchTheTrace() {
        g.forward();
        assertValues(new double[] {1.34985881, 18.17414537, 54.59815003}, "exp");
        assertEquals(74.12215421, g.node("S").value(), SPEC);
        assertEquals(0.01349124, g.node("1/S").value(), SPEC);
        assertValues(new double[] {0.01821127, 0.24519181, 0.73659691}, "y");
        assertEquals(0.30571446, g.node("L").value(), SPEC);
        assertEquals(-0.30571446, g.node("sum").value(), SPEC);
    }

    @Test
    void crossEntropyBackwardSendsMinusTOverY() {
        g.backward();
        assertEquals(1, g.node("L").gradient());
        assertEquals(-1, g.node("sum").gradient(), 1e-15);
        for (int k = 1; k <= 3; k++) {
            double t = k == 3 ? 1 : 0;
            assertEquals(-1, g.node("tlog" + k).gradient(), 1e-15);
            assertEquals(-t, g.node("log" + k).gradient(), 1e-15);
            assertEquals(-t / g.node("y" + k).value(), g.node("y" + k).gradient(), 1e-12);
        }
        assertValuesGradient(new double[] {-0.0, -0.0, -1.35759461}, "y");
    }

    @Test
    void softmaxBackwardStepsMatchAppendixA() {
        g.backward();
        double s = g.node("S").value();
        for (int k = 1; k <= 3; k++) {
            double t = k == 3 ? 1 : 0;
            Node y = g.node("y" + k);
            // step 2: the branch into 1/S carries −t_k·S
            assertEquals(-t * s, y.inputGradient(1), 1e-9);
            // step 5: the branch into exp(a_k) carries −t_k / exp(a_k)
            assertEquals(-t / g.node("exp" + k).value(), y.inputGradient(0), 1e-12);
            // step 4: the + node passes 1/S to every exp(a_k)
            assertEquals(1 / s, g.node("S").inputGradient(k - 1), 1e-15);
        }
        assertEquals(-74.12215421, g.node("y3").inputGradient(1), SPEC);
        assertEquals(-0.01831564, g.node("y3").inputGradient(0), SPEC);
        // step 3: the three branches add up to −S(t1 + t2 + t3) = −S; the "/" node turns it into 1/S
        assertEquals(-s, g.node("1/S").gradient(), 1e-9);
        assertEquals(0.01349124, g.node("S").gradient(), SPEC);
        // step 6: the exp node's two incoming branches, times exp(a_k), give y_k − t_k
        assertValuesGradient(new double[] {0.01821127, 0.24519181, -0.26340309}, "a");
    }

    @Test
    void resultIsYMinusTForAnyScoresAndClassCount() {
        double[] a = {1.5, -0.2, 0.7, 2.2};
        double[] t = {0, 1, 0, 0};
        ComputationalGraph graph = ExampleGraphs.softmaxWithLoss(a, t);
        graph.backward();
        Tensor y = Functions.softmax(Tensor.vector(a));
        for (int k = 0; k < a.length; k++) {
            assertEquals(y.at(k) - t[k], graph.node("a" + (k + 1)).gradient(), 1e-12);
        }
    }

    @Test
    void needsMatchingScoresAndLabels() {
        assertThrows(IllegalArgumentException.class, () -> ExampleGraphs.softmaxWithLoss(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> ExampleGraphs.softmaxWithLoss(new double[] {1}, new double[] {1}));
    }

    private void assertValues(double[] expected, String prefix) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], g.node(prefix + (k + 1)).value(), SPEC, prefix + (k + 1));
        }
    }

    private void assertValuesGradient(double[] expected, String prefix) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], g.node(prefix + (k + 1)).gradient(), SPEC, "∂L/∂" + prefix + (k + 1));
        }
    }
}
