package dlfs.app.service;

import dlfs.app.i18n.Message;

/**
 * A core computation run by the {@link TrainingService}. It calls {@link JobContext#checkpoint()}
 * between steps (that is where pause, single-step, speed and cancel take effect) and
 * {@link JobContext#publish(JobProgress)} whenever it has something to show.
 */
public interface TrainingJob {
    /** What the status bar calls the job. */
    Message title();

    void run(JobContext context) throws Exception;
}
