package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.core.expression.ExpressionException;
import dlfs.core.expression.ExpressionSurface;
import dlfs.core.optimizer.SurfaceFunction;
import dlfs.core.optimizer.Trajectory;
import dlfs.core.optimizer.TrajectoryState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the optimizer-trajectory panel: the surface, the start point, each optimizer's settings
 * and how many of the planned steps are shown. The paths are a pure function of these, recomputed
 * with the core's {@link Trajectory} whenever one changes (a few thousand updates at most, so it
 * runs on the FX thread).
 */
final class OptimizerTrajectoryViewModel {
    /** Most steps a path may have. */
    static final int MAX_STEPS = 5000;
    /** A path that gets this far from the origin counts as diverged and stops. */
    static final double DIVERGENCE_DISTANCE = 1e6;
    /** The custom window is [−r, r]²; r is limited to this range. */
    static final double MIN_RANGE = 0.1;
    static final double MAX_RANGE = 1000;

    /** One optimizer's path: points 0 … n and its state at each. */
    record Run(OptimizerKind kind, double[] xs, double[] ys, List<TrajectoryState> states, int divergedAt) {
        int last() {
            return xs.length - 1;
        }

        boolean diverged() {
            return divergedAt >= 0;
        }
    }

    private final ObjectProperty<SurfaceChoice> surface = new SimpleObjectProperty<>(this, "surface", SurfaceChoice.BOOK_BOWL);
    private final StringProperty customExpression = new SimpleStringProperty(this, "customExpression",
            SurfaceChoice.CUSTOM_EXAMPLE);
    private final ReadOnlyObjectWrapper<Message> expressionError = new ReadOnlyObjectWrapper<>(this, "expressionError");
    private final DoubleProperty customRange = new SimpleDoubleProperty(this, "customRange", 5);
    private final DoubleProperty startX = new SimpleDoubleProperty(this, "startX", Trajectory.BOOK_START_X);
    private final DoubleProperty startY = new SimpleDoubleProperty(this, "startY", Trajectory.BOOK_START_Y);
    private final IntegerProperty totalSteps = new SimpleIntegerProperty(this, "totalSteps", Trajectory.BOOK_STEPS);
    private final IntegerProperty shownSteps = new SimpleIntegerProperty(this, "shownSteps", Trajectory.BOOK_STEPS);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
    private final ObjectProperty<OptimizerKind> stateFocus = new SimpleObjectProperty<>(this, "stateFocus",
            OptimizerKind.MOMENTUM);
    private final List<OptimizerSettings> settings = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<Run>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private SurfaceFunction customSurface;
    private boolean applyingPreset;

