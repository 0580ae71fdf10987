package dlfs.core.perceptron;

import java.util.function.IntBinaryOperator;

/**
 * Logic gates from perceptrons with the book's weights (2.3.3). AND, NAND and OR share one
 * structure and differ only in parameters; XOR is not linearly separable, so no single
 * perceptron computes it, but two layers do: {@code XOR = AND(NAND(x1, x2), OR(x1, x2))}.
 */
public final class Gates {
    public static final Perceptron AND = new Perceptron(0.5, 0.5, -0.7);
    public static final Perceptron NAND = new Perceptron(-0.5, -0.5, 0.7);
    public static final Perceptron OR = new Perceptron(0.5, 0.5, -0.2);

    /** The four inputs in the book's truth-table order: (0,0), (1,0), (0,1), (1,1). */
    private static final int[][] INPUTS = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

    private Gates() {
    }

    public static int and(int x1, int x2) {
        return AND.output(x1, x2);
    }

    public static int nand(int x1, int x2) {
        return NAND.output(x1, x2);
    }

    public static int or(int x1, int x2) {
        return OR.output(x1, x2);
    }

    /** The two-layer perceptron of Fig. 2-13: s1 = NAND, s2 = OR in layer 1, then AND. */
    public static int xor(int x1, int x2) {
        return and(nand(x1, x2), or(x1, x2));
    }

    /** Input pair {@code i} (0 … 3) in truth-table order, as {x1, x2}. */
    public static int[] input(int i) {
        return INPUTS[i].clone();
    }

    /** The outputs of {@code gate} for the four inputs in truth-table order. */
    public static int[] truthTable(IntBinaryOperator gate) {
        int[] out = new int[INPUTS.length];
        for (int i = 0; i < INPUTS.length; i++) {
            out[i] = gate.applyAsInt(INPUTS[i][0], INPUTS[i][1]);
        }
        return out;
    }
}
