package dlfs.app.service;

import dlfs.app.i18n.Message;

/**
 * Thrown by a job whose loss became NaN or infinite (the core trainer detects it and keeps the
 * last good weights); the job ends as {@link JobState#DIVERGED} with this explanation.
 */
public final class JobDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public JobDivergedException(Message explanation) {
        super(explanation.key());
        this.explanation = explanation;
    }

    public Message explanation() {
        return explanation;
    }
}
