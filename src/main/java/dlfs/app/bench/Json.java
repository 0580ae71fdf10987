package dlfs.app.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the benchmark's results (maps, lists, strings, numbers, booleans) as indented JSON. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            writeAll(out, map.entrySet().iterator(), indent, '{', '}', (entry, inner) -> {
                out.append(quote(String.valueOf(entry.getKey()))).append(": ");
                write(out, entry.getValue(), inner);
            });
        } else if (value instanceof List<?> list) {
            writeAll(out, list.iterator(), indent, '[', ']', (item, inner) -> write(out, item, inner));
        } else if (value instanceof Double d) {
            out.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(quote(value.toString()));
        }
    }

    private interface ItemWriter<T> {
        void write(T item, String indent);
    }

    private static <T> void writeAll(StringBuilder out, Iterator<T> items, String indent, char open, char close,
                                     ItemWriter<T> writer) {
        out.append(open);
        String inner = indent + "  ";
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "\n" : ",\n").append(inner);
            writer.write(items.next(), inner);
            first = false;
        }
        out.append(first ? "" : "\n" + indent).append(close);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