    OptimizerTrajectoryViewModel() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerSettings s = new OptimizerSettings(kind, SurfaceChoice.BOOK_BOWL.learningRate(kind));
            settings.add(s);
            for (var o : s.observables()) {
                o.addListener(obs -> recompute());
            }
        }
        customSurface = ExpressionSurface.parse(SurfaceChoice.CUSTOM_EXAMPLE);
        surface.addListener((obs, old, now) -> applyPreset());
        customExpression.addListener((obs, old, now) -> parseCustom());
        customRange.addListener(obs -> recompute());
        startX.addListener(obs -> recompute());
        startY.addListener(obs -> recompute());
        totalSteps.addListener((obs, old, now) -> {
            if (shownSteps.get() > now.intValue() || shownSteps.get() == old.intValue()) {
                shownSteps.set(now.intValue());
            }
        });
        shownSteps.addListener(obs -> recompute());
        recompute();
    }

    /** The surface's own start, steps and learning rates, and the companion code's coefficients. */
    void applyPreset() {
        SurfaceChoice s = surface.get();
        applyingPreset = true;
        try {
            startX.set(s.startX);
            startY.set(s.startY);
            for (OptimizerSettings o : settings) {
                o.learningRateProperty().set(s.learningRate(o.kind()));
                o.resetCoefficients();
            }
            totalSteps.set(s.steps);
            shownSteps.set(s.steps);
        } finally {
            applyingPreset = false;
        }
        recompute();
    }

    private void parseCustom() {
        try {
            customSurface = ExpressionSurface.parse(customExpression.get());
            expressionError.set(null);
        } catch (ExpressionException e) {
            expressionError.set(expressionMessage(e));
        }
        recompute();
    }

    /** The parser's problem in the user's language, with the 1-based position. */
    static Message expressionMessage(ExpressionException e) {
        return Message.of(expressionErrorKey(e.problem()), e.position() + 1, e.detail());
    }

    /** {@code ch06.expression.error.unknown-name} etc. */
    static String expressionErrorKey(ExpressionException.Problem problem) {
        return "ch06.expression.error." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One more step, up to the planned number; false when already at the end. */
    boolean step() {
        if (shownSteps.get() >= totalSteps.get()) {
            return false;
        }
        shownSteps.set(shownSteps.get() + 1);
        return true;
    }

    /** Back to the start points (the settings stay). */
    void rewind() {
        shownSteps.set(0);
    }

    /** Moves the start, rounded to 2 decimals, and clamped to the window. */
    void moveStart(double x, double y) {
        double[] w = window();
        startX.set(Math.round(Math.max(w[0], Math.min(w[1], x)) * 100) / 100.0);
        startY.set(Math.round(Math.max(w[2], Math.min(w[3], y)) * 100) / 100.0);
    }

    private void recompute() {
        if (applyingPreset) {
            return;
        }
        SurfaceFunction f = function();
        List<Run> computed = new ArrayList<>();
        for (OptimizerSettings s : settings) {
            if (s.enabledProperty().get()) {
                computed.add(run(f, s));
            }
        }
        runs.set(List.copyOf(computed));
    }

    private Run run(SurfaceFunction f, OptimizerSettings s) {
        int steps = shownSteps.get();
        Trajectory t = new Trajectory(f, s.create(), startX.get(), startY.get());
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        List<TrajectoryState> states = new ArrayList<>();
        xs[0] = startX.get();
        ys[0] = startY.get();
        states.add(TrajectoryState.of(t));
        for (int i = 1; i <= steps; i++) {
            Trajectory.Point p = t.step();
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y()) || Math.hypot(p.x(), p.y()) > DIVERGENCE_DISTANCE) {
                return new Run(s.kind(), Arrays.copyOf(xs, i), Arrays.copyOf(ys, i), List.copyOf(states), i);
            }
            xs[i] = p.x();
            ys[i] = p.y();
            states.add(TrajectoryState.of(t));
        }
        return new Run(s.kind(), xs, ys, List.copyOf(states), -1);
    }

    /** The function shown: the chosen surface, or the last valid typed one. */
    SurfaceFunction function() {
        return surface.get() == SurfaceChoice.CUSTOM ? customSurface : surface.get().function;
    }

    /** {xMin, xMax, yMin, yMax}. */
    double[] window() {
        SurfaceChoice s = surface.get();
        if (s == SurfaceChoice.CUSTOM) {
            double r = customRange.get();
            return new double[] {-r, r, -r, r};
        }
        return new double[] {s.xMin, s.xMax, s.yMin, s.yMax};
    }

    /** The run of one optimizer, or null when it is switched off. */
    Run run(OptimizerKind kind) {
        return runs.get().stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
    }

    OptimizerSettings settings(OptimizerKind kind) {
        return settings.get(kind.ordinal());
    }

    List<OptimizerSettings> settings() {
        return settings;
    }

    ObjectProperty<SurfaceChoice> surfaceProperty() {
        return surface;
    }

    StringProperty customExpressionProperty() {
        return customExpression;
    }

    /** Why the typed function is not used, or null. */
    ReadOnlyObjectProperty<Message> expressionErrorProperty() {
        return expressionError.getReadOnlyProperty();
    }

    DoubleProperty customRangeProperty() {
        return customRange;
    }

    DoubleProperty startXProperty() {
        return startX;
    }

    DoubleProperty startYProperty() {
        return startY;
    }

    IntegerProperty totalStepsProperty() {
        return totalSteps;
    }

    IntegerProperty shownStepsProperty() {
        return shownSteps;
    }

    BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    ObjectProperty<OptimizerKind> stateFocusProperty() {
        return stateFocus;
    }

    ReadOnlyObjectProperty<List<Run>> runsProperty() {
        return runs.getReadOnlyProperty();
    }
}
