package dlfs.core.perceptron;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * The perceptron learning rule: instead of setting the weights by hand, start from zero and
 * correct them on each mistake. With labels y ∈ {−1, +1} (gate output 0 ↦ −1, 1 ↦ +1), the
 * prediction ŷ = sign(W·X) (a sum of exactly 0 counts as −1, like the step function) and
 * X = (x1, x2, 1) so that the bias is learned as the third weight, each sample updates
 * {@code W ← W + α(y − ŷ)X}: nothing when right, a step of 2α toward the sample when wrong.
 * The samples are visited in truth-table order. The convergence theorem guarantees a finite number
 * of mistakes on linearly separable data (AND, NAND, OR); on XOR some sample is always wrong.
 */
public final class PerceptronLearning {
    /** One pass over the four samples: how many were misclassified, and the weights after it. */
    public record Epoch(int errors, Perceptron after) {
    }

    /** Every epoch run, and whether the last one made no mistake. */
    public record Result(List<Epoch> epochs, boolean converged) {
        public Result {
            epochs = List.copyOf(epochs);
        }

        public Perceptron last() {
            return epochs.get(epochs.size() - 1).after();
        }
    }

    private final double learningRate;
    private double w1;
    private double w2;
    private double b;

    /** Starts with all weights at 0. */
    public PerceptronLearning(double learningRate) {
        this(learningRate, new Perceptron(0, 0, 0));
    }

    /** Starts from the given weights, e.g. a random line, so that one can watch it being corrected. */
    public PerceptronLearning(double learningRate, Perceptron start) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        if (!Double.isFinite(start.w1()) || !Double.isFinite(start.w2()) || !Double.isFinite(start.b())) {
            throw new IllegalArgumentException("starting weights must be finite, got " + start);
        }
        this.learningRate = learningRate;
        this.w1 = start.w1();
        this.w2 = start.w2();
        this.b = start.b();
    }

    /** The weights learned so far. */
    public Perceptron current() {
        return new Perceptron(w1, w2, b);
    }

    /** One pass over the gate's four samples, updating after each; returns the number of mistakes. */
    public int epoch(IntBinaryOperator gate) {
        int errors = 0;
        for (int i = 0; i < 4; i++) {
            if (learn(i, gate)) {
                errors++;
            }
        }
        return errors;
    }

    /**
     * The rule applied to one sample, input pair {@code sample} (0 … 3, truth-table order) of the
     * gate: returns true when it was misclassified, in which case the weights have moved.
     */
    public boolean learn(int sample, IntBinaryOperator gate) {
        if (sample < 0 || sample > 3) {
            throw new IllegalArgumentException("sample must be one of the four inputs 0 … 3, got " + sample);
        }
        int[] x = Gates.input(sample);
        int y = 2 * gate.applyAsInt(x[0], x[1]) - 1;
        int predicted = 2 * current().output(x[0], x[1]) - 1;
        if (predicted == y) {
            return false;
        }
        double step = learningRate * (y - predicted);
        w1 += step * x[0];
        w2 += step * x[1];
        b += step;
        return true;
    }

    /** Learns {@code gate} from zero weights until an epoch has no mistake, or {@code maxEpochs} have run. */
    public static Result train(IntBinaryOperator gate, double learningRate, int maxEpochs) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs must be ≥ 1, got " + maxEpochs);
        }
        PerceptronLearning learner = new PerceptronLearning(learningRate);
        List<Epoch> epochs = new ArrayList<>();
        int errors;
        do {
            errors = learner.epoch(gate);
            epochs.add(new Epoch(errors, learner.current()));
        } while (errors > 0 && epochs.size() < maxEpochs);
        return new Result(epochs, errors == 0);
    }
}
