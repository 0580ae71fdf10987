package dlfs.app.ch06;

import dlfs.core.optimizer.SurfaceFunction;
import dlfs.core.optimizer.TestSurfaces;
import dlfs.core.optimizer.Trajectory;
import java.util.Locale;

/**
 * The landscapes of the trajectory panel, each with the window it is shown in, a start point, a
 * number of steps and learning rates that make every optimizer's path worth looking at there. The
 * book's bowl uses the companion code's rates (SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3; the
 * book has none for Nesterov and RMSprop), the others were chosen by trying.
 */
enum SurfaceChoice {
    BOOK_BOWL(SurfaceFunction.STRETCHED_BOWL, -10, 10, -5, 5, Trajectory.BOOK_START_X, Trajectory.BOOK_START_Y,
            Trajectory.BOOK_STEPS, 0, 0, new double[] {0.95, 0.1, 0.1, 1.5, 0.1, 0.3}),
    ROSENBROCK(TestSurfaces.ROSENBROCK, -2, 2, -1, 3, -1.2, 1, 300, 1, 1,
            new double[] {0.002, 0.0005, 0.0005, 0.5, 0.01, 0.1}),
    SADDLE(TestSurfaces.SADDLE, -3, 3, -3, 3, -2, 0.01, 30, 0, 0, new double[] {0.1, 0.02, 0.02, 0.5, 0.1, 0.1}),
    BEALE(TestSurfaces.BEALE, -1, 4.5, -1.5, 2, 1, 1.5, 200, 3, 0.5,
            new double[] {0.01, 0.002, 0.002, 0.5, 0.02, 0.1}),
    /** A function typed by the user, shown on [−r, r]². */
    CUSTOM(null, -5, 5, -5, 5, -4, 4, 100, Double.NaN, Double.NaN, new double[] {0.01, 0.01, 0.01, 0.5, 0.05, 0.1});

    /** The example a user starts from: Himmelblau's function, with four minima. */
    static final String CUSTOM_EXAMPLE = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";

    final SurfaceFunction function;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;
    final double startX;
    final double startY;
    final int steps;
    /** The marked point: the minimum (the saddle point for {@link #SADDLE}); NaN for none. */
    final double markX;
    final double markY;
    /** In {@link OptimizerKind} order. */
    private final double[] learningRates;

    SurfaceChoice(SurfaceFunction function, double xMin, double xMax, double yMin, double yMax, double startX,
                  double startY, int steps, double markX, double markY, double[] learningRates) {
        this.function = function;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.startX = startX;
        this.startY = startY;
        this.steps = steps;
        this.markX = markX;
        this.markY = markY;
        this.learningRates = learningRates;
    }

    double learningRate(OptimizerKind kind) {
        return learningRates[kind.ordinal()];
    }

    String nameKey() {
        return "ch06.surface." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
