package dlfs.core.graph;

/**
 * The graphs chapter 5 and Appendix A draw, ready to step through. Node names are the variable
 * names of the book's programs ({@code apple_num}, {@code all_price}, …) so a panel can show the
 * code next to the graph.
 */
public final class ExampleGraphs {
    private ExampleGraphs() {
    }

    /**
     * Problem 1 (Figs 5-2, 5-14): 2 apples at 100 yen with 10 % tax. Forward 100 × 2 = 200, × 1.1 = 220;
     * backward ∂price/∂apple = 2.2, ∂/∂apple_num = 110, ∂/∂tax = 200.
     */
    public static ComputationalGraph apples() {
        ComputationalGraph g = new ComputationalGraph();
        Node apple = g.input("apple", 100);
        Node appleNum = g.input("apple_num", 2);
        Node tax = g.input("tax", 1.1);
        Node applePrice = g.multiply("apple_price", apple, appleNum);
        g.multiply("price", applePrice, tax);
        return g;
    }

    /**
     * Problem 2 (Figs 5-3, 5-15, 5-17): 2 apples at 100 yen and 3 oranges at 150 yen with 10 % tax.
     * Forward 200 + 450 = 650, × 1.1 = 715; backward 2.2, 110, 3.3, 165 and 650 for the tax.
     */
    public static ComputationalGraph applesAndOranges() {
        ComputationalGraph g = new ComputationalGraph();
        Node apple = g.input("apple", 100);
        Node appleNum = g.input("apple_num", 2);
        Node orange = g.input("orange", 150);
        Node orangeNum = g.input("orange_num", 3);
        Node tax = g.input("tax", 1.1);
        Node applePrice = g.multiply("apple_price", apple, appleNum);
        Node orangePrice = g.multiply("orange_price", orange, orangeNum);
        Node allPrice = g.add("all_price", applePrice, orangePrice);
        g.multiply("price", allPrice, tax);
        return g;
    }

    /** One node with inputs x and y (the node sandbox of 5.3, e.g. 10 and 5 with upstream 1.3). */
    public static ComputationalGraph singleNode(Operation operation, double x, double y) {
        ComputationalGraph g = new ComputationalGraph();
        g.operation("z", operation, g.input("x", x), g.input("y", y));
        return g;
    }

    /** z = (x + y)² split as t = x + y, z = t² (5.1, Fig 5-7): ∂z/∂x = ∂z/∂y = 2(x + y). */
    public static ComputationalGraph squareOfSum(double x, double y) {
        ComputationalGraph g = new ComputationalGraph();
        Node t = g.add("t", g.input("x", x), g.input("y", y));
        g.square("z", t);
        return g;
    }

    /**
     * The sigmoid y = 1 / (1 + exp(−x)) expanded into four nodes (Fig 5-19): ×(−1), exp, +1, /.
     * Backward gives ∂y/∂x = y²·exp(−x) = y(1 − y) (5.12).
     */
    public static ComputationalGraph sigmoid(double x) {
        ComputationalGraph g = new ComputationalGraph();
        Node in = g.input("x", x);
        Node negated = g.multiply("-x", in, g.constant("-1", -1));
        Node e = g.exp("exp(-x)", negated);
        Node denominator = g.add("1+exp(-x)", e, g.constant("1", 1));
        g.reciprocal("y", denominator);
        return g;
    }

    /** The same sigmoid as one grouped node (Figs 5-21, 5-22), whose backward uses only its output: y(1 − y). */
    public static ComputationalGraph sigmoidNode(double x) {
        ComputationalGraph g = new ComputationalGraph();
        g.operation("y", Operation.SIGMOID, g.input("x", x));
        return g;
    }

    /**
     * Softmax followed by cross-entropy as Appendix A draws it (Figs ), for n ≥ 2 classes:
     * {@code exp_k = exp(a_k)}, {@code S = Σ exp_k}, {@code 1/S}, {@code y_k = exp_k · 1/S},
     * {@code log_k = log y_k}, {@code tlog_k = t_k · log_k}, {@code sum = Σ tlog_k}, {@code L = sum · (−1)}.
     * Names use k = 1..n: a1, exp1, S, 1/S, y1, log1, t1, tlog1, sum, L. Backward leaves y_k − t_k on a_k.
     */
    public static ComputationalGraph softmaxWithLoss(double[] scores, double[] oneHot) {
        int n = scores.length;
        if (n < 2 || oneHot.length != n) {
            throw new IllegalArgumentException("softmax-with-loss needs at least 2 scores and one label per score, got "
                    + n + " scores and " + oneHot.length + " labels");
        }
        ComputationalGraph g = new ComputationalGraph();
        Node[] a = new Node[n];
        Node[] t = new Node[n];
        for (int k = 0; k < n; k++) {
            a[k] = g.input("a" + (k + 1), scores[k]);
        }
        Node[] exps = new Node[n];
        for (int k = 0; k < n; k++) {
            exps[k] = g.exp("exp" + (k + 1), a[k]);
        }
        Node sum = g.add("S", exps);
        Node inverse = g.reciprocal("1/S", sum);
        Node[] y = new Node[n];
        for (int k = 0; k < n; k++) {
            y[k] = g.multiply("y" + (k + 1), exps[k], inverse);
        }
        Node[] logs = new Node[n];
        for (int k = 0; k < n; k++) {
            logs[k] = g.log("log" + (k + 1), y[k]);
        }
        Node[] products = new Node[n];
        for (int k = 0; k < n; k++) {
            t[k] = g.input("t" + (k + 1), oneHot[k]);
            products[k] = g.multiply("tlog" + (k + 1), t[k], logs[k]);
        }
        Node total = g.add("sum", products);
        g.multiply("L", total, g.constant("-1", -1));
        return g;
    }
}
