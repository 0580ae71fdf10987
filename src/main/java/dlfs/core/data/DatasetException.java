package dlfs.core.data;

/**
 * A data file that cannot be used: missing, damaged, or not what its name promises. The message
 * is one line that starts with the file's name and says what is wrong, so the command line and the
 * app can show it as it is.
 *
 * <p>Unchecked, because a caller can do nothing better than report it; loading code need not
 * declare it at every level.
 */
public class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{@code file}: {@code problem}", the one shape every data error has. */
    public static DatasetException of(String file, String problem) {
        return new DatasetException(file + ": " + problem);
    }
}
