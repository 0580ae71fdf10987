package dlfs.cli;

/** Checks on option values, with messages that name the option. */
final class Validation {
    private Validation() {
    }

    static void positive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be a positive whole number, got " + value);
        }
    }
}
