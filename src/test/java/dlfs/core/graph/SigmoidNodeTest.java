package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Sigmoid;
import dlfs.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The grouped sigmoid node (Figs 5-21, 5-22) and the local derivative a panel shows for a node. */
class SigmoidNodeTest {
    private static final double TOL = 1e-12;

    @Test
    void groupedNodeGivesTheSameGradientAsTheFourExpandedNodesAndTheLayer() {
        for (double x : new double[] {-3, -0.5, 0, 0.7, 4}) {
            ComputationalGraph expanded = ExampleGraphs.sigmoid(x);
            ComputationalGraph grouped = ExampleGraphs.sigmoidNode(x);
            expanded.setUpstreamGradient(1.3);
            grouped.setUpstreamGradient(1.3);
            expanded.backward();
            grouped.backward();
            double y = grouped.output().value();
            assertEquals(expanded.output().value(), y, TOL);
            assertEquals(expanded.node("x").gradient(), grouped.node("x").gradient(), TOL, "x = " + x);
            assertEquals(1.3 * y * (1 - y), grouped.node("x").gradient(), TOL);

            Sigmoid layer = new Sigmoid("Sigmoid1");
            layer.forward(Tensor.vector(x), true);
            assertEquals(grouped.node("x").gradient(), layer.backward(Tensor.vector(1.3)).at(0), TOL);
        }
    }

    @Test
    void expandedBackwardIsUpstreamTimesYSquaredTimesExpOfMinusX() {
        ComputationalGraph g = ExampleGraphs.sigmoid(0.8);
        g.backward();
        double y = g.output().value();
        assertEquals(-y * y, g.node("1+exp(-x)").gradient(), TOL, "after the / node: −y²");
        assertEquals(-y * y, g.node("exp(-x)").gradient(), TOL, "the + node passes it on");
        assertEquals(-y * y * Math.exp(-0.8), g.node("-x").gradient(), TOL, "exp multiplies by exp(−x)");
        assertEquals(y * y * Math.exp(-0.8), g.node("x").gradient(), TOL, "× (−1) flips the sign");
    }

    @Test
    void localDerivativeOfAMultiplyNodeIsTheOtherInput() {
        ComputationalGraph g = ExampleGraphs.apples();
        Node price = g.node("price");
        assertTrue(Double.isNaN(price.localDerivative(0)), "unknown before the forward pass");
        g.forward();
        assertEquals(1.1, price.localDerivative(0), TOL);
        assertEquals(200, price.localDerivative(1), TOL);
        assertEquals(2, g.node("apple_price").localDerivative(0), TOL);
        assertThrows(IndexOutOfBoundsException.class, () -> price.localDerivative(2));
    }

    @Test
    void localDerivativeOfExpIsItsOutputAndOfALeafIsUndefined() {
        ComputationalGraph g = ExampleGraphs.sigmoid(0.8);
        g.forward();
        assertEquals(Math.exp(-0.8), g.node("exp(-x)").localDerivative(0), TOL);
        assertThrows(IndexOutOfBoundsException.class, () -> g.node("x").localDerivative(0));
    }
}
