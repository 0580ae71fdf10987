package dlfs.app.ch07;

import dlfs.app.service.JobProgress;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;

/**
 * The curves of one training run, kept by a view-model so that they survive leaving the page: the
 * loss per iteration, and train and test accuracy over epochs (an evaluation after iteration i sits
 * at epoch i / iterations-per-epoch), plus the final accuracies of a completed run.
 */
public final class TrainingCurves {
    private final ObservableList<Point2D> loss = FXCollections.observableArrayList();
    private final ObservableList<Point2D> trainAccuracy = FXCollections.observableArrayList();
    private final ObservableList<Point2D> testAccuracy = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper finalTrainAccuracy = new ReadOnlyDoubleWrapper(this, "finalTrainAccuracy", Double.NaN);
    private final ReadOnlyDoubleWrapper finalTestAccuracy = new ReadOnlyDoubleWrapper(this, "finalTestAccuracy", Double.NaN);

    /** Takes a batch of records of a {@link NetworkTrainingJob} (FX thread). */
    public void accept(List<JobProgress> batch, int iterationsPerEpoch) {
        for (JobProgress p : batch) {
            double epoch = (double) p.iteration() / iterationsPerEpoch;
            boolean last = p.message() != null && NetworkTrainingJob.FINAL_KEY.equals(p.message().key());
            if (last) {
                finalTrainAccuracy.set(p.trainAccuracy());
                finalTestAccuracy.set(p.testAccuracy());
            }
            if (!Double.isNaN(p.trainAccuracy()) || !Double.isNaN(p.testAccuracy())) {
                if (!Double.isNaN(p.trainAccuracy())) {
                    trainAccuracy.add(new Point2D(epoch, p.trainAccuracy()));
                }
                if (!Double.isNaN(p.testAccuracy())) {
                    testAccuracy.add(new Point2D(epoch, p.testAccuracy()));
                }
            } else if (Double.isFinite(p.loss())) {
                loss.add(new Point2D(p.iteration(), p.loss()));
            }
        }
    }

    public void clear() {
        loss.clear();
        trainAccuracy.clear();
        testAccuracy.clear();
        finalTrainAccuracy.set(Double.NaN);
        finalTestAccuracy.set(Double.NaN);
    }

    /** (iteration, mini-batch loss). */
    public ObservableList<Point2D> loss() {
        return loss;
    }

    /** (epoch, accuracy on training images). */
    public ObservableList<Point2D> trainAccuracy() {
        return trainAccuracy;
    }

    /** (epoch, accuracy on test images). */
    public ObservableList<Point2D> testAccuracy() {
        return testAccuracy;
    }

    /** Training accuracy after a completed run, or NaN. */
    public ReadOnlyDoubleProperty finalTrainAccuracyProperty() {
        return finalTrainAccuracy.getReadOnlyProperty();
    }

    /** Test accuracy on the whole test set after a completed run, or NaN. */
    public ReadOnlyDoubleProperty finalTestAccuracyProperty() {
        return finalTestAccuracy.getReadOnlyProperty();
    }
}
