package dlfs.cli;

import dlfs.core.parallel.Parallel;
import picocli.CommandLine.Option;

/** {@code --threads}: how many threads the core may use, shared by the commands that compute. */
final class ThreadsOption {
    @Option(names = "--threads", description = "compute threads (default: all cores)")
    Integer threads;

    /** Applies the option, if given, after checking it. */
    void apply() {
        if (threads != null) {
            Validation.positive("--threads", threads);
            Parallel.setThreads(threads);
        }
    }
}
