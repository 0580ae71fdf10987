package dlfs.core.graph;

import dlfs.core.function.Functions;

/**
 * The operations a node of a scalar computational graph can perform, each with its forward rule and
 * its local derivative side by side (chapter 5's "local computation"). Backward multiplies the
 * upstream gradient by the local derivative: that product is the chain rule, one node at a time.
 * The {@link #ruleKey()} names the rule for the app's message bundles; {@link #symbol()} is what the
 * node shows inside its circle.
 */
public enum Operation {
    /** z = x₁ + x₂ + … : every input receives the upstream gradient unchanged (5.5). */
    ADD("+", "rule.add", 2, Integer.MAX_VALUE) {
        @Override
        double forward(double[] in) {
            double sum = 0;
            for (double v : in) {
                sum += v;
            }
            return sum;
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return 1;
        }
    },
    /** z = x·y : each input receives the upstream gradient times the other input, "swapped" (5.6). */
    MULTIPLY("×", "rule.mul", 2, 2) {
        @Override
        double forward(double[] in) {
            return in[0] * in[1];
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return in[1 - i];
        }
    },
    /** z = x − y : ∂z/∂x = 1, ∂z/∂y = −1. */
    SUBTRACT("−", "rule.sub", 2, 2) {
        @Override
        double forward(double[] in) {
            return in[0] - in[1];
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return i == 0 ? 1 : -1;
        }
    },
    /** z = x / y : ∂z/∂x = 1/y, ∂z/∂y = −x/y². */
    DIVIDE("÷", "rule.div", 2, 2) {
        @Override
        double forward(double[] in) {
            return in[0] / in[1];
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return i == 0 ? 1 / in[1] : -in[0] / (in[1] * in[1]);
        }
    },
    /** The book's "/" node, y = 1/x : ∂y/∂x = −1/x² = −y² (5.10). */
    RECIPROCAL("/", "rule.reciprocal", 1, 1) {
        @Override
        double forward(double[] in) {
            return 1 / in[0];
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return -out * out;
        }
    },
    /** y = exp(x) : ∂y/∂x = exp(x), which is the node's own output (5.11). */
    EXP("exp", "rule.exp", 1, 1) {
        @Override
        double forward(double[] in) {
            return Math.exp(in[0]);
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return out;
        }
    },
    /** y = log x : ∂y/∂x = 1/x (A.4). */
    LOG("log", "rule.log", 1, 1) {
        @Override
        double forward(double[] in) {
            return Math.log(in[0]);
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return 1 / in[0];
        }
    },
    /**
     * The sigmoid's four nodes (×(−1), exp, +1, /) grouped into one (Figs 5-21, 5-22),
     * y = 1 / (1 + exp(−x)) : ∂y/∂x = y²·exp(−x) = y(1 − y), from the output alone (5.12).
     */
    SIGMOID("sigmoid", "rule.sigmoid", 1, 1) {
        @Override
        double forward(double[] in) {
            return Functions.sigmoid(in[0]);
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return out * (1 - out);
        }
    },
    /** y = x² : ∂y/∂x = 2x (the "**2" node of 5.2.3). */
    SQUARE("**2", "rule.square", 1, 1) {
        @Override
        double forward(double[] in) {
            return in[0] * in[0];
        }

        @Override
        double derivative(double[] in, double out, int i) {
            return 2 * in[0];
        }
    };

    private final String symbol;
    private final String ruleKey;
    private final int minInputs;
    private final int maxInputs;

    Operation(String symbol, String ruleKey, int minInputs, int maxInputs) {
        this.symbol = symbol;
        this.ruleKey = ruleKey;
        this.minInputs = minInputs;
        this.maxInputs = maxInputs;
    }

    /** The node's output from its input values. */
    abstract double forward(double[] in);

    /** ∂output/∂input i, from the forward inputs and output (the values the node keeps for backward). */
    abstract double derivative(double[] in, double out, int i);

    public String symbol() {
        return symbol;
    }

    /** A message key such as "rule.mul" that the app translates into an explanation of the local rule. */
    public String ruleKey() {
        return ruleKey;
    }

    void checkArity(int inputs) {
        if (inputs < minInputs || inputs > maxInputs) {
            String expected = minInputs == maxInputs ? String.valueOf(minInputs) : "at least " + minInputs;
            throw new IllegalArgumentException(name().toLowerCase(java.util.Locale.ROOT) + " node needs "
                    + expected + " input(s), got " + inputs);
        }
    }
}
