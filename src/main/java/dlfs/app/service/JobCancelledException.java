package dlfs.app.service;

/** Thrown by {@link JobContext#checkpoint()} to unwind a job that was cancelled. */
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("job cancelled", null, false, false);
    }
}
