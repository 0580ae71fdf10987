package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The book's shopping problems and chain-rule examples (spec ch5-6 §10 items 1–7). */
class ShoppingGraphTest {
    private static final double TOL = 1e-9;

    @Test
    void applesForwardIs220() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.forward();
        assertEquals(200, g.node("apple_price").value(), TOL);
        assertEquals(220, g.node("price").value(), TOL);
        assertEquals(g.output(), g.node("price"));
    }

    @Test
    void applesBackwardGives2Point2And110And200() {
        ComputationalGraph g = ExampleGraphs.apples();
        g.backward();
        assertEquals(1, g.node("price").gradient(), TOL);
        assertEquals(1.1, g.node("apple_price").gradient(), TOL);
        assertEquals(2.2, g.node("apple").gradient(), TOL);
        assertEquals(110, g.node("apple_num").gradient(), TOL);
        assertEquals(200, g.node("tax").gradient(), TOL);
    }

    @Test
    void applesAndOrangesForwardIs715WithItsIntermediates() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        g.forward();
        assertEquals(200, g.node("apple_price").value(), TOL);
        assertEquals(450, g.node("orange_price").value(), TOL);
        assertEquals(650, g.node("all_price").value(), TOL);
        assertEquals(715, g.node("price").value(), TOL);
    }

    @Test
    void applesAndOrangesBackwardGivesTheBooksFiveGradients() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        g.backward();
        assertEquals(110, g.node("apple_num").gradient(), TOL);
        assertEquals(2.2, g.node("apple").gradient(), TOL);
        assertEquals(3.3, g.node("orange").gradient(), TOL);
        assertEquals(165, g.node("orange_num").gradient(), TOL);
        assertEquals(650, g.node("tax").gradient(), TOL);
        assertEquals(1.1, g.node("all_price").gradient(), TOL);
        assertEquals(1.1, g.node("apple_price").gradient(), TOL);
        assertEquals(1.1, g.node("orange_price").gradient(), TOL);
    }

    @Test
    void addNodePassesTheUpstreamGradientUnchanged() {
        ComputationalGraph g = ExampleGraphs.singleNode(Operation.ADD, 10, 5);
        g.setUpstreamGradient(1.3);
        g.backward();
        assertEquals(15, g.output().value(), TOL);
        assertEquals(1.3, g.node("x").gradient(), TOL);
        assertEquals(1.3, g.node("y").gradient(), TOL);
    }

    @Test
    void multiplyNodeSendsTheSwappedInput() {
        ComputationalGraph g = ExampleGraphs.singleNode(Operation.MULTIPLY, 10, 5);
        g.setUpstreamGradient(1.3);
        g.backward();
        assertEquals(50, g.output().value(), TOL);
        assertEquals(6.5, g.node("x").gradient(), TOL);
        assertEquals(13, g.node("y").gradient(), TOL);
    }

    @Test
    void squareOfSumHasGradientTwiceTheSum() {
        double[][] points = {{1, 2}, {-3, 0.5}, {0, 0}};
        for (double[] p : points) {
            ComputationalGraph g = ExampleGraphs.squareOfSum(p[0], p[1]);
            g.backward();
            double sum = p[0] + p[1];
            assertEquals(sum * sum, g.node("z").value(), TOL);
            assertEquals(2 * sum, g.node("t").gradient(), TOL);
            assertEquals(2 * sum, g.node("x").gradient(), TOL);
            assertEquals(2 * sum, g.node("y").gradient(), TOL);
        }
    }

    @Test
    void expandedSigmoidBackwardEqualsYTimesOneMinusY() {
        for (double x : new double[] {-2, 0, 0.5, 3}) {
            ComputationalGraph g = ExampleGraphs.sigmoid(x);
            g.backward();
            double y = 1 / (1 + Math.exp(-x));
            assertEquals(y, g.node("y").value(), TOL);
            // Fig 5-20, step by step with ∂L/∂y = 1
            assertEquals(-y * y, g.node("1+exp(-x)").gradient(), TOL);
            assertEquals(-y * y, g.node("exp(-x)").gradient(), TOL);
            assertEquals(-y * y * Math.exp(-x), g.node("-x").gradient(), TOL);
            assertEquals(y * y * Math.exp(-x), g.node("x").gradient(), TOL);
            assertEquals(y * (1 - y), g.node("x").gradient(), TOL);
        }
    }
}
