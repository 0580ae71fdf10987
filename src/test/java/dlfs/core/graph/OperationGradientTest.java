package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each operation's local derivative against a central difference (h = 1e-4). */
class OperationGradientTest {
    private static final double H = 1e-4;

    @Test
    void everyBinaryOperationMatchesCentralDifferences() {
        double[][] points = {{1.7, -0.6}, {0.4, 2.5}, {-3.1, 1.2}};
        for (Operation op : new Operation[] {Operation.ADD, Operation.MULTIPLY, Operation.SUBTRACT, Operation.DIVIDE}) {
            for (double[] p : points) {
                ComputationalGraph g = ExampleGraphs.singleNode(op, p[0], p[1]);
                g.backward();
                assertClose(numerical(op, p, 0), g.node("x").gradient(), op + " ∂/∂x at " + p[0] + "," + p[1]);
                assertClose(numerical(op, p, 1), g.node("y").gradient(), op + " ∂/∂y at " + p[0] + "," + p[1]);
            }
        }
    }

    @Test
    void everyUnaryOperationMatchesCentralDifferences() {
        for (Operation op : new Operation[] {Operation.RECIPROCAL, Operation.EXP, Operation.LOG, Operation.SQUARE}) {
            for (double x : new double[] {0.3, 1.0, 2.7}) {
                ComputationalGraph g = new ComputationalGraph();
                g.operation("y", op, g.input("x", x));
                g.backward();
                double[] p = {x};
                assertClose(numerical(op, p, 0), g.node("x").gradient(), op + " at " + x);
            }
        }
    }

    private static double numerical(Operation op, double[] at, int i) {
        double[] plus = at.clone();
        double[] minus = at.clone();
        plus[i] += H;
        minus[i] -= H;
        return (op.forward(plus) - op.forward(minus)) / (2 * H);
    }

    private static void assertClose(double expected, double actual, String what) {
        double relative = Math.abs(expected - actual) / Math.max(1, Math.abs(expected) + Math.abs(actual));
        assertEquals(0, relative, 1e-7, what + ": numerical " + expected + ", backprop " + actual);
    }
}
