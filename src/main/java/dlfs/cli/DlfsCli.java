package dlfs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line, on the same core as the app. */
@Command(name = "dlfs", mixinStandardHelpOptions = true, version = "dlfs-studio 0.1.0", subcommands = {DatasetCommand.class},
        description = "Deep Learning from Scratch: train, evaluate and benchmark networks from the command line.")
public final class DlfsCli implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return new CommandLine(new DlfsCli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
