package dlfs.app.service;

/** The service's side of a running job, called from the job's (background) thread. */
public interface JobContext {
    /**
     * Between two steps: blocks while paused, lets exactly one step through per
     * {@link JobHandle#step()}, waits the service's step delay, and throws
     * {@link JobCancelledException} once the job is cancelled (or has published a non-finite loss).
     */
    void checkpoint();

    /** Hands a progress record to the UI; cheap, never blocks, every record reaches the observers. */
    void publish(JobProgress progress);

    boolean isCancelled();
}
