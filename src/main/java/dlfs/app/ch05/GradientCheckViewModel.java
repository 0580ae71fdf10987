package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.gradient.InjectedBug;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The gradient-check panel's state: which bug (if any) to plant, whether to check every element
 * (the book) or a random sample per parameter, the job running in the training service, and the
 * last outcome with and without a bug, for the bar chart and the table.
 */
public final class GradientCheckViewModel {
    /** The parameters in the order the book's script prints them, and the values it printed. */
    public static final List<String> PARAMETERS = List.of("W1", "b1", "W2", "b2");
    public static final double[] BOOK_VALUES = {2.2232446644e-13, 9.70418809871e-13, 8.41139039497e-13, 1.1945999745e-10};
    /** A correct backprop stays far below this; a bug jumps far above it. */
    public static final double THRESHOLD = 1e-7;
    /** Elements per parameter when sampling instead of checking everything. */
    public static final int SAMPLE_SIZE = 300;
    public static final long SEED = 1;

    private final TrainingService service;
    private final ObjectProperty<InjectedBug> bug = new SimpleObjectProperty<>(this, "bug", InjectedBug.NONE);
    private final BooleanProperty everyElement = new SimpleBooleanProperty(this, "everyElement", true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Message> status =
            new ReadOnlyObjectWrapper<>(this, "status", Message.of("ch05.gradcheck.status.idle"));
    private final ReadOnlyObjectWrapper<GradientCheckJob.Outcome> correct = new ReadOnlyObjectWrapper<>(this, "correct");
    private final ReadOnlyObjectWrapper<GradientCheckJob.Outcome> bugged = new ReadOnlyObjectWrapper<>(this, "bugged");
    private GradientCheckJob.Batch batch;
    private JobHandle handle;

    public GradientCheckViewModel(TrainingService service) {
        this.service = service;
    }

    /** Submits the check with the current settings, unless one is already running. */
    public void run() {
        if (running.get()) {
            return;
        }
        GradientCheckJob job = new GradientCheckJob(bug.get(), everyElement.get() ? Integer.MAX_VALUE : SAMPLE_SIZE,
                SEED, this::batch);
        running.set(true);
        progress.set(0);
        status.set(Message.of("ch05.gradcheck.status.running"));
        handle = service.submit(job);
        handle.progressProperty().addListener((obs, old, now) -> {
            if (now != null) {
                progress.set(Math.max(0, now.fraction()));
            }
        });
        handle.stateProperty().addListener((obs, old, state) -> stateChanged(job, state));
    }

    /** The images, loaded once, on the worker thread of the first job. */
    private synchronized GradientCheckJob.Batch batch() {
        if (batch == null) {
            batch = GradientCheckJob.Batch.firstTrainingImages();
        }
        return batch;
    }

    private void stateChanged(GradientCheckJob job, JobState state) {
        if (!state.isFinished()) {
            status.set(Message.of(state == JobState.PAUSED ? "ch05.gradcheck.status.paused" : "ch05.gradcheck.status.running"));
            return;
        }
        GradientCheckJob.Outcome outcome = job.outcome();
        if (state == JobState.SUCCEEDED && outcome != null) {
            (outcome.bug() == InjectedBug.NONE ? correct : bugged).set(outcome);
            progress.set(1);
            GradientCheck.Report report = outcome.report();
            status.set(Message.of(report.maxMeanAbsDiff() < THRESHOLD ? "ch05.gradcheck.status.passed"
                    : "ch05.gradcheck.status.failed", Controls.difference(report.maxMeanAbsDiff()),
                    String.format(Locale.ROOT, "%.1f", outcome.numericalSeconds()),
                    String.format(Locale.ROOT, "%.2f", outcome.backpropMillis())));
        } else if (state == JobState.CANCELLED) {
            status.set(Message.of("ch05.gradcheck.status.cancelled"));
        } else {
            Throwable error = handle.errorProperty().get();
            status.set(Message.of("ch05.gradcheck.status.error", error == null ? state.name() : String.valueOf(error.getMessage())));
        }
        running.set(false);
    }

    /** Stops a running check. */
    public void cancel() {
        if (handle != null && !handle.getState().isFinished()) {
            handle.cancel();
        }
    }

    public void reset() {
        cancel();
        bug.set(InjectedBug.NONE);
        everyElement.set(true);
        correct.set(null);
        bugged.set(null);
        progress.set(0);
        status.set(Message.of("ch05.gradcheck.status.idle"));
    }

    /** Mean |backprop − numerical| per parameter in {@link #PARAMETERS} order, or NaN without an outcome. */
    public static double[] meanDifferences(GradientCheckJob.Outcome outcome) {
        double[] values = new double[PARAMETERS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = outcome == null ? Double.NaN : outcome.report().entry(PARAMETERS.get(i)).meanAbsDiff();
        }
        return values;
    }

    public ObjectProperty<InjectedBug> bugProperty() {
        return bug;
    }

    /** True: every element as the book; false: {@value #SAMPLE_SIZE} random elements per parameter. */
    public BooleanProperty everyElementProperty() {
        return everyElement;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last check of the correct backprop. */
    public ReadOnlyObjectProperty<GradientCheckJob.Outcome> correctProperty() {
        return correct.getReadOnlyProperty();
    }

    /** The last check with a planted bug. */
    public ReadOnlyObjectProperty<GradientCheckJob.Outcome> buggedProperty() {
        return bugged.getReadOnlyProperty();
    }

    Optional<JobHandle> handle() {
        return Optional.ofNullable(handle);
    }
}
