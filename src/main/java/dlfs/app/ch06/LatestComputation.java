package dlfs.app.ch06;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs a short computation (tens of milliseconds, too long for the FX thread, too short to queue
 * behind a training job in the shared service) on a background thread, and hands only the result of
 * the latest request to the FX thread: moving a control quickly never shows a stale picture.
 * Tests use {@link #sameThread()}, which runs and delivers at once.
 */
final class LatestComputation {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dlfs-ch06-preview");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private final Executor background;
    private final Executor foreground;
    private final AtomicLong latest = new AtomicLong();

    private LatestComputation(Executor background, Executor foreground) {
        this.background = background;
        this.foreground = foreground;
    }

    /** Computes on a daemon thread and delivers on the FX thread. */
    static LatestComputation inBackground() {
        return new LatestComputation(WORKER, Platform::runLater);
    }

    static LatestComputation sameThread() {
        return new LatestComputation(Runnable::run, Runnable::run);
    }

    /**
     * Computes {@code work} on the calling thread and delivers at once: for the first picture of a
     * panel, so it never opens blank (only when the work is known to be short).
     */
    <T> void runNow(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        latest.incrementAndGet();
        try {
            done.accept(work.get());
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    /** Computes {@code work} and passes its result to {@code done} unless a newer request came meanwhile. */
    <T> void submit(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        long ticket = latest.incrementAndGet();
        background.execute(() -> {
            if (latest.get() != ticket) {
                return;
            }
            try {
                T result = work.get();
                foreground.execute(() -> {
                    if (latest.get() == ticket) {
                        done.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                foreground.execute(() -> failed.accept(e));
            }
        });
    }
}
