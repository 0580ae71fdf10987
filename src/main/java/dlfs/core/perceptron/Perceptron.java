package dlfs.core.perceptron;

import dlfs.core.function.Functions;

/**
 * A two-input perceptron (the book's chapter 2): it fires (outputs 1) when the weighted sum plus
 * the bias is above 0, {@code y = step(w1·x1 + w2·x2 + b)}. The bias is the negated threshold θ of
 * the first formulation; it sets how easily the unit fires, while the weights set how much each
 * input matters.
 */
public record Perceptron(double w1, double w2, double b) {
    /** The threshold form {@code y = 1 if w1·x1 + w2·x2 > θ}: the same unit with b = −θ. */
    public static Perceptron fromThreshold(double w1, double w2, double theta) {
        return new Perceptron(w1, w2, -theta);
    }

    /**
     * {@code (w1·x1 + w2·x2) + b}, summed in the book's order ({@code np.sum(w*x) + b}), so that
     * w = (0.5, 0.5), x = (0, 1), b = −0.7 gives −0.19999999999999996 exactly as NumPy prints.
     */
    public double weightedSum(double x1, double x2) {
        return (w1 * x1 + w2 * x2) + b;
    }

    /** 1 if the weighted sum is above 0, else 0. */
    public int output(double x1, double x2) {
        return (int) Functions.step(weightedSum(x1, x2));
    }
}
