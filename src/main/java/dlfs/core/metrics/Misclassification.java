package dlfs.core.metrics;

/**
 * One sample the network got wrong, for a gallery of mistakes: its index in the dataset, the true
 * and predicted classes, and the k most probable classes with their softmax probabilities (best first).
 */
public record Misclassification(int index, int trueLabel, int predictedLabel, int[] topClasses, double[] topProbabilities) {
    public Misclassification {
        topClasses = topClasses.clone();
        topProbabilities = topProbabilities.clone();
    }

    @Override
    public int[] topClasses() {
        return topClasses.clone();
    }

    @Override
    public double[] topProbabilities() {
        return topProbabilities.clone();
    }
}
