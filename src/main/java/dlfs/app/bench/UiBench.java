package dlfs.app.bench;

import dlfs.app.Studio;
import dlfs.app.ch07.SimpleConvNetTrainingPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.Page;
import dlfs.app.playground.PlaygroundPage;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.core.parallel.Parallel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javax.imageio.ImageIO;

/**
 * The app's benchmark mode ({@code --bench-ui OUT.json}): measures what a user feels, in the real
 * app, then exits.
 *
 * <ol>
 *   <li><b>Cold start</b>: from the JVM's start ({@code RuntimeMXBean.getStartTime()}) to the first
 *       display pulse after the window was shown (and, for the split, to {@code stage.show()}).</li>
 *   <li><b>Frame rate while training</b>: opens the SimpleConvNet training panel (7.5), counts the
 *       pulses for {@value #IDLE_SECONDS} s without training (the same panel's idle rate), presses Train
 *       (the real training service, full speed), waits {@value #WARM_UP_SECONDS} s, then counts the
 *       display pulses with an {@link AnimationTimer} for the chosen number of seconds. A run that
 *       ends is started again, so a soak run trains the whole time. With a heap interval, a thread
 *       samples the heap in use after a full GC.</li>
 *   <li><b>Drawing-pad latency</b>: stops training, opens the playground and draws with synthetic
 *       mouse events for each model ({@link PadLatencyRun}).</li>
 * </ol>
 * Writes the JSON file, a picture of the playground beside it ({@code OUT.png}) and prints one summary line.
 */
public final class UiBench {
    static final int WARM_UP_SECONDS = 3;
    /** A panel whose training has not started after this long (no Train button, no data) ends the bench. */
    static final int START_TIMEOUT_SECONDS = 60;
    /** An interval this long means at least one frame was missed at 60 Hz. */
    static final double MISSED_FRAME_MILLIS = 25;
    /** The heap's floor is reported per window of this length. */
    static final double FLOOR_WINDOW_SECONDS = 300;
    /** An interval this long is a stall a user sees as a stutter. */
    static final double STALL_MILLIS = 50;

    /** How long the panel is watched before training starts: the frame rate of the same panel, idle. */
    static final int IDLE_SECONDS = 5;
    /** Pulses after opening the panel that are not counted (its first layout and paint). */
    static final int SETTLE_PULSES = 30;

    private enum Phase { STARTING, IDLE, WARMING_UP, MEASURING, PAD, DONE }

