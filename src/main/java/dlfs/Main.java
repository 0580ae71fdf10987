package dlfs;

import dlfs.app.DlfsStudioApp;
import dlfs.cli.DlfsCli;

/**
 * Entry point of the runnable jar: with a command ({@code train}, {@code eval}, …) it runs the
 * command line; with no arguments, or only app options (starting with "--"), it opens the app.
 * It does not extend {@code Application}, so JavaFX can start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            System.exit(DlfsCli.run(args));
        }
        DlfsStudioApp.main(args);
    }
}
