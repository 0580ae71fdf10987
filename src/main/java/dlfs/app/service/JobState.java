package dlfs.app.service;

/** Life of a job: QUEUED → RUNNING ⇄ PAUSED → one of the four final states. */
public enum JobState {
    QUEUED, RUNNING, PAUSED, SUCCEEDED, CANCELLED, FAILED,
    /** The loss became NaN or infinite; the job was stopped at its next checkpoint. */
    DIVERGED;

    public boolean isFinished() {
        return ordinal() >= SUCCEEDED.ordinal();
    }

    /** Bundle key of the state's name. */
    public String textKey() {
        return "job.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
