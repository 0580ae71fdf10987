package dlfs.app.ch07;

import dlfs.core.data.DatasetId;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a panel that trains a CNN through the service keeps: the data set and number of epochs of
 * the next run, the seed, the job it follows and the curves of its last run.
 */
public abstract class TrainingRun {
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetId.MNIST_MINI);
    private final IntegerProperty epochs;
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final JobMonitor monitor = new JobMonitor();
    private final TrainingCurves curves = new TrainingCurves();

    protected TrainingRun(int defaultEpochs) {
        epochs = new SimpleIntegerProperty(this, "epochs", defaultEpochs);
    }

    /** The data set the next run trains on (the page offers the installed ones). */
    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    /** Seed of the initial weights and of the mini-batch draws. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    public JobMonitor monitor() {
        return monitor;
    }

    public TrainingCurves curves() {
        return curves;
    }

    /** Stops the current job; what was learned so far stays. */
    public void stop() {
        monitor.cancel();
    }

    /** @throws IllegalStateException when a job of this panel is queued or running */
    protected final void requireIdle() {
        if (monitor.isBusy()) {
            throw new IllegalStateException("this panel is already running a job; stop it first");
        }
    }
}
