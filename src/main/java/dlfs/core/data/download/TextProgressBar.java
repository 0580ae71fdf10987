package dlfs.core.data.download;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar for a terminal, redrawn in place with a carriage return:
 * {@code train-images-idx3-ubyte.gz [##########..........]  50%   4.7/9.5 MiB}.
 * It redraws only when the shown value changes, so a fast download does not flood the terminal.
 */
public final class TextProgressBar implements DownloadProgress {
    private static final int WIDTH = 30;
    private static final double MIB = 1024.0 * 1024.0;

    private final PrintWriter out;
    private String file = "";
    private long total = -1;
    private String shown = "";

    public TextProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(String file, long total, long resume) {
        this.file = file;
        this.total = total;
        this.shown = "";
        advanced(resume);
    }

    @Override
    public void advanced(long done) {
        String line = line(done);
        if (!line.equals(shown)) {
            shown = line;
            out.print("\r" + line);
            out.flush();
        }
    }

    @Override
    public void finished() {
        if (!shown.isEmpty()) {
            out.println();
            out.flush();
            shown = "";
        }
    }

    @Override
    public void note(String message) {
        finished();
        out.println(message);
        out.flush();
    }

    /** The bar for {@code done} bytes; without a known total only the amount is shown. */
    String line(long done) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s %.1f MiB", file, done / MIB);
        }
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %5.1f/%.1f MiB", file, "#".repeat(filled),
                ".".repeat(WIDTH - filled), 100 * Math.min(done, total) / total, done / MIB, total / MIB);
    }
}
