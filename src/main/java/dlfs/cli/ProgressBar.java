package dlfs.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line text progress bar on stderr, redrawn at most ten times a second so it costs
 * nothing next to the work it reports. When the output is not a terminal (a log file, CI), carriage
 * returns would pile up into one huge line, so it prints a plain progress line every 15 s instead.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LOG_LINE_NANOS = 15_000_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private final boolean terminal;
    private boolean drawn;

    ProgressBar(PrintStream out, String label, long total) {
        this(out, label, total, System.console() != null);
    }

    ProgressBar(PrintStream out, String label, long total, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = terminal;
        this.lastDraw = terminal ? 0 : startNanos;
    }

    /** Redraws when enough time has passed; {@code suffix} is appended (e.g. "loss 0.31"). */
    void update(long done, String suffix) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < (terminal ? REDRAW_NANOS : LOG_LINE_NANOS)) {
            return;
        }
        lastDraw = now;
        double fraction = Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (now - startNanos) / 1e9;
        double eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0;
        String line = String.format(Locale.ROOT, "%s [%s%s] %3.0f%% %d/%d %s ETA %s",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * fraction, done, total,
                suffix, formatSeconds(eta));
        if (terminal) {
            out.print("\r" + line + " ");
            drawn = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the line so later output starts clean. */
    void finish() {
        if (drawn) {
            out.println();
        }
    }

    static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
