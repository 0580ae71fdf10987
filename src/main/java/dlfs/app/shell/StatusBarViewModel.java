package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows about the service's current job, as texts in the current language,
 * and which of pause / step / resume / cancel apply. Follows job changes, progress and language.
 */
public final class StatusBarViewModel {
    private final TrainingService service;
    private final I18n i18n;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyStringWrapper iteration = new ReadOnlyStringWrapper(this, "iteration");
    private final ReadOnlyStringWrapper loss = new ReadOnlyStringWrapper(this, "loss");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(this, "canResume");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final InvalidationListener refresher = obs -> refresh();

    public StatusBarViewModel(TrainingService service, I18n i18n) {
        this.service = service;
        this.i18n = i18n;
        service.currentJobProperty().addListener((obs, old, job) -> {
            if (old != null) {
                old.stateProperty().removeListener(refresher);
                old.progressProperty().removeListener(refresher);
                old.etaProperty().removeListener(refresher);
            }
            if (job != null) {
                job.stateProperty().addListener(refresher);
                job.progressProperty().addListener(refresher);
                job.etaProperty().addListener(refresher);
            }
            refresh();
        });
        service.queuedCountProperty().addListener(refresher);
        service.stepDelayMillisProperty().addListener(refresher);
        i18n.bundleProperty().addListener(refresher);
        refresh();
    }

    private void refresh() {
        JobHandle job = service.getCurrentJob();
        speed.set(i18n.text("status.delay", service.stepDelayMillisProperty().get()));
        if (job == null) {
            title.set(i18n.text("status.idle"));
            state.set("");
            iteration.set("");
            loss.set("");
            eta.set("");
            detail.set("");
            progress.set(0);
            canPause.set(false);
            canResume.set(false);
            canStep.set(false);
            canCancel.set(false);
            return;
        }
        JobState now = job.getState();
        JobProgress latest = job.progressProperty().get();
        title.set(i18n.text(job.title()));
        state.set(i18n.text(now.textKey()));
        iteration.set(latest == null ? "" : latest.totalIterations() > 0
                ? i18n.text("status.iteration", latest.epoch(), latest.iteration(), latest.totalIterations())
                : i18n.text("status.iteration.open", latest.epoch(), latest.iteration()));
        loss.set(latest == null || Double.isNaN(latest.loss()) ? "" : i18n.text("status.loss", formatLoss(latest.loss())));
        Duration remaining = job.etaProperty().get();
        eta.set(remaining == null || now.isFinished() ? "" : i18n.text("status.eta", formatDuration(remaining)));
        detail.set(detailText(job, latest));
        progress.set(now == JobState.SUCCEEDED ? 1 : latest == null ? 0 : latest.fraction());
        canPause.set(now == JobState.RUNNING);
        canResume.set(now == JobState.PAUSED);
        canStep.set(now == JobState.RUNNING || now == JobState.PAUSED);
        canCancel.set(!now.isFinished());
    }

    private String detailText(JobHandle job, JobProgress latest) {
        Throwable error = job.errorProperty().get();
        if (error instanceof JobDivergedException diverged) {
            return i18n.text(diverged.explanation());
        }
        if (error != null) {
            return i18n.text("status.failed", error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getMessage());
        }
        if (service.queuedCountProperty().get() > 0) {
            return i18n.text("status.queued", service.queuedCountProperty().get());
        }
        return latest == null || latest.message() == null ? "" : i18n.text(latest.message());
    }

    static String formatLoss(double value) {
        return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4 || value == 0
                ? String.format(Locale.ROOT, "%.4f", value) : String.format(Locale.ROOT, "%.3e", value);
    }

    /** h:mm:ss or m:ss. */
    static String formatDuration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    public void pause() {
        with(JobHandle::pause);
    }

    public void resume() {
        with(JobHandle::resume);
    }

    public void step() {
        with(JobHandle::step);
    }

    public void cancel() {
        with(JobHandle::cancel);
    }

    private void with(java.util.function.Consumer<JobHandle> command) {
        JobHandle job = service.getCurrentJob();
        if (job != null) {
            command.accept(job);
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lossProperty() {
        return loss.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    /** Error, divergence explanation, queue length or the job's own note. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** 0..1, or −1 for a job without a known total. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }
}
