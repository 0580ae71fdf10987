package dlfs.core.io;

import java.io.IOException;

/**
 * A model or array file that cannot be saved or used: damaged, cut short, written by a newer
 * version, holding NaN weights, or not fitting the network. The message is one line that names
 * the file and the first problem found, so the app and the command line can show it as it is.
 */
public class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
