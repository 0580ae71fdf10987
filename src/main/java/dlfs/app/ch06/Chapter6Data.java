package dlfs.app.ch06;

import dlfs.core.data.DatasetLocator;
import dlfs.core.data.TrainTest;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MNIST for the chapter's training panels: full MNIST when it is installed, otherwise the bundled
 * mini set. Loaded once, on the first job's worker thread (never on the FX thread), then shared.
 */
final class Chapter6Data {
    private static final AtomicBoolean PRELOADING = new AtomicBoolean();
    private static TrainTest cached;

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
        return cached != null;
    }

    static synchronized TrainTest load() {
        if (cached == null) {
            cached = DatasetLocator.standard(null).locateDefault().load();
        }
        return cached;
    }
}
