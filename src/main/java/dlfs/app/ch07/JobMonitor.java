package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Follows the job a panel submitted and describes it in one line: queued, running with its step (or,
 * for an evaluation, its image) and an honest estimate of the time left (extrapolated by the service from the time spent so far),
 * paused, finished, stopped or failed with the reason.
 */
public final class JobMonitor {
    private final ReadOnlyObjectWrapper<JobHandle> handle = new ReadOnlyObjectWrapper<>(this, "handle");
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final InvalidationListener refresher = obs -> refresh();
    private String counting = "step";

    /** Starts following a newly submitted training job (and stops following the previous one). */
    public void watch(JobHandle job) {
        watch(job, "step");
    }

    /** As {@link #watch(JobHandle)} for a job whose progress counts test images rather than steps. */
    public void watchEvaluation(JobHandle job) {
        watch(job, "image");
    }

    private void watch(JobHandle job, String unit) {
        counting = unit;
        JobHandle old = handle.get();
        if (old != null) {
            old.stateProperty().removeListener(refresher);
            old.progressProperty().removeListener(refresher);
            old.etaProperty().removeListener(refresher);
        }
        handle.set(job);
        job.stateProperty().addListener(refresher);
        job.progressProperty().addListener(refresher);
        job.etaProperty().addListener(refresher);
        refresh();
    }

    /** Cancels the followed job, if it has not finished. */
    public void cancel() {
        if (handle.get() != null && !handle.get().getState().isFinished()) {
            handle.get().cancel();
        }
    }

    /** The line to show, or null before any job. */
    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the job is queued, running or paused. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void refresh() {
        JobHandle job = handle.get();
        JobState state = job.getState();
        JobProgress p = job.progressProperty().get();
        long done = p == null ? 0 : p.iteration();
        long total = p == null ? 0 : p.totalIterations();
        busy.set(!state.isFinished());
        String prefix = "ch07.job." + counting + ".";
        status.set(switch (state) {
            case QUEUED -> Message.of("ch07.job.queued");
            case RUNNING -> job.etaProperty().get() == null ? Message.of(prefix + "starting", done, total)
                    : Message.of(prefix + "running", done, total, clock(job.etaProperty().get()));
            case PAUSED -> Message.of(prefix + "paused", done, total);
            case SUCCEEDED -> Message.of(prefix + "succeeded", done);
            case CANCELLED -> Message.of(prefix + "cancelled", done, total);
            case DIVERGED -> job.errorProperty().get() instanceof JobDivergedException diverged
                    ? diverged.explanation() : Message.of("ch07.job.failed", "NaN");
            case FAILED -> Message.of("ch07.job.failed", job.errorProperty().get() == null ? "?"
                    : job.errorProperty().get().getMessage());
        });
    }

    /** Bundle keys the status lines are read from (the keys are built from a unit and a state). */
    public static List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        for (String unit : List.of("step", "image")) {
            for (String state : List.of("starting", "running", "paused", "succeeded", "cancelled")) {
                keys.add("ch07.job." + unit + "." + state);
            }
        }
        return keys;
    }

    /** 83 s → "1:23", 3725 s → "1:02:05". */
    public static String clock(Duration d) {
        long seconds = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
