package dlfs.app.service;

/** What UI tests in other packages may ask about a job's worker, which the handle does not show. */
public final class JobProbe {
    private JobProbe() {
    }

    /**
     * True while the job's worker is blocked in a checkpoint because the job is paused. A handle
     * turns {@link JobState#PAUSED} as soon as the pause is asked for, while the step that was
     * running then may still end and publish; once this is true, every record is published.
     */
    public static boolean isWaitingWhilePaused(JobHandle handle) {
        return handle.run().isWaitingWhilePaused();
    }
}
