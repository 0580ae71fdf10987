package dlfs.app.service;

import dlfs.app.i18n.Message;

/**
 * One progress record of a job. Values that a job does not measure are {@code NaN}
 * (accuracies) or 0 (totals).
 *
 * @param iteration       steps done so far
 * @param totalIterations steps planned, or 0 when open-ended
 * @param epoch           epochs completed
 * @param loss            loss of the latest step
 * @param trainAccuracy   latest training accuracy, 0..1, or NaN
 * @param testAccuracy    latest test accuracy, 0..1, or NaN
 * @param message         optional note for the status bar, or null
 */
public record JobProgress(long iteration, long totalIterations, int epoch, double loss,
                          double trainAccuracy, double testAccuracy, Message message) {

    public static JobProgress of(long iteration, long totalIterations, int epoch, double loss) {
        return new JobProgress(iteration, totalIterations, epoch, loss, Double.NaN, Double.NaN, null);
    }

    /** Share of the planned work done, 0..1, or −1 when the total is unknown. */
    public double fraction() {
        return totalIterations <= 0 ? -1 : Math.min(1.0, (double) iteration / totalIterations);
    }
}
