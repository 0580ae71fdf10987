package dlfs.core.io;

/**
 * A position in a text being parsed, with the few moves every small parser here needs. The JSON
 * reader and the {@code .npy} header parser build on it; each says in {@link #error} how it
 * reports a position to people.
 */
abstract class TextCursor {
    protected final String text;
    protected int pos;

    TextCursor(String text) {
        this.text = text;
    }

    /** The next character, or -1 at the end. */
    protected int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    protected boolean atEnd() {
        return pos >= text.length();
    }

    protected void expect(char ch) {
        if (peek() != ch) {
            throw error("expected '" + ch + "'");
        }
        pos++;
    }

    /** Skips blanks, tabs and line ends. */
    protected void skipSpace() {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r') {
            pos++;
        }
    }

    /** An exception for a problem at the current position; the message says where. */
    protected abstract IllegalArgumentException error(String message);
}
