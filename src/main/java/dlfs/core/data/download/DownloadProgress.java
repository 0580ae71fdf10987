package dlfs.core.data.download;

/** Hears how a download goes, to show it: a text bar on the command line, a progress bar in the app. */
public interface DownloadProgress {
    /**
     * A transfer of {@code file} begins.
     *
     * @param total  the file's full size in bytes, or -1 when the server does not say
     * @param resume bytes already on disk from an earlier, interrupted transfer
     */
    void started(String file, long total, long resume);

    /** {@code done} bytes of the file are on disk. */
    void advanced(long done);

    /** The current transfer ended, well or not. */
    void finished();

    /** Something worth telling: a mirror failed, a file was already there. */
    void note(String message);

    /** Tells nothing; for callers that do not show progress. */
    DownloadProgress SILENT = new DownloadProgress() {
        @Override
        public void started(String file, long total, long resume) {
        }

        @Override
        public void advanced(long done) {
        }

        @Override
        public void finished() {
        }

        @Override
        public void note(String message) {
        }
    };
}
