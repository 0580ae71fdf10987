package dlfs.app.widgets;

import java.io.IOException;
import java.nio.file.Path;

/** A plot that can be saved as a picture (PNG, SVG) and as its numbers (CSV). */
public interface Exportable {
    void writePng(Path file) throws IOException;

    void writeSvg(Path file) throws IOException;

    void writeCsv(Path file) throws IOException;
}
