package dlfs.core.train;

/**
 * Receives a training run's events, on the thread that runs the training (a GUI must hand them to
 * its own thread). Iterations count from 0 like the book's loop variable; epochs count from 1.
 */
public interface TrainingListener {
    /** After every update, with the mini-batch loss computed before it. */
    default void onIteration(int iteration, int epoch, double loss) {
    }

    /** After each epoch's evaluation; an accuracy is NaN when it was not measured. */
    default void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
    }

    /**
     * When the loss (or a parameter after the update) of {@code iteration} is NaN or infinite. The
     * parameters are already back to their values from before that iteration.
     */
    default void onDiverged(int iteration, double loss) {
    }

    /** Once, when the run completes, is cancelled or diverges. */
    default void onFinished(TrainingHistory history) {
    }
}
