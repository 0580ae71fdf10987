package dlfs.core.train;

import java.util.Arrays;

/**
 * What a training run recorded, as an immutable snapshot: the mini-batch loss of every iteration
 * (the book's {@code train_loss_list}) and the train and test accuracy of every epoch
 * ({@code train_acc_list}, {@code test_acc_list}).
 */
public final class TrainingHistory {
    /** How the run ended, or {@link #UNFINISHED} for a snapshot taken while it goes on. */
    public enum Outcome { UNFINISHED, COMPLETED, CANCELLED, DIVERGED }

    private final double[] losses;
    private final double[] trainAccuracies;
    private final double[] testAccuracies;
    private final int iterationsPerEpoch;
    private final Outcome outcome;
    private final int divergedAt;
    private final double finalTestAccuracy;

    TrainingHistory(double[] losses, double[] trainAccuracies, double[] testAccuracies, int iterationsPerEpoch,
            Outcome outcome, int divergedAt, double finalTestAccuracy) {
        this.losses = losses.clone();
        this.trainAccuracies = trainAccuracies.clone();
        this.testAccuracies = testAccuracies.clone();
        this.iterationsPerEpoch = iterationsPerEpoch;
        this.outcome = outcome;
        this.divergedAt = divergedAt;
        this.finalTestAccuracy = finalTestAccuracy;
    }

    /** Loss of each completed iteration, index = iteration. */
    public double[] losses() {
        return losses.clone();
    }

    public double loss(int iteration) {
        return losses[iteration];
    }

    /** Completed iterations. */
    public int iterations() {
        return losses.length;
    }

    /** Training accuracy per evaluated epoch (index 0 = epoch 1). */
    public double[] trainAccuracies() {
        return trainAccuracies.clone();
    }

    /** Test (or validation) accuracy per evaluated epoch (index 0 = epoch 1). */
    public double[] testAccuracies() {
        return testAccuracies.clone();
    }

    public int epochsEvaluated() {
        return trainAccuracies.length;
    }

    /** The last epoch's training accuracy, NaN when no epoch was evaluated. */
    public double lastTrainAccuracy() {
        return trainAccuracies.length == 0 ? Double.NaN : trainAccuracies[trainAccuracies.length - 1];
    }

    /** The last epoch's test accuracy, NaN when no epoch was evaluated. */
    public double lastTestAccuracy() {
        return testAccuracies.length == 0 ? Double.NaN : testAccuracies[testAccuracies.length - 1];
    }

    public int iterationsPerEpoch() {
        return iterationsPerEpoch;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The iteration whose loss or update was not finite, or −1. */
    public int divergedAt() {
        return divergedAt;
    }

    /** Accuracy on the whole test set after a completed run (the book's final line); NaN otherwise. */
    public double finalTestAccuracy() {
        return finalTestAccuracy;
    }

    @Override
    public String toString() {
        return "TrainingHistory[" + outcome + ", " + iterations() + " iterations, train acc "
                + Arrays.toString(trainAccuracies) + ", test acc " + Arrays.toString(testAccuracies) + "]";
    }
}
