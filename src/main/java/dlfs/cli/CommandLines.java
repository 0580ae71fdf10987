package dlfs.cli;

/** Remembers the arguments the program was started with, so saved models can record how they were made. */
final class CommandLines {
    private static volatile String[] arguments = new String[0];

    private CommandLines() {
    }

    static void remember(String[] args) {
        arguments = args.clone();
    }

    /** "dlfs train --model …" as typed, or just the command name when unknown. */
    static String current(String command) {
        return arguments.length == 0 ? "dlfs " + command : "dlfs " + String.join(" ", arguments);
    }
}
