package dlfs.app.page;

import java.io.IOException;
import java.nio.file.Path;

/** A page that holds a trained model offers this, which enables File ▸ Open model / Save model. */
public interface ModelFiles {
    void open(Path file) throws IOException;

    void save(Path file) throws IOException;

    /**
     * True while the page holds a model trained since it was last opened or saved; closing the
     * window then offers to save it.
     */
    default boolean hasUnsavedModel() {
        return false;
    }
}
