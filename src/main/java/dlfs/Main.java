package dlfs;

import dlfs.app.DlfsStudioApp;
import dlfs.cli.DlfsCli;
import java.util.Set;

/**
 * Entry point of the runnable jar: with a command ({@code train}, {@code eval}, …) it runs the
 * command line (also for {@code --help} and {@code --version}); with no arguments, or only app
 * options (starting with "--"), it opens the app.
 * It does not extend {@code Application}, so JavaFX can start from the class path.
 */
public final class Main {
    /** Asked for the program's help or version: the command line answers, mentioning the app options too. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("--") || HELP.contains(args[0]))) {
            System.exit(DlfsCli.run(args));
        }
        DlfsStudioApp.main(args);
    }
}
