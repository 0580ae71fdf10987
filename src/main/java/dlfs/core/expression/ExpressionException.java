package dlfs.core.expression;

/**
 * Why a typed expression could not be read, and where: {@link #position()} is the 0-based index of
 * the offending character in the text, so an editor can put the caret there.
 */
public final class ExpressionException extends IllegalArgumentException {
    /** What went wrong; a user interface turns it into a sentence in its own language. */
    public enum Problem {
        /** Nothing but spaces. */
        EMPTY,
        /** Longer than {@link ExpressionParser#MAX_LENGTH} characters. */
        TOO_LONG,
        /** Parentheses nested deeper than {@link ExpressionParser#MAX_DEPTH}. */
        TOO_DEEP,
        /** A character that is no digit, letter, operator or parenthesis. */
        UNEXPECTED_CHARACTER,
        /** A name that is neither x, y, a constant nor a known function. */
        UNKNOWN_NAME,
        /** A number such as "1.2.3" or "1e". */
        BAD_NUMBER,
        /** A value (number, x, y, function or parenthesis) was expected here. */
        EXPECTED_VALUE,
        /** An opening parenthesis has no matching closing one. */
        MISSING_CLOSING_PARENTHESIS,
        /** A function name is not followed by "(". */
        FUNCTION_NEEDS_PARENTHESIS,
        /** Text remains after a complete expression, e.g. a stray ")". */
        UNEXPECTED_TEXT
    }

    private final Problem problem;
    private final int position;
    private final String detail;

    public ExpressionException(Problem problem, int position, String detail) {
        super(describe(problem, position, detail));
        this.problem = problem;
        this.position = position;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** 0-based index into the text where the problem was found. */
    public int position() {
        return position;
    }

    /** The offending token or name, or "" when there is none (end of text). */
    public String detail() {
        return detail;
    }

    private static String describe(Problem problem, int position, String detail) {
        String where = " at position " + (position + 1);
        switch (problem) {
            case EMPTY: return "the expression is empty: type a function of x and y such as x^2/20 + y^2";
            case TOO_LONG: return "the expression is longer than " + ExpressionParser.MAX_LENGTH + " characters";
            case TOO_DEEP: return "parentheses are nested more than " + ExpressionParser.MAX_DEPTH + " deep" + where;
            case UNEXPECTED_CHARACTER: return "unexpected character '" + detail + "'" + where;
            case UNKNOWN_NAME: return "unknown name '" + detail + "'" + where
                    + ": use x, y, pi, e or sin, cos, tan, exp, log, sqrt, abs, tanh";
            case BAD_NUMBER: return "malformed number '" + detail + "'" + where;
            case EXPECTED_VALUE: return (detail.isEmpty() ? "the expression ends too early" : "unexpected '" + detail + "'")
                    + where + ": a number, x, y, a function or '(' is missing";
            case MISSING_CLOSING_PARENTHESIS: return "missing ')'" + where;
            case FUNCTION_NEEDS_PARENTHESIS: return "function '" + detail + "' needs its argument in parentheses" + where;
            default: return "unexpected '" + detail + "'" + where + " after a complete expression";
        }
    }
}
