package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An optimizer walking on a 2-D surface, one update at a time: the optimizer-trajectory panel
 * (the book's Figs 6-3 to 6-8). The point (x, y) is one {@link Param} named "xy", so the optimizer's
 * state for it (velocity, h, m, v) can be read with e.g. {@code momentum.velocity(trajectory.position())}.
 */
public final class Trajectory {
    /** The book's start point (−7, 2). */
    public static final double BOOK_START_X = -7.0;
    public static final double BOOK_START_Y = 2.0;
    /** The companion code draws 30 updates. */
    public static final int BOOK_STEPS = 30;

    /** The companion code's learning rates for the comparison figure (6-8). */
    public enum BookPreset {
        SGD(0.95), MOMENTUM(0.1), ADAGRAD(1.5), ADAM(0.3);

        private final double learningRate;

        BookPreset(double learningRate) {
            this.learningRate = learningRate;
        }

        public double learningRate() {
            return learningRate;
        }

        /** A fresh optimizer with this preset's learning rate and default coefficients. */
        public Optimizer create() {
            return Optimizers.create(name(), learningRate);
        }
    }

    /** One position on the path. */
    public record Point(double x, double y) {
    }

    private final SurfaceFunction function;
    private final Optimizer optimizer;
    private final Param position;
    private final List<Param> params;
    private final List<Point> points = new ArrayList<>();

    public Trajectory(SurfaceFunction function, Optimizer optimizer, double startX, double startY) {
        if (!Double.isFinite(startX) || !Double.isFinite(startY)) {
            throw new IllegalArgumentException("start point must be finite, got (" + startX + ", " + startY + ")");
        }
        this.function = function;
        this.optimizer = optimizer;
        this.position = new Param("xy", Tensor.vector(startX, startY), false);
        this.params = List.of(position);
        points.add(new Point(startX, startY));
    }

    /** The book's setting: f = x²/20 + y² from (−7, 2). */
    public static Trajectory fromBookStart(Optimizer optimizer) {
        return new Trajectory(SurfaceFunction.STRETCHED_BOWL, optimizer, BOOK_START_X, BOOK_START_Y);
    }

    /** The path of {@code steps} updates: steps + 1 points, the start first. */
    public static List<Point> run(SurfaceFunction function, Optimizer optimizer, double startX, double startY, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        Trajectory t = new Trajectory(function, optimizer, startX, startY);
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        return t.points();
    }

    /** Computes the gradient at the current point, updates it once and returns the new point. */
    public Point step() {
        double[] xy = position.value().data();
        double[] g = position.grad().data();
        g[0] = function.dx(xy[0], xy[1]);
        g[1] = function.dy(xy[0], xy[1]);
        optimizer.update(params);
        Point p = new Point(xy[0], xy[1]);
        points.add(p);
        return p;
    }

    /** Every point so far, the start first. */
    public List<Point> points() {
        return Collections.unmodifiableList(new ArrayList<>(points));
    }

    /** The current point. */
    public Point current() {
        return points.get(points.size() - 1);
    }

    /** The parameter holding (x, y), to query the optimizer's state for it. */
    public Param position() {
        return position;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public SurfaceFunction function() {
        return function;
    }
}
