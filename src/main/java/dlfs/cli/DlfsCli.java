package dlfs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line, on the same core as the app. Errors reach the user as one line
 * ({@code error: …}); set {@code DLFS_DEBUG=1} to see the stack trace as well.
 */
@Command(name = "dlfs", mixinStandardHelpOptions = true, version = "dlfs-studio 0.1.0",
        subcommands = {TrainCommand.class, EvalCommand.class, GradcheckCommand.class, BenchCommand.class,
                DatasetCommand.class},
        description = "Deep Learning from Scratch: train, evaluate and benchmark networks from the command line.",
        footer = {"", "Without a command the desktop app opens; its options: --lang ja|en, "
                + "--theme light|dark|high-contrast, --snapshot-all DIR."})
public final class DlfsCli implements Runnable {
    /** Exit status for a command that failed on bad input (missing file, impossible option, …). */
    public static final int EXIT_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        CommandLines.remember(args);
        CommandLine commandLine = new CommandLine(new DlfsCli());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("error: " + describe(exception));
            if (System.getenv("DLFS_DEBUG") != null) {
                exception.printStackTrace(err);
            }
            err.flush();
            return EXIT_ERROR;
        });
        return commandLine.execute(args);
    }

    /** The exception's own message, or its type when it has none (a bug rather than bad input). */
    static String describe(Throwable exception) {
        Throwable t = exception;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (t instanceof OutOfMemoryError) {
            return "out of memory; give Java more with -Xmx (e.g. java -Xmx4g …) or use a smaller --batch";
        }
        return message == null || message.isBlank() ? t.getClass().getSimpleName() + " (run with DLFS_DEBUG=1 for details)" : message;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
