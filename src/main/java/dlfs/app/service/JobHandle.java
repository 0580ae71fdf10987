package dlfs.app.service;

import dlfs.app.i18n.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The FX-thread view of one submitted job: observable state, latest progress and ETA, plus the
 * commands. Any number of panels may observe the same handle; the properties and the batch
 * listeners are updated only on the FX thread, at most as often as the service delivers.
 */
public final class JobHandle {
    private final TrainingJob job;
    private final JobRun run;
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.QUEUED);
    private final ReadOnlyObjectWrapper<JobProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<Duration> eta = new ReadOnlyObjectWrapper<>(this, "eta");
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final List<Consumer<List<JobProgress>>> progressListeners = new CopyOnWriteArrayList<>();

    JobHandle(TrainingJob job, JobRun run) {
        this.job = job;
        this.run = run;
    }

    public Message title() {
        return job.title();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public JobState getState() {
        return state.get();
    }

    /** The latest record, or null before the first. */
    public ReadOnlyObjectProperty<JobProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Remaining time, or null while unknown. */
    public ReadOnlyObjectProperty<Duration> etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** Why the job failed or diverged, or null. */
    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Receives every published record, in order, in batches (one batch per delivery), on the FX
     * thread: the way to feed a curve without losing points.
     */
    public void addProgressListener(Consumer<List<JobProgress>> listener) {
        progressListeners.add(listener);
    }

    public void removeProgressListener(Consumer<List<JobProgress>> listener) {
        progressListeners.remove(listener);
    }

    public void pause() {
        run.pause();
        deliver();
    }

    public void resume() {
        run.resume();
        deliver();
    }

    /** One step, then paused. */
    public void step() {
        run.step();
        deliver();
    }

    public void cancel() {
        run.cancel();
        deliver();
    }

    JobRun run() {
        return run;
    }

    /** FX thread: takes over what the worker produced since the last delivery. */
    void deliver() {
        JobRun.Snapshot snapshot = run.drain();
        if (!snapshot.batch().isEmpty()) {
            JobProgress latest = snapshot.batch().get(snapshot.batch().size() - 1);
            progress.set(latest);
            eta.set(Eta.remaining(snapshot.activeNanos(), latest.iteration(), latest.totalIterations())
                    .orElse(null));
            List<JobProgress> batch = List.copyOf(snapshot.batch());
            progressListeners.forEach(listener -> listener.accept(batch));
        }
        if (snapshot.state().isFinished()) {
            eta.set(null);
        }
        error.set(snapshot.error());
        state.set(snapshot.state());
    }
}
