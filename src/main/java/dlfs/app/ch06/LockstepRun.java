package dlfs.app.ch06;

import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A panel's side of one {@link LockstepJob}: submits it to the shared service and turns what the
 * service delivers into an observable snapshot (FX thread). Starting again cancels the previous run.
 */
final class LockstepRun {
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<JobHandle> handle = new ReadOnlyObjectWrapper<>(this, "handle");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<JobState> endState = new ReadOnlyObjectWrapper<>(this, "endState");
    private LockstepJob job;

    void start(TrainingService service, LockstepJob next) {
        cancel();
        job = next;
        snapshot.set(Snapshot.EMPTY);
        endState.set(null);
        JobHandle submitted = service.submit(next);
        handle.set(submitted);
        running.set(true);
        submitted.addProgressListener(batch -> {
            if (job == next) {
                snapshot.set(next.snapshot());
            }
        });
        submitted.stateProperty().addListener((obs, old, now) -> {
            if (job == next && now.isFinished()) {
                snapshot.set(next.snapshot());
                running.set(false);
                endState.set(now);
            }
        });
    }

    void cancel() {
        if (handle.get() != null && !handle.get().getState().isFinished()) {
            handle.get().cancel();
        }
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    Snapshot snapshot() {
        return snapshot.get();
    }

    ReadOnlyObjectProperty<JobHandle> handleProperty() {
        return handle.getReadOnlyProperty();
    }

    /** True from start until the job has ended (completed, cancelled, failed or diverged). */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How the last job ended; null while it runs or before any. */
    ReadOnlyObjectProperty<JobState> endStateProperty() {
        return endState.getReadOnlyProperty();
    }
}
