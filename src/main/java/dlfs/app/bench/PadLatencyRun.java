package dlfs.app.bench;

import dlfs.app.playground.DigitModel;
import dlfs.app.playground.LatencyMeter;
import dlfs.app.playground.PlaygroundViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Draws on the playground's pad with synthetic mouse events, one model after the other, and reads
 * the playground's own latency meters: event → answer in the scene, event → end of the layout pass of
 * the pulse that paints it, and the work of one reading (each as p50, p95, max). Events are posted to the FX thread every
 * {@value #EVENT_MILLIS} ms (a 125 Hz mouse) from another thread, so they arrive between pulses as
 * real input does; each stroke is an ellipse of {@value #POINTS_PER_STROKE} points, then the pad is
 * cleared. The first {@value #WARM_UP_SECONDS} s per model are not counted (the JIT compiles the
 * forward pass).
 */
final class PadLatencyRun {
    static final int EVENT_MILLIS = 8;
    static final int POINTS_PER_STROKE = 60;
    static final double WARM_UP_SECONDS = 1.5;
    static final double MEASURE_SECONDS = 5;
    /** A model that is not ready after this long (file missing, still loading) is reported as skipped. */
    static final double READY_TIMEOUT_SECONDS = 30;

    private final Scene scene;
    private final PlaygroundViewModel model;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<DigitModel> queue;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dlfs-bench-pad");
        thread.setDaemon(true);
        return thread;
    });
    private Consumer<Map<String, Object>> done;
    private DigitModel current;
    private long currentSince;
    private boolean measuring;
    private int point;

    PadLatencyRun(Scene scene, PlaygroundViewModel model) {
        this.scene = scene;
        this.model = model;
        this.queue = new ArrayList<>(model.models().stream().filter(m -> m.kind() != null).toList());
    }

    /** Starts on the FX thread; {@code whenDone} receives one entry per model. */
    void run(Consumer<Map<String, Object>> whenDone) {
        this.done = whenDone;
        ticker.scheduleAtFixedRate(() -> Platform.runLater(this::tick), EVENT_MILLIS, EVENT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (done == null) {
            return;
        }
        long now = System.nanoTime();
        if (current == null) {
            if (queue.isEmpty()) {
                ticker.shutdownNow();
                Consumer<Map<String, Object>> finished = done;
                done = null;
                finished.accept(results);
                return;
            }
            current = queue.remove(0);
            currentSince = now;
            measuring = false;
        }
        String name = current.kind().networkType();
        double seconds = (now - currentSince) / 1e9;
        if (current.getState() != DigitModel.State.READY) {
            if (seconds > READY_TIMEOUT_SECONDS) {
                results.put(name, Map.of("skipped", String.valueOf(current.getState())));
                current = null;
            }
            return;
        }
        if (model.selectedModelProperty().get() != current) {
            model.selectedModelProperty().set(current);
            currentSince = now;
            return;
        }
        if (!measuring && seconds >= WARM_UP_SECONDS) {
            measuring = true;
            currentSince = now;
            current.latency().clear();
            current.sceneLatency().clear();
            current.computeTime().clear();
            return;
        }
        if (measuring && seconds >= MEASURE_SECONDS) {
            results.put(name, numbers(current));
            current = null;
            return;
        }
        draw();
    }

    /** One input: press, drag along the ellipse, release, then clear the pad for the next stroke. */
    private void draw() {
        Node canvas = scene.lookup("#playground-canvas");
        int step = point++ % (POINTS_PER_STROKE + 2);
        if (step == POINTS_PER_STROKE + 1) {
            ((dlfs.app.widgets.DigitCanvas) canvas).clear();
            return;
        }
        double angle = 2 * Math.PI * Math.min(step, POINTS_PER_STROKE - 1) / (POINTS_PER_STROKE - 1);
        double x = 140 + 60 * Math.sin(angle);
        double y = 140 - 90 * Math.cos(angle);
        EventType<MouseEvent> type = step == 0 ? MouseEvent.MOUSE_PRESSED
                : step == POINTS_PER_STROKE ? MouseEvent.MOUSE_RELEASED : MouseEvent.MOUSE_DRAGGED;
        Event.fireEvent(canvas, new MouseEvent(canvas, canvas, type, x, y, x, y, MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private static Map<String, Object> numbers(DigitModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("inputs", model.latency().count());
        out.put("scenePercentiles", percentiles(model.sceneLatency()));
        out.put("framePercentiles", percentiles(model.latency()));
        out.put("workPercentiles", percentiles(model.computeTime()));
        return out;
    }

    /** [p50, p95, max] in ms, rounded to 0.01. */
    private static List<Double> percentiles(LatencyMeter meter) {
        return List.of(round(meter.p50()), round(meter.p95()), round(meter.percentile(100)));
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
