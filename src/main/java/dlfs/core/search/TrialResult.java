package dlfs.core.search;

import dlfs.core.train.TrainingHistory;

/**
 * One trial of a search: the sampled hyper-parameters and the curves of the network trained with
 * them (in the history, "test" accuracy is the validation accuracy).
 */
public record TrialResult(int trial, double learningRate, double weightDecay, TrainingHistory history) {
    /**
     * The score trials are ranked by: the last epoch's validation accuracy, as in the book; NaN for a
     * trial that diverged, so it ranks last.
     */
    public double validationAccuracy() {
        return history.outcome() == TrainingHistory.Outcome.COMPLETED ? history.lastTestAccuracy() : Double.NaN;
    }

    /** Validation accuracy per epoch (the solid curves of Fig 6-24). */
    public double[] validationAccuracies() {
        return history.testAccuracies();
    }

    /** Training accuracy per epoch (the dotted curves). */
    public double[] trainAccuracies() {
        return history.trainAccuracies();
    }

    public boolean diverged() {
        return history.outcome() == TrainingHistory.Outcome.DIVERGED;
    }
}
