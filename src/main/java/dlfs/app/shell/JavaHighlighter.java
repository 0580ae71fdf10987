package dlfs.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Java source lines into coloured tokens: keywords, comments (block comments may span
 * lines), string and character literals, numbers, annotations and plain text. Enough for reading,
 * not a parser.
 */
public final class JavaHighlighter {
    public enum Kind { PLAIN, KEYWORD, COMMENT, STRING, NUMBER, ANNOTATION }

    public record Token(String text, Kind kind) {
    }

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record", "true", "false",
            "null", "yield", "sealed", "permits");

    private JavaHighlighter() {
    }

    /** Tokens of every line; joining a line's token texts gives the line back. */
    public static List<List<Token>> highlight(List<String> lines) {
        List<List<Token>> result = new ArrayList<>(lines.size());
        boolean inBlockComment = false;
        for (String line : lines) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = line.length();
            while (i < n) {
                int start = i;
                char c = line.charAt(i);
                if (inBlockComment) {
                    int end = line.indexOf("*/", i);
                    i = end < 0 ? n : end + 2;
                    inBlockComment = end < 0;
                    tokens.add(new Token(line.substring(start, i), Kind.COMMENT));
                } else if (line.startsWith("//", i)) {
                    tokens.add(new Token(line.substring(i), Kind.COMMENT));
                    i = n;
                } else if (line.startsWith("/*", i)) {
                    inBlockComment = true;
                    i += 2;
                    tokens.add(new Token(line.substring(start, i), Kind.COMMENT));
                } else if (c == '"' || c == '\'') {
                    i = endOfLiteral(line, i, c);
                    tokens.add(new Token(line.substring(start, i), Kind.STRING));
                } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(line.charAt(i + 1))) {
                    i = endOfWord(line, i + 1);
                    tokens.add(new Token(line.substring(start, i), Kind.ANNOTATION));
                } else if (Character.isJavaIdentifierStart(c)) {
                    i = endOfWord(line, i);
                    String word = line.substring(start, i);
                    tokens.add(new Token(word, KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.PLAIN));
                } else if (Character.isDigit(c)) {
                    while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '.'
                            || line.charAt(i) == '_')) {
                        i++;
                    }
                    tokens.add(new Token(line.substring(start, i), Kind.NUMBER));
                } else {
                    i++;
                    while (i < n && isPlainPunctuation(line, i)) {
                        i++;
                    }
                    tokens.add(new Token(line.substring(start, i), Kind.PLAIN));
                }
            }
            result.add(tokens);
        }
        return result;
    }

    private static boolean isPlainPunctuation(String line, int i) {
        char c = line.charAt(i);
        return !Character.isJavaIdentifierStart(c) && !Character.isDigit(c) && c != '"' && c != '\'' && c != '@'
                && !line.startsWith("//", i) && !line.startsWith("/*", i);
    }

    private static int endOfWord(String line, int i) {
        while (i < line.length() && Character.isJavaIdentifierPart(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfLiteral(String line, int i, char quote) {
        i++;
        while (i < line.length() && line.charAt(i) != quote) {
            i += line.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(line.length(), i + 1);
    }
}
