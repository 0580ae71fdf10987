package dlfs.app.ch07;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Short loads that must not block the window (a data set, a bundled model, about 0.1 s each): they
 * run on one low-priority daemon thread, and their result comes back on the FX thread. Training and
 * evaluation go through the training service instead, where they can be paused and cancelled.
 */
public final class BackgroundTasks {
    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dlfs-loader");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private BackgroundTasks() {
    }

    /** Runs {@code work} off the FX thread, then {@code onSuccess} or {@code onFailure} on it. */
    public static <T> void load(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        LOADER.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
