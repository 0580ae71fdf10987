package dlfs.app.ch04;

import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The loss lab's state: ten predicted probabilities y (always summing to 1), the correct class,
 * and whether t is written one-hot or as a class index; the four losses follow every change. All
 * losses come from {@link Functions}.
 */
final class LossLabViewModel {
    static final int CLASSES = 10;
    /** The book's 4.2.1 output, most confident in the correct "2". */
    static final double[] BOOK_EXAMPLE_1 = {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};
    /** The book's second output, most confident in the wrong "7". */
    static final double[] BOOK_EXAMPLE_2 = {0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0};
    /** The correct class of both book examples. */
    static final int BOOK_LABEL = 2;

    /** SSE, CE, MSE and MAE of one output against one target. */
    record Losses(double sumSquared, double crossEntropy, double meanSquared, double meanAbsolute) {
        static Losses of(double[] y, int label, boolean indexTarget) {
            Tensor output = Tensor.vector(y.clone());
            Tensor oneHot = oneHot(label);
            Tensor target = indexTarget ? Tensor.vector(label) : oneHot;
            return new Losses(Functions.sumSquaredError(output, oneHot), Functions.crossEntropy(output, target),
                    Functions.meanSquaredError(output, oneHot), Functions.meanAbsoluteError(output, oneHot));
        }
    }

    private final ReadOnlyObjectWrapper<double[]> probabilities =
            new ReadOnlyObjectWrapper<>(this, "probabilities", BOOK_EXAMPLE_1.clone());
    private final IntegerProperty correctLabel = new SimpleIntegerProperty(this, "correctLabel", BOOK_LABEL);
    private final BooleanProperty indexTarget = new SimpleBooleanProperty(this, "indexTarget");
    private final ReadOnlyObjectWrapper<Losses> losses = new ReadOnlyObjectWrapper<>(this, "losses");

    LossLabViewModel() {
        correctLabel.addListener((obs, old, now) -> {
            if (now.intValue() < 0 || now.intValue() >= CLASSES) {
                correctLabel.set(old.intValue());
            }
            update();
        });
        indexTarget.addListener(obs -> update());
        probabilities.addListener(obs -> update());
        update();
    }

    static Tensor oneHot(int label) {
        Tensor t = Tensor.zeros(CLASSES);
        t.data()[label] = 1;
        return t;
    }

    /** The current y; a copy. */
    ReadOnlyObjectProperty<double[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    double[] probabilities() {
        return probabilities.get().clone();
    }

    IntegerProperty correctLabelProperty() {
        return correctLabel;
    }

    /** False: t = (0, …, 1, …, 0); true: t = the class index. The cross-entropy is the same. */
    BooleanProperty indexTargetProperty() {
        return indexTarget;
    }

    ReadOnlyObjectProperty<Losses> lossesProperty() {
        return losses.getReadOnlyProperty();
    }

    Losses losses() {
        return losses.get();
    }

    /** The losses of a book example against the book's label, for the comparison columns. */
    static Losses bookLosses(double[] example) {
        return Losses.of(example, BOOK_LABEL, false);
    }

    /**
     * Sets y_k to {@code value} (clamped to [0, 1]) and rescales the other nine so that the sum stays
     * 1, keeping their proportions; when they are all 0 they share the rest equally.
     */
    void setProbability(int k, double value) {
        if (k < 0 || k >= CLASSES) {
            throw new IllegalArgumentException("class " + k + " is not in 0.." + (CLASSES - 1));
        }
        double v = Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
        double[] y = probabilities.get().clone();
        double others = 0;
        for (int j = 0; j < CLASSES; j++) {
            others += j == k ? 0 : y[j];
        }
        for (int j = 0; j < CLASSES; j++) {
            if (j != k) {
                y[j] = others > 0 ? y[j] / others * (1 - v) : (1 - v) / (CLASSES - 1);
            }
        }
        y[k] = v;
        probabilities.set(y);
    }

    void showBookExample1() {
        show(BOOK_EXAMPLE_1);
    }

    void showBookExample2() {
        show(BOOK_EXAMPLE_2);
    }

    /** Every class 0.1: the network knows nothing (cross-entropy ln 10 ≈ 2.303). */
    void showUniform() {
        double[] y = new double[CLASSES];
        Arrays.fill(y, 1.0 / CLASSES);
        probabilities.set(y);
    }

    private void show(double[] example) {
        correctLabel.set(BOOK_LABEL);
        probabilities.set(example.clone());
    }

    private void update() {
        losses.set(Losses.of(probabilities.get(), correctLabel.get(), indexTarget.get()));
    }
}
