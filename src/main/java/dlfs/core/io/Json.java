package dlfs.core.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for a model file's manifest: a writer that indents for people, and a strict
 * reader (RFC 8259, nothing more) that says where the text went wrong.
 *
 * <p>Values map to Java as: object ↔ {@code Map<String, Object>} (a {@link LinkedHashMap}, so key
 * order survives a round trip), array ↔ {@code List<Object>}, string ↔ {@code String},
 * {@code true}/{@code false} ↔ {@code Boolean}, {@code null} ↔ {@code null}. A number without
 * fraction or exponent reads back as a {@code Long}, any other number as a {@code Double}; so an
 * {@code Integer} written comes back as a {@code Long}; compare numbers through {@link Number}.
 * The writer also accepts {@code int[]}, {@code long[]} and {@code double[]} (written as arrays).
 */
public final class Json {
    /** Deeper nesting than this is refused, so a hostile file cannot overflow the stack. */
    static final int MAX_DEPTH = 64;

    private Json() {
    }

    // ---------------------------------------------------------------- writing

    /**
     * The value as indented JSON text. Objects are spread over lines; arrays of plain values
     * (such as a shape) stay on one line.
     *
     * @throws IllegalArgumentException for NaN, infinities, non-string keys or unsupported types,
     *                                  naming where in the value it sits (e.g. {@code metadata.accuracy})
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(value, out, 0, "value");
        return out.append('\n').toString();
    }

    private static void writeValue(Object value, StringBuilder out, int indent, String path) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            writeString((String) value, out);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON cannot hold " + d + " (at " + path + ")");
            }
            out.append(d);
        } else if (value instanceof Map) {
            writeObject((Map<?, ?>) value, out, indent, path);
        } else if (value instanceof Collection) {
            writeArray(new ArrayList<>((Collection<?>) value), out, indent, path);
        } else if (value instanceof int[] || value instanceof long[] || value instanceof double[]) {
            writeArray(boxed(value), out, indent, path);
        } else {
            throw new IllegalArgumentException("JSON cannot hold a " + value.getClass().getSimpleName()
                    + " (at " + path + ")");
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, int indent, String path) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey()
                        + " (at " + path + ")");
            }
            String key = (String) e.getKey();
            out.append(separator);
            newLine(out, indent + 1);
            writeString(key, out);
            out.append(": ");
            writeValue(e.getValue(), out, indent + 1, path + "." + key);
            separator = ",\n";
        }
        out.append('\n');
        newLine(out, indent);
        out.append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out, int indent, String path) {
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof Collection);
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : flat ? ", " : ",");
            if (!flat) {
                out.append('\n');
                newLine(out, indent + 1);
            }
            writeValue(list.get(i), out, indent + 1, path + "[" + i + "]");
        }
        if (!flat && !list.isEmpty()) {
            out.append('\n');
            newLine(out, indent);
        }
        out.append(']');
    }

    private static List<Object> boxed(Object array) {
        List<Object> list = new ArrayList<>();
        if (array instanceof int[]) {
            for (int v : (int[]) array) {
                list.add(v);
            }
        } else if (array instanceof long[]) {
            for (long v : (long[]) array) {
                list.add(v);
            }
        } else {
            for (double v : (double[]) array) {
                list.add(v);
            }
        }
        return list;
    }

    private static void newLine(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
            }
        }
        out.append('"');
    }

    // ---------------------------------------------------------------- reading

    /**
     * Parses one JSON value (surrounded by optional white space, nothing else).
     *
     * @throws IllegalArgumentException saying what was expected and where, e.g.
     *                                  {@code JSON: expected ',' or '}' at line 3, column 14}
     */
    public static Object read(String text) {
        Reader reader = new Reader(text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (!reader.atEnd()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    /** One method per grammar rule. */
    private static final class Reader extends TextCursor {
        Reader(String text) {
            super(text);
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nesting deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= text.length()) {
                throw error("unexpected end of text, expected a value");
            }
            char ch = text.charAt(pos);
            switch (ch) {
                case '{': return object(depth);
                case '[': return array(depth);
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (ch == '-' || (ch >= '0' && ch <= '9')) {
                        return number();
                    }
                    throw error("unexpected character " + describe(ch) + ", expected a value");
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a string key");
                }
                int keyStart = pos;
                String key = string();
                if (map.containsKey(key)) {
                    pos = keyStart;
                    throw error("duplicate key \"" + key + "\"");
                }
                skipSpace();
                expect(':');
                skipSpace();
                map.put(key, value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == '}') {
                    pos++;
                    return map;
                } else {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == ']') {
                    pos++;
                    return list;
                } else {
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char ch = text.charAt(pos);
                if (ch == '"') {
                    pos++;
                    return sb.toString();
                }
                if (ch < 0x20) {
                    throw error("control character " + describe(ch) + " inside a string (escape it)");
                }
                if (ch == '\\') {
                    sb.append(escape());
                } else {
                    sb.append(ch);
                    pos++;
                }
            }
        }

        private char escape() {
            if (pos + 1 >= text.length()) {
                throw error("unterminated escape sequence");
            }
            char kind = text.charAt(pos + 1);
            pos += 2;
            switch (kind) {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    if (pos + 4 > text.length()) {
                        throw error("\\u needs four hex digits");
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(pos), 16);
                        if (digit < 0) {
                            throw error("\\u needs four hex digits");
                        }
                        code = code * 16 + digit;
                        pos++;
                    }
                    return (char) code;
                default:
                    pos -= 2;
                    throw error("unknown escape \\" + kind);
            }
        }

        /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                digits();
            } else {
                throw error("expected a digit");
            }
            boolean integral = true;
            if (peek() == '.') {
                integral = false;
                pos++;
                if (!isDigit(peek())) {
                    throw error("expected a digit after '.'");
                }
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                integral = false;
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw error("expected a digit in the exponent");
                }
                digits();
            }
            String literal = text.substring(start, pos);
            if (integral) {
                try {
                    return Long.parseLong(literal);
                } catch (NumberFormatException tooLong) {
                    // beyond the long range: kept as a double below
                }
            }
            double d = Double.parseDouble(literal);
            if (Double.isInfinite(d)) {
                pos = start;
                throw error("number " + literal + " is out of range");
            }
            return d;
        }

        private void digits() {
            while (isDigit(peek())) {
                pos++;
            }
        }

        private static boolean isDigit(int ch) {
            return ch >= '0' && ch <= '9';
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("unexpected word, expected a value");
            }
            pos += word.length();
            return value;
        }

        @Override
        protected IllegalArgumentException error(String message) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String where = pos >= text.length() ? "at the end (line " + line + ", column " + column + ")"
                    : "at line " + line + ", column " + column;
            return new IllegalArgumentException("JSON: " + message + " " + where);
        }

        private static String describe(char ch) {
            return ch >= 0x20 && ch < 0x7f ? "'" + ch + "'" : String.format("U+%04X", (int) ch);
        }
    }
}
