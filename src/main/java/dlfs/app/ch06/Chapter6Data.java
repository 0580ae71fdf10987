package dlfs.app.ch06;

import dlfs.core.data.DatasetLocator;
import dlfs.core.data.TrainTest;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MNIST for the chapter's training panels: full MNIST when it is installed, otherwise the bundled
 * mini set, or the folder chosen with File ▸ Open data set folder. Loaded once per folder, on a
 * worker thread (never on the FX thread), then shared.
 */
final class Chapter6Data {
    private static final AtomicBoolean PRELOADING = new AtomicBoolean();
    private static TrainTest cached;
    /** The folder chosen with File ▸ Open data set folder when {@link #cached} was read. */
    private static Path cachedFor;

    private Chapter6Data() {
    }

    /** Starts loading on a daemon thread, so the data is usually there before a panel needs it. */
    static void preload() {
        if (!PRELOADING.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                // the panel that needs the data loads it again and reports the problem then
            }
        }, "dlfs-ch06-data");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    static synchronized boolean isLoaded() {
        return cached != null && Objects.equals(cachedFor, DatasetLocator.preferredFolder());
    }

    static synchronized TrainTest load() {
        Path chosen = DatasetLocator.preferredFolder();
        if (!isLoaded()) {
            cached = DatasetLocator.standard(null).locateDefault().load();
            cachedFor = chosen;
        }
        return cached;
    }
}
