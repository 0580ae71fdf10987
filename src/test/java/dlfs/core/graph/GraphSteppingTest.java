package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step-by-step execution, layout layers, editing and the bookkeeping a panel relies on. */
class GraphSteppingTest {
    @Test
    void forwardStepsEvaluateOneNodeAtATimeInTopologicalOrder() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        assertTrue(Double.isNaN(g.node("apple_price").value()));
        assertEquals(100, g.node("apple").value());
        List<String> order = new ArrayList<>();
        while (g.nextForward() != null) {
            Node next = g.nextForward();
            assertTrue(g.forwardStep());
            assertTrue(next.hasValue());
            order.add(next.name());
        }
        assertEquals(List.of("apple_price", "orange_price", "all_price", "price"), order);
        assertFalse(g.forwardStep());
        assertTrue(g.isForwardComplete());
    }

    @Test
    void firstForwardStepLeavesLaterNodesEmpty() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        g.forwardStep();
        assertEquals(200, g.node("apple_price").value(), 1e-12);
        assertFalse(g.node("orange_price").hasValue());
        assertEquals(1, g.forwardStepsDone());
    }

    @Test
    void backwardStepsRunInReverseOrderAfterForward() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        assertThrows(IllegalStateException.class, g::backwardStep);
        g.forward();
        List<String> order = new ArrayList<>();
        while (g.nextBackward() != null) {
            order.add(g.nextBackward().name());
            g.backwardStep();
        }
        assertEquals(List.of("price", "all_price", "orange_price", "apple_price"), order);
        assertTrue(g.isBackwardComplete());
        assertFalse(g.backwardStep());
    }

    @Test
    void firstBackwardStepReachesOnlyTheLastNodesInputs() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.forward();
        g.backwardStep();
        assertEquals(1, g.node("price").gradient());
        assertEquals(1.1, g.node("apple_price").gradient(), 1e-12);
        assertEquals(200, g.node("tax").gradient(), 1e-12);
        assertFalse(g.node("apple").gradientKnown());
        assertTrue(Double.isNaN(g.node("apple").gradient()));
        assertTrue(Double.isNaN(g.node("apple_price").inputGradient(0)));
    }

    @Test
    void branchingNodeKnowsItsGradientOnlyWhenEveryBranchIsBack() {
        ComputationalGraph g = ExampleGraphs.softmaxWithLoss(new double[] {0.3, 2.9, 4.0}, new double[] {0, 1, 0});
        g.forward();
        Node inverse = g.node("1/S");
        assertEquals(3, inverse.outgoingEdges());
        while (g.nextBackward() != g.node("y1")) {
            g.backwardStep();
        }
        assertTrue(g.node("y3").backwardDone() && g.node("y2").backwardDone());
        assertFalse(inverse.gradientKnown());
        g.backwardStep();
        assertTrue(inverse.gradientKnown());
        double sumOfBranches = g.node("y1").inputGradient(1) + g.node("y2").inputGradient(1) + g.node("y3").inputGradient(1);
        assertEquals(sumOfBranches, inverse.gradient(), 1e-12);
    }

    @Test
    void nodeUsedTwiceByOneOperationAddsBothBranches() {
        ComputationalGraph g = new ComputationalGraph();
        Node x = g.input("x", 3);
        g.multiply("x·x", x, x);
        g.backward();
        assertEquals(2, x.outgoingEdges());
        assertEquals(6, x.gradient(), 1e-12);
    }

    @Test
    void editingAnInputRecomputesUpToTheSameStep() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.backward();
        g.setValue("tax", 1.08);
        assertTrue(g.isBackwardComplete());
        assertEquals(216, g.node("price").value(), 1e-9);
        assertEquals(2.16, g.node("apple").gradient(), 1e-12);
        assertEquals(108, g.node("apple_num").gradient(), 1e-9);
        assertEquals(200, g.node("tax").gradient(), 1e-9);

        ComputationalGraph partial = ExampleGraphs.apples();
        partial.forwardStep();
        partial.setValue("apple", 150);
        assertEquals(1, partial.forwardStepsDone());
        assertEquals(300, partial.node("apple_price").value(), 1e-12);
        assertFalse(partial.node("price").hasValue());
    }

    @Test
    void upstreamGradientScalesEveryGradient() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.backward();
        g.setUpstreamGradient(2);
        assertEquals(4.4, g.node("apple").gradient(), 1e-12);
        assertEquals(2, g.upstreamGradient());
    }

    @Test
    void resetForgetsComputedValuesButKeepsInputs() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.backward();
        g.reset();
        assertEquals(0, g.forwardStepsDone());
        assertEquals(0, g.backwardStepsDone());
        assertFalse(g.node("price").hasValue());
        assertFalse(g.node("apple").gradientKnown());
        assertEquals(100, g.node("apple").value());
        assertEquals(g.node("apple_price"), g.nextForward());
        assertNull(g.nextBackward(), "nothing to step backward before forward is complete");
    }

    @Test
    void layersPlaceNodesLeftToRight() {
        ComputationalGraph apples = ExampleGraphs.apples();
        assertEquals(0, apples.node("apple").layer());
        assertEquals(0, apples.node("apple_num").layer());
        assertEquals(1, apples.node("apple_price").layer());
        assertEquals(1, apples.node("tax").layer());
        assertEquals(2, apples.node("price").layer());
        assertEquals(3, apples.layerCount());

        ComputationalGraph softmax = ExampleGraphs.softmaxWithLoss(new double[] {1, 2, 3}, new double[] {0, 0, 1});
        String[] names = {"a1", "exp1", "S", "1/S", "y1", "log1", "t1", "tlog1", "sum", "-1", "L"};
        int[] layers = {0, 1, 2, 3, 4, 5, 5, 6, 7, 7, 8};
        for (int i = 0; i < names.length; i++) {
            assertEquals(layers[i], softmax.node(names[i]).layer(), names[i]);
        }
        for (Node n : softmax.nodes()) {
            for (Node in : n.inputs()) {
                assertTrue(in.index() < n.index() && in.layer() < n.layer(), in + " before " + n);
            }
        }
    }

    @Test
    void nodesExposeTheirRuleKeysAndSymbols() {
        ComputationalGraph g = ExampleGraphs.sigmoid(0);
        assertEquals("rule.mul", g.node("-x").ruleKey());
        assertEquals("rule.exp", g.node("exp(-x)").ruleKey());
        assertEquals("rule.add", g.node("1+exp(-x)").ruleKey());
        assertEquals("rule.reciprocal", g.node("y").ruleKey());
        assertEquals("/", g.node("y").symbol());
        assertEquals("rule.input", g.node("x").ruleKey());
        assertEquals("rule.constant", g.node("1").ruleKey());
        assertEquals(Node.Kind.CONSTANT, g.node("-1").kind());
    }

    @Test
    void badEditsAndBadGraphsAreRejected() {
        ComputationalGraph g = ExampleGraphs.sigmoid(0);
        assertThrows(IllegalArgumentException.class, () -> g.setValue("1", 2));
        assertThrows(IllegalArgumentException.class, () -> g.setValue("x", Double.NaN));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> g.node("z"));
        assertTrue(unknown.getMessage().contains("x"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.input("x", 1));
        Node foreign = ExampleGraphs.apples().node("apple");
        assertThrows(IllegalArgumentException.class, () -> g.exp("e", foreign));
        assertThrows(IllegalArgumentException.class, () -> g.operation("m", Operation.MULTIPLY, g.node("x")));
        assertThrows(IllegalArgumentException.class, () -> g.add("a", g.node("x")));
    }
}
