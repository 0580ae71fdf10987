package dlfs.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the two threads that make a frame: the FX application thread (events, animation,
 * CSS, layout) and JavaFX's render thread ({@code QuantumRenderer}, which paints the frame; with
 * the software pipeline this is where the pixels are computed). Call {@link #start} on the FX thread.
 */
final class UiCpu {
    private static final String RENDER_THREAD = "QuantumRenderer";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long fxThread = -1;
    private long renderThread = -1;
    private long fxAtStart;
    private long renderAtStart;

    /** Starts a window: remembers both threads' CPU time so far. */
    void start() {
        fxThread = Thread.currentThread().getId();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(RENDER_THREAD)) {
                renderThread = info.getThreadId();
            }
        }
        fxAtStart = cpu(fxThread);
        renderAtStart = cpu(renderThread);
    }

    /** CPU milliseconds of the FX thread since {@link #start}. */
    double fxMillis() {
        return (cpu(fxThread) - fxAtStart) / 1e6;
    }

    /** CPU milliseconds of the render thread since {@link #start}; 0 when it was not found. */
    double renderMillis() {
        return (cpu(renderThread) - renderAtStart) / 1e6;
    }

    private long cpu(long id) {
        return id < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(id));
    }
}
