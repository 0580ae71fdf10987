package dlfs.app.ch06;

import dlfs.core.data.DatasetLocator;
import dlfs.core.data.TrainTest;

/**
 * MNIST for the chapter's training panels: full MNIST when it is installed, otherwise the bundled
 * mini set. Loaded once, on the first job's worker thread (never on the FX thread), then shared.
 */
final class Chapter6Data {
    private static TrainTest cached;

    private Chapter6Data() {
    }

    static synchronized TrainTest load() {
        if (cached == null) {
            cached = DatasetLocator.standard(null).locateDefault().load();
        }
        return cached;
    }

    /** The data set's name and sizes, once loaded; null before. */
    static synchronized String describe() {
        return cached == null ? null
                : cached.train().name() + " (" + cached.train().size() + " / " + cached.test().size() + ")";
    }
}
