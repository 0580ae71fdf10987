package dlfs.core.metrics;

/**
 * Counts of (true class, predicted class) pairs: row t, column p holds how many samples of class t
 * the network called p. The diagonal holds the correct answers; a bright off-diagonal cell shows
 * which digits the network confuses (4 with 9, 3 with 5, …).
 */
public final class ConfusionMatrix {
    private final int classes;
    private final int[][] counts;

    public ConfusionMatrix(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class, got " + classes);
        }
        this.classes = classes;
        this.counts = new int[classes][classes];
    }

    /** The matrix of paired true and predicted labels. */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predictions");
        }
        ConfusionMatrix m = new ConfusionMatrix(classes);
        for (int i = 0; i < truth.length; i++) {
            m.add(truth[i], predicted[i]);
        }
        return m;
    }

    /** Counts one sample. */
    public void add(int truth, int predicted) {
        if (truth < 0 || truth >= classes || predicted < 0 || predicted >= classes) {
            throw new IllegalArgumentException("labels (" + truth + ", " + predicted + ") outside 0.." + (classes - 1));
        }
        counts[truth][predicted]++;
    }

    public int classes() {
        return classes;
    }

    /** How many samples of class {@code truth} were predicted as {@code predicted}. */
    public int count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** A copy of the whole table, rows = true class, columns = predicted class. */
    public int[][] counts() {
        int[][] copy = new int[classes][];
        for (int t = 0; t < classes; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /** Samples whose true class is {@code truth}. */
    public int rowTotal(int truth) {
        int sum = 0;
        for (int c : counts[truth]) {
            sum += c;
        }
        return sum;
    }

    public int total() {
        int sum = 0;
        for (int t = 0; t < classes; t++) {
            sum += rowTotal(t);
        }
        return sum;
    }

    /** The diagonal's sum. */
    public int correct() {
        int sum = 0;
        for (int t = 0; t < classes; t++) {
            sum += counts[t][t];
        }
        return sum;
    }

    /** Correct / total; NaN for an empty matrix. */
    public double accuracy() {
        int total = total();
        return total == 0 ? Double.NaN : correct() / (double) total;
    }

    /** For each true class, the fraction of its samples predicted correctly; NaN for a class with no samples. */
    public double[] perClassAccuracy() {
        double[] out = new double[classes];
        for (int t = 0; t < classes; t++) {
            int row = rowTotal(t);
            out[t] = row == 0 ? Double.NaN : counts[t][t] / (double) row;
        }
        return out;
    }
}
