package dlfs.app.ch03;

import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Softmax on editable scores a₁ … aₙ (n = 2 … 10), computed by the core either as the textbook
 * formula exp(aₖ) / Σ exp(aᵢ) ({@link Functions#softmaxNaive}) or with the maximum subtracted
 * first ({@link Functions#softmax}). The intermediate values, the exponentials and their sum, are
 * kept so the panel can show where the naive formula breaks: exp(1010) is ∞, and ∞/∞ is NaN.
 */
public final class SoftmaxViewModel {
    /** Score sets from the book: 3.5.1, the overflow of 3.5.2, and ten scores like the output of Fig. 3-23. */
    public static final List<double[]> PRESETS = List.of(
            new double[] {0.3, 2.9, 4.0},
            new double[] {1010, 1000, 990},
            new double[] {0.4, -1.2, 3.1, 0.8, -0.5, 1.3, -2.0, 0.9, 0.2, -0.7});

    public static final int MIN_SCORES = 2;
    public static final int MAX_SCORES = 10;

    /**
     * Everything shown for one set of scores.
     *
     * @param shift         the constant subtracted, max(a) or 0 for the naive formula
     * @param exponentials  exp(aₖ − shift)
     * @param sum           Σ of the exponentials
     * @param probabilities yₖ
     */
    public record Result(double[] scores, double shift, double[] exponentials, double sum, double[] probabilities,
                         int argmaxScore, int argmaxProbability) {
        public double probabilitySum() {
            double total = 0;
            for (double y : probabilities) {
                total += y;
            }
            return total;
        }
    }

    private final BooleanProperty subtractMax = new SimpleBooleanProperty(this, "subtractMax", true);
    private final ReadOnlyObjectWrapper<double[]> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");

    public SoftmaxViewModel() {
        scores.set(PRESETS.get(0).clone());
        subtractMax.addListener(obs -> recompute());
        scores.addListener(obs -> recompute());
        recompute();
    }

    private void recompute() {
        Tensor a = Tensor.vector(scores.get());
        double shift = subtractMax.get() ? a.max() : 0;
        Tensor exponentials = a.minus(Tensor.scalar(shift)).map(Math::exp);
        Tensor y = subtractMax.get() ? Functions.softmax(a) : Functions.softmaxNaive(a);
        result.set(new Result(a.data(), shift, exponentials.data(), exponentials.sum(), y.data(),
                argmax(a.data()), argmax(y.data())));
    }

    /** The first index of the largest value; −1 when every value is NaN. */
    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Replaces all scores; there must be 2 … 10 of them, all finite. */
    public void setScores(double... values) {
        if (values.length < MIN_SCORES || values.length > MAX_SCORES) {
            throw new IllegalArgumentException("softmax lab takes " + MIN_SCORES + " to " + MAX_SCORES
                    + " scores, got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("scores must be finite numbers, got " + v);
            }
        }
        scores.set(values.clone());
    }

    /** Changes score k. */
    public void setScore(int k, double value) {
        double[] next = scores.get().clone();
        next[k] = value;
        setScores(next);
    }

    /** Keeps the first scores, or adds zeros, to have {@code count} of them. */
    public void setCount(int count) {
        double[] next = new double[count];
        System.arraycopy(scores.get(), 0, next, 0, Math.min(count, scores.get().length));
        setScores(next);
    }

    public void reset() {
        subtractMax.set(true);
        setScores(PRESETS.get(0));
    }

    /** True: the overflow-safe softmax; false: the textbook formula. */
    public BooleanProperty subtractMaxProperty() {
        return subtractMax;
    }

    public ReadOnlyObjectProperty<double[]> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }
}
