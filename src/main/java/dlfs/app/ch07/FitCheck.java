package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.core.conv.OutputSize;

/** Says, in the user's language, why a window does not fit an input (formula 7.1). */
public final class FitCheck {
    private FitCheck() {
    }

    /** Null when both axes come out as whole numbers; otherwise what is wrong with the first axis that does not. */
    public static Message problem(OutputSize height, OutputSize width) {
        Message rows = problem(height, "height");
        return rows != null ? rows : problem(width, "width");
    }

    private static Message problem(OutputSize size, String axis) {
        if (size.travel() < 0) {
            return Message.of("ch07.fit." + axis + ".tooLarge", size.filter(), size.padded());
        }
        if (!size.isExact()) {
            return Message.of("ch07.fit." + axis + ".notExact", size.formula(), size.floor());
        }
        return null;
    }
}
