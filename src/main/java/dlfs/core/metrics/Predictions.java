package dlfs.core.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A network's answers on a dataset: for each sample the true class, the predicted class (highest
 * score) and the softmax probabilities of every class. Everything else (accuracy, the confusion
 * matrix, the list of mistakes) is derived from these.
 */
public final class Predictions {
    private final int classes;
    private final int[] trueLabels;
    private final int[] predicted;
    private final double[] probabilities;

    /**
     * @param probabilities row-major (samples × classes)
     */
    public Predictions(int classes, int[] trueLabels, int[] predicted, double[] probabilities) {
        if (trueLabels.length != predicted.length || probabilities.length != (long) predicted.length * classes) {
            throw new IllegalArgumentException("predictions need one true label, one prediction and " + classes
                    + " probabilities per sample; got " + trueLabels.length + ", " + predicted.length + " and "
                    + probabilities.length);
        }
        this.classes = classes;
        this.trueLabels = trueLabels.clone();
        this.predicted = predicted.clone();
        this.probabilities = probabilities.clone();
    }

    public int size() {
        return predicted.length;
    }

    public int classes() {
        return classes;
    }

    public int trueLabel(int sample) {
        return trueLabels[sample];
    }

    public int predicted(int sample) {
        return predicted[sample];
    }

    public double probability(int sample, int label) {
        return probabilities[sample * classes + label];
    }

    /** Fraction predicted correctly; NaN when there are no samples. */
    public double accuracy() {
        return confusionMatrix().accuracy();
    }

    public ConfusionMatrix confusionMatrix() {
        return ConfusionMatrix.of(trueLabels, predicted, classes);
    }

    public double[] perClassAccuracy() {
        return confusionMatrix().perClassAccuracy();
    }

    /** Every wrongly predicted sample in dataset order, with its {@code topK} most probable classes. */
    public List<Misclassification> misclassified(int topK) {
        if (topK < 1 || topK > classes) {
            throw new IllegalArgumentException("top-k must be in 1.." + classes + ", got " + topK);
        }
        List<Misclassification> out = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] != trueLabels[i]) {
                int[] top = topClasses(i, topK);
                double[] p = new double[topK];
                for (int r = 0; r < topK; r++) {
                    p[r] = probability(i, top[r]);
                }
                out.add(new Misclassification(i, trueLabels[i], predicted[i], top, p));
            }
        }
        return out;
    }

    /** The k classes of highest probability for one sample, best first (ties: lower class first). */
    private int[] topClasses(int sample, int k) {
        int[] top = new int[k];
        boolean[] taken = new boolean[classes];
        for (int r = 0; r < k; r++) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (!taken[c] && (best < 0 || probability(sample, c) > probability(sample, best))) {
                    best = c;
                }
            }
            taken[best] = true;
            top[r] = best;
        }
        return top;
    }
}
