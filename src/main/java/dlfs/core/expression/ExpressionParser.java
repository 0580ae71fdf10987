package dlfs.core.expression;

import dlfs.core.expression.Expression.Axis;
import dlfs.core.expression.Expression.Binary;
import dlfs.core.expression.Expression.Call;
import dlfs.core.expression.Expression.Constant;
import dlfs.core.expression.Expression.Function;
import dlfs.core.expression.Expression.Negation;
import dlfs.core.expression.Expression.Operator;
import dlfs.core.expression.Expression.Variable;
import dlfs.core.expression.ExpressionException.Problem;
import java.util.Locale;

/**
 * Reads a function of x and y by recursive descent, one method per grammar rule, lowest
 * precedence first:
 * <pre>
 *   sum     := product (("+" | "-") product)*
 *   product := signed (("*" | "/") signed | power)*      a power right after a factor multiplies: 2x, 3 sin(y)
 *   signed  := ("-" | "+") signed | power                -x^2 is −(x²)
 *   power   := primary ("²" | "³" | "^" signed)?         right-associative: 2^3^2 = 2^9
 *   primary := number | x | y | pi | e | function "(" sum ")" | "(" sum ")"
 * </pre>
 * Functions: sin, cos, tan, exp, log (natural), sqrt, abs, tanh. Also accepted: "**" for "^", the
 * signs −, ×, ·, ÷ and π. Nothing is ever executed; the text only becomes a tree of
 * {@link Expression} nodes, and it is limited in length and nesting so no input can exhaust the stack.
 */
public final class ExpressionParser {
    /** Longest text accepted. */
    public static final int MAX_LENGTH = 500;
    /** Deepest nesting of parentheses, signs and exponents accepted. */
    public static final int MAX_DEPTH = 60;

    private final String text;
    private int position;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** The tree of {@code text}, or an {@link ExpressionException} saying what is wrong and where. */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(Problem.EMPTY, 0, "");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(Problem.TOO_LONG, MAX_LENGTH, "");
        }
        ExpressionParser parser = new ExpressionParser(text);
        Expression result = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new ExpressionException(Problem.UNEXPECTED_TEXT, parser.position, parser.currentToken());
        }
        return result;
    }

    private Expression sum() {
        Expression result = product();
        while (true) {
            skipSpaces();
            if (take('+')) {
                result = new Binary(Operator.ADD, result, product());
            } else if (take('-') || take('−')) {
                result = new Binary(Operator.SUBTRACT, result, product());
            } else {
                return result;
            }
        }
    }

    private Expression product() {
        Expression result = signed();
        while (true) {
            skipSpaces();
            if (peek() == '*' && peekAt(1) != '*' || peek() == '×' || peek() == '·') {
                position++;
                result = new Binary(Operator.MULTIPLY, result, signed());
            } else if (take('/') || take('÷')) {
                result = new Binary(Operator.DIVIDE, result, signed());
            } else if (startsPrimary(peek())) {
                result = new Binary(Operator.MULTIPLY, result, power());
            } else {
                return result;
            }
        }
    }

    private Expression signed() {
        skipSpaces();
        if (take('-') || take('−')) {
            enter();
            Expression operand = signed();
            depth--;
            return new Negation(operand);
        }
        if (take('+')) {
            enter();
            Expression operand = signed();
            depth--;
            return operand;
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        skipSpaces();
        if (take('²')) {
            return new Binary(Operator.POWER, base, new Constant(2));
        }
        if (take('³')) {
            return new Binary(Operator.POWER, base, new Constant(3));
        }
        if (takePowerSign()) {
            enter();
            Expression exponent = signed();
            depth--;
            return new Binary(Operator.POWER, base, exponent);
        }
        return base;
    }

    /** "^" or Python's "**". */
    private boolean takePowerSign() {
        if (peek() == '*' && peekAt(1) == '*') {
            position += 2;
            return true;
        }
        return take('^');
    }

    private Expression primary() {
        skipSpaces();
        char c = peek();
        if (c == '(') {
            return parenthesised();
        }
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            return name();
        }
        throw new ExpressionException(Problem.EXPECTED_VALUE, position, atEnd() ? "" : currentToken());
    }

    private Expression parenthesised() {
        position++;
        enter();
        Expression inside = sum();
        depth--;
        skipSpaces();
        if (!take(')')) {
            throw new ExpressionException(Problem.MISSING_CLOSING_PARENTHESIS, position, atEnd() ? "" : currentToken());
        }
        return inside;
    }

    private Expression number() {
        int start = position;
        while (isDigit(peek()) || peek() == '.') {
            position++;
        }
        if ((peek() == 'e' || peek() == 'E') && startsExponent()) {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        String digits = text.substring(start, position);
        if (peek() != '.' && digits.indexOf('.') == digits.lastIndexOf('.') && !digits.equals(".")) {
            return new Constant(Double.parseDouble(digits));
        }
        int end = position;
        while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        throw new ExpressionException(Problem.BAD_NUMBER, start, text.substring(start, end));
    }

    /** "1e-3" is a number; "2e" and "2exp(x)" are 2·e and 2·exp(x). */
    private boolean startsExponent() {
        char next = peekAt(1);
        return isDigit(next) || (next == '+' || next == '-') && isDigit(peekAt(2));
    }

    private Expression name() {
        int start = position;
        while (Character.isLetterOrDigit(peek()) || peek() == '_') {
            position++;
        }
        String name = text.substring(start, position);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "x": return new Variable(Axis.X);
            case "y": return new Variable(Axis.Y);
            case "pi":
            case "π": return new Constant(Math.PI);
            case "e": return new Constant(Math.E);
            default: break;
        }
        for (Function f : Function.values()) {
            if (f.spelling().equalsIgnoreCase(name)) {
                skipSpaces();
                if (peek() != '(') {
                    throw new ExpressionException(Problem.FUNCTION_NEEDS_PARENTHESIS, position, name);
                }
                return new Call(f, parenthesised());
            }
        }
        throw new ExpressionException(Problem.UNKNOWN_NAME, start, name);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(Problem.TOO_DEEP, position, "");
        }
    }

    /** ASCII digits only: other scripts' digits are not numbers here. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsPrimary(char c) {
        return c == '(' || c == '.' || Character.isLetterOrDigit(c);
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        if (!atEnd() && !known(text.charAt(position))) {
            throw new ExpressionException(Problem.UNEXPECTED_CHARACTER, position, currentToken());
        }
    }

    private static boolean known(char c) {
        return Character.isLetterOrDigit(c) || "+-−*×·/÷^²³().".indexOf(c) >= 0 || c == '_';
    }

    private boolean take(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekAt(int offset) {
        int at = position + offset;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private String currentToken() {
        return text.substring(position, text.offsetByCodePoints(position, 1));
    }
}