    private final Studio studio;
    private final Scene scene;
    private final BenchOptions options;
    private final FrameStats idleFrames = new FrameStats();
    private final FrameStats frames = new FrameStats();
    private final UiCpu uiCpu = new UiCpu();
    private final HeapTrend heap = new HeapTrend();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private Phase phase = Phase.STARTING;
    private long phaseStart;
    private JobHandle followed;
    private long finishedIterations;
    private long iterationsAtStart;
    private long cpuAtStart;
    private int runsStarted;
    private boolean trainPressed;
    private int settled;
    private long lastPulse;
    private double lastFxMillis;
    private int stalls;
    private int stallsBusyOnFx;
    private Thread heapSampler;
    private IntConsumer done;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };

    /** Call right after {@code stage.show()}: the time since the JVM started is taken here, too. */
    public UiBench(Studio studio, Scene scene, BenchOptions options) {
        this.studio = studio;
        this.scene = scene;
        this.options = options;
        results.put("jvmStartToShowMillis", sinceJvmStart());
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Call on the FX thread right after {@code stage.show()}; {@code done} gets the exit status. */
    public void run(IntConsumer whenDone) {
        this.done = whenDone;
        pulse.start();
    }

    private void onPulse(long now) {
        switch (phase) {
            case STARTING -> {
                results.put("coldStartMillis", sinceJvmStart());
                results.put("pipeline", pipeline());
                results.put("cores", Runtime.getRuntime().availableProcessors());
                results.put("computeThreads", Parallel.threads());
                results.put("loadAverageAtStart", loadAverage());
                open(Chapter.CH07, SimpleConvNetTrainingPage.ID);
                enter(Phase.IDLE, now);
            }
            case IDLE -> {
                if (++settled <= SETTLE_PULSES) {
                    phaseStart = now;
                    uiCpu.start();
                    return;
                }
                idleFrames.add(now);
                if (now - phaseStart >= TimeUnit.SECONDS.toNanos(IDLE_SECONDS)) {
                    results.put("idle", frameResults(idleFrames, (now - phaseStart) / 1e9));
                    startTrainingWhenIdle();
                    enter(Phase.WARMING_UP, now);
                }
            }
            case WARMING_UP -> {
                startTrainingWhenIdle();
                if (!running() && now - phaseStart > TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS)) {
                    results.put("error", "training did not start within " + START_TIMEOUT_SECONDS + " s");
                    finish(1);
                } else if (running() && now - phaseStart > TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS)) {
                    iterationsAtStart = trainedIterations();
                    cpuAtStart = processCpuNanos();
                    uiCpu.start();
                    startHeapSampler();
                    enter(Phase.MEASURING, now);
                    frames.add(now);
                }
            }
            case MEASURING -> {
                frames.add(now);
                classifyStall(now);
                startTrainingWhenIdle();
                if (now - phaseStart >= TimeUnit.SECONDS.toNanos(options.seconds())) {
                    finishTraining(now);
                    enter(Phase.PAD, now);
                    startPad();
                }
            }
            case PAD, DONE -> {
            }
        }
    }

    /**
     * A stall either comes from work on the FX thread (it used the CPU for most of the interval) or
     * from the FX thread waiting for a core (the machine or the training kept it from running).
     */
    private void classifyStall(long now) {
        double fx = uiCpu.fxMillis();
        double interval = (now - lastPulse) / 1e6;
        if (lastPulse != 0 && interval > STALL_MILLIS) {
            stalls++;
            if (fx - lastFxMillis > interval / 2) {
                stallsBusyOnFx++;
            }
        }
        lastPulse = now;
        lastFxMillis = fx;
    }

    private void enter(Phase next, long now) {
        phase = next;
        phaseStart = now;
    }

    private void open(Chapter chapter, String id) {
        Page page = page(chapter, id);
        studio.model().open(page);
    }

    private Page page(Chapter chapter, String id) {
        return studio.model().pages().stream().filter(p -> p.chapter() == chapter && p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no page " + chapter.id() + "." + id));
    }

    /**
     * Presses Train whenever the panel is idle (at the start, and after each run during a soak); a
     * press counts once its job runs (the panel loads the data set first).
     */
    private void startTrainingWhenIdle() {
        trainedIterations();
        if (trainPressed) {
            return;
        }
        if (scene.lookup("#simple-train") instanceof Button train && !train.isDisabled() && !running()) {
            train.fire();
            trainPressed = true;
        }
    }

    private boolean running() {
        JobHandle job = studio.service().getCurrentJob();
        return job != null && job.getState() == JobState.RUNNING;
    }

    /** Iterations trained so far over every run this benchmark started. */
    private long trainedIterations() {
        JobHandle job = studio.service().getCurrentJob();
        if (job != followed && job != null && job.getState() == JobState.RUNNING) {
            finishedIterations += iterationOf(followed);
            followed = job;
            runsStarted++;
            trainPressed = false;
        }
        return finishedIterations + iterationOf(followed);
    }

    private static long iterationOf(JobHandle job) {
        JobProgress progress = job == null ? null : job.progressProperty().get();
        return progress == null ? 0 : progress.iteration();
    }

    private void finishTraining(long now) {
        long iterations = trainedIterations() - iterationsAtStart;
        double seconds = (now - phaseStart) / 1e9;
        if (heapSampler != null) {
            heapSampler.interrupt();
        }
        if (scene.lookup("#simple-stop") instanceof Button stop) {
            stop.fire();
        }
        Map<String, Object> training = frameResults(frames, seconds);
        training.put("stallsOver50Millis", stalls);
        training.put("stallsWithTheFxThreadBusy", stallsBusyOnFx);
        training.put("iterationsTrained", iterations);
        training.put("millisPerIteration", iterations == 0 ? Double.NaN : seconds * 1000 / iterations);
        training.put("runsStarted", runsStarted);
        training.put("processCpuSecondsPerSecond", (processCpuNanos() - cpuAtStart) / 1e9 / seconds);
        results.put("training", training);
        if (options.heapEverySeconds() > 0) {
            results.put("heap", heapResults());
        }
    }

    /** Frame rate and intervals of a window, with the CPU the FX and render threads used in it. */
    private Map<String, Object> frameResults(FrameStats stats, double seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds", seconds);
        out.put("framesPerSecond", stats.framesPerSecond());
        out.put("pulses", stats.pulses());
        out.put("frameIntervalP50Millis", stats.intervalPercentile(50));
        out.put("frameIntervalP95Millis", stats.intervalPercentile(95));
        out.put("frameIntervalP99Millis", stats.intervalPercentile(99));
        out.put("frameIntervalMaxMillis", stats.intervalPercentile(100));
        out.put("intervalsOver25Millis", stats.intervalsLongerThan(MISSED_FRAME_MILLIS));
        out.put("fxThreadCpuMillisPerFrame", uiCpu.fxMillis() / Math.max(1, stats.pulses()));
        out.put("renderThreadCpuMillisPerFrame", uiCpu.renderMillis() / Math.max(1, stats.pulses()));
        return out;
    }

    private void startHeapSampler() {
        if (options.heapEverySeconds() == 0) {
            return;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        heapSampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    memory.gc();
                    heap.add((System.nanoTime() - start) / 1e9, memory.getHeapMemoryUsage().getUsed());
                    Thread.sleep(TimeUnit.SECONDS.toMillis(options.heapEverySeconds()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dlfs-bench-heap");
        heapSampler.setDaemon(true);
        heapSampler.start();
    }

    private Map<String, Object> heapResults() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("everySeconds", options.heapEverySeconds());
        out.put("samples", heap.samples().size());
        out.put("firstMiB", mib(heap.first()));
        out.put("lastMiB", mib(heap.last()));
        out.put("maxMiB", mib(heap.max()));
        out.put("slopeMiBPerMinute", heap.slopeBytesPerMinute() / (1 << 20));
        out.put("floorPerFiveMinutesMiB", heap.windowMinima(FLOOR_WINDOW_SECONDS).stream()
                .map(s -> List.of(Math.round(s.seconds()), mib(s.usedBytes()))).toList());
        out.put("series", heap.samples().stream()
                .map(s -> List.of(Math.round(s.seconds()), mib(s.usedBytes()))).toList());
        return out;
    }

    private static double mib(long bytes) {
        return bytes / (double) (1 << 20);
    }

    private void startPad() {
        PlaygroundPage playground = (PlaygroundPage) page(Chapter.PLAYGROUND, PlaygroundPage.ID);
        studio.model().open(playground);
        new PadLatencyRun(scene, playground.model()).run(pad -> {
            results.put("pad", pad);
            finish(0);
        });
    }

    private void finish(int outcome) {
        phase = Phase.DONE;
        pulse.stop();
        results.put("loadAverageAtEnd", loadAverage());
        int status = outcome;
        try {
            Files.writeString(options.output(), Json.write(results));
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", picture().toFile());
        } catch (IOException e) {
            System.err.println("dlfs-studio: cannot write " + options.output() + ": " + e.getMessage());
            status = 1;
        }
        System.out.println(summary());
        done.accept(status);
    }

    /** {@code OUT.png} beside {@code OUT.json}: the playground as the last model left it, latency read-out included. */
    private Path picture() {
        String name = options.output().getFileName().toString().replaceFirst("\\.json$", "");
        return options.output().resolveSibling(name + ".png");
    }

    @SuppressWarnings("unchecked")
    private String summary() {
        Map<String, Object> training = (Map<String, Object>) results.get("training");
        if (training == null) {
            return "bench-ui failed: " + results.get("error");
        }
        Map<String, Object> idle = (Map<String, Object>) results.get("idle");
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "bench-ui cold_start_ms=%s idle_fps=%.1f fps=%.1f frame_p50_ms=%.1f frame_p95_ms=%.1f frame_max_ms=%.1f ms_per_iter=%.1f",
                results.get("coldStartMillis"), idle.get("framesPerSecond"), training.get("framesPerSecond"), training.get("frameIntervalP50Millis"),
                training.get("frameIntervalP95Millis"), training.get("frameIntervalMaxMillis"),
                training.get("millisPerIteration")));
        if (results.get("heap") instanceof Map<?, ?> heapOut) {
            line.append(String.format(Locale.ROOT, " heap_first_mib=%.1f heap_last_mib=%.1f heap_max_mib=%.1f"
                    + " heap_slope_mib_per_min=%.3f", heapOut.get("firstMiB"), heapOut.get("lastMiB"),
                    heapOut.get("maxMiB"), heapOut.get("slopeMiBPerMinute")));
        }
        if (results.get("pad") instanceof Map<?, ?> pad) {
            pad.forEach((model, numbers) -> {
                if (numbers instanceof Map<?, ?> m && m.get("framePercentiles") instanceof List<?> frame
                        && m.get("scenePercentiles") instanceof List<?> inScene) {
                    line.append(' ').append(model).append("_pad_scene_p50/p95_ms=").append(inScene.get(0)).append('/')
                            .append(inScene.get(1)).append(' ').append(model).append("_pad_frame_p50/p95_ms=")
                            .append(frame.get(0)).append('/').append(frame.get(1));
                }
            });
        }
        return line.toString();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The Prism pipeline that renders (es2 = OpenGL, sw = software), read from JavaFX's internals when they are reachable. */
    private static String pipeline() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return pipeline == null ? "none" : pipeline.getClass().getName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }
}
