package dlfs.app.ch05;

import dlfs.app.i18n.Message;

/**
 * Reads a number a student typed: accepts the minus sign "−" and surrounding spaces, refuses
 * anything else with a message for the label next to the field, and keeps values in a range so
 * that nothing unreasonable reaches the core.
 */
record NumberInput(double value, Message error) {
    static NumberInput parse(String text, double min, double max) {
        String cleaned = text == null ? "" : text.trim().replace('−', '-').replace('＋', '+');
        double value;
        try {
            value = Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            return new NumberInput(Double.NaN, Message.of("ch05.input.notNumber", text == null ? "" : text.trim()));
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            return new NumberInput(Double.NaN, Message.of("ch05.input.range", plain(min), plain(max)));
        }
        return new NumberInput(value, null);
    }

    boolean ok() {
        return error == null;
    }

    /** A bound as a student would write it (no exponent for everyday numbers). */
    private static String plain(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e9 ? Long.toString((long) bound).replace('-', '−')
                : Double.toString(bound).replace('-', '−');
    }
}
