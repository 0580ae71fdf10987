package dlfs.app.ch04;

import dlfs.core.gradient.GradientDescent;
import dlfs.core.gradient.NumericalGradient;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The gradient-descent arena: a surface, a start point, a learning rate and a number of steps;
 * {@link #step()} takes one update x ← x − η∇f(x) with the core's {@link GradientDescent} (numerical
 * gradient, as in the book) and the path grows. Changing the surface, the start or η starts a new path.
 * It opens on the book's first run, already taken: 100 steps with η = 0.1 from (−3, 4).
 */
final class GradientDescentViewModel {
    /** The book's start point (−3, 4). */
    static final double[] BOOK_START = {-3.0, 4.0};
    static final int BOOK_STEPS = 100;
    /** Largest |coordinate| accepted for a start point (the plot shows about ±5). */
    static final double START_LIMIT = 100;
    static final double MAX_LEARNING_RATE = 1e6;
    static final int MAX_STEPS = 10_000;

    /** Functions of two variables to descend. */
    enum Surface {
        /** The book's function_2, x₀² + x₁², in its order of operations. */
        BOWL("ch04.descent.bowl", x -> x.at(0) * x.at(0) + x.at(1) * x.at(1)),
        /** x₀² − x₁²: the gradient vanishes at the origin, yet it is no minimum (a saddle point). */
        SADDLE("ch04.descent.saddle", x -> x.at(0) * x.at(0) - x.at(1) * x.at(1));

        final String key;
        final ToDoubleFunction<Tensor> f;

        Surface(String key, ToDoubleFunction<Tensor> f) {
            this.key = key;
            this.f = f;
        }

        double at(double x0, double x1) {
            return f.applyAsDouble(Tensor.vector(x0, x1));
        }
    }

    /** An end point the book prints: 100 steps from (−3, 4) on the bowl with learning rate {@code lr}. */
    record BookRun(double learningRate, double[] end, String presetKey) {
    }

    static final List<BookRun> BOOK_RUNS = List.of(
            new BookRun(0.1, new double[] {-6.11110793e-10, 8.14814391e-10}, "ch04.descent.preset.converges"),
            new BookRun(10.0, new double[] {-2.58983747e+13, -1.29524862e+12}, "ch04.descent.preset.diverges"),
            new BookRun(1e-10, new double[] {-2.99999994, 3.99999992}, "ch04.descent.preset.stalls"));

    /** The points visited: the start, then one per update. */
    record Trajectory(List<double[]> points) {
        Trajectory {
            points = List.copyOf(points);
        }

        int steps() {
            return points.size() - 1;
        }

        double[] end() {
            return points.get(points.size() - 1).clone();
        }
    }

    private final ObjectProperty<Surface> surface = new SimpleObjectProperty<>(this, "surface", Surface.BOWL);
    private final NumberInput startX0 = NumberInput.real("-3.0", -START_LIMIT, START_LIMIT, "ch04.input.between");
    private final NumberInput startX1 = NumberInput.real("4.0", -START_LIMIT, START_LIMIT, "ch04.input.between");
    private final NumberInput learningRate = NumberInput.positive("0.1", MAX_LEARNING_RATE, "ch04.input.positiveUpTo");
    private final NumberInput steps = NumberInput.integer("100", 1, () -> MAX_STEPS, "ch04.input.between");
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");

    GradientDescentViewModel() {
        surface.addListener((obs, old, now) -> {
            if (now == null) {
                surface.set(old);
            } else {
                restart();
            }
        });
        for (NumberInput input : List.of(startX0, startX1, learningRate)) {
            input.textProperty().addListener(obs -> restart());
        }
        restart();
        runToEnd();
    }

    ObjectProperty<Surface> surfaceProperty() {
        return surface;
    }

    NumberInput startX0() {
        return startX0;
    }

    NumberInput startX1() {
        return startX1;
    }

    NumberInput learningRate() {
        return learningRate;
    }

    NumberInput steps() {
        return steps;
    }

    ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    Trajectory trajectory() {
        return trajectory.get();
    }

    /** True when every input is acceptable, so steps can be taken. */
    boolean isReady() {
        return startX0.isValid() && startX1.isValid() && learningRate.isValid() && steps.isValid();
    }

    /** The start as typed, or the book's when the fields do not hold numbers. */
    double[] start() {
        return startX0.isValid() && startX1.isValid()
                ? new double[] {startX0.value(), startX1.value()} : BOOK_START.clone();
    }

    /** Moves the start (e.g. dragged on the plot), rounded to 0.01; this starts a new path. */
    void moveStart(double x0, double x1) {
        startX0.setValue(Math.round(x0 * 100) / 100.0);
        startX1.setValue(Math.round(x1 * 100) / 100.0);
    }

    void useBookStart() {
        startX0.setValue(BOOK_START[0]);
        startX1.setValue(BOOK_START[1]);
    }

    /** One of the book's three runs: its start, its η and 100 steps, path cleared. */
    void useBookRun(BookRun run) {
        surface.set(Surface.BOWL);
        useBookStart();
        learningRate.setValue(run.learningRate());
        steps.setValue(BOOK_STEPS);
        restart();
    }

    /** Back to a path holding only the start point. */
    void restart() {
        trajectory.set(new Trajectory(List.of(start())));
    }

    /** One update; nothing happens while an input is not acceptable. */
    void step() {
        if (!isReady()) {
            return;
        }
        List<double[]> points = new ArrayList<>(trajectory.get().points());
        Tensor now = Tensor.vector(points.get(points.size() - 1).clone());
        points.add(GradientDescent.run(surface.get().f, now, learningRate.value(), 1).end().data().clone());
        trajectory.set(new Trajectory(points));
    }

    /** Steps still to take before the path has the chosen number of steps. */
    int stepsRemaining() {
        return isReady() ? Math.max(0, steps.intValue() - trajectory.get().steps()) : 0;
    }

    /** Runs every remaining step at once (the panel animates instead). */
    void runToEnd() {
        restartIfComplete();
        while (stepsRemaining() > 0) {
            step();
        }
    }

    /** A finished path is started over when Run is pressed again. */
    void restartIfComplete() {
        if (isReady() && stepsRemaining() == 0) {
            restart();
        }
    }

    /** ∇f at the start point, from the core's numerical gradient (the book prints (6, 8) at (3, 4)). */
    double[] gradientAtStart() {
        return NumericalGradient.of(surface.get().f, Tensor.vector(start())).data();
    }

    /** The book's run with the current η, when the surface and the start are the book's; else null. */
    BookRun bookRun() {
        if (surface.get() != Surface.BOWL || !learningRate.isValid() || start()[0] != BOOK_START[0]
                || start()[1] != BOOK_START[1]) {
            return null;
        }
        return BOOK_RUNS.stream().filter(r -> r.learningRate() == learningRate.value()).findFirst().orElse(null);
    }

    /** The path has the book's 100 steps and ends where the book says (relative 10⁻⁶). */
    boolean matchesBook() {
        BookRun run = bookRun();
        if (run == null || trajectory.get().steps() != BOOK_STEPS) {
            return false;
        }
        return agrees(run.end(), trajectory.get().end());
    }

    /** What the core computes for a book run: 100 steps of the book's bowl from (−3, 4). */
    static double[] reproduce(BookRun run) {
        return GradientDescent.run(Surface.BOWL.f, Tensor.vector(BOOK_START.clone()), run.learningRate(), BOOK_STEPS)
                .end().data().clone();
    }

    /** Agreement within the spec's relative tolerance of 10⁻⁶. */
    static boolean agrees(double[] book, double[] ours) {
        for (int i = 0; i < book.length; i++) {
            if (!(Math.abs(book[i] - ours[i]) <= Math.abs(book[i]) * 1e-6)) {
                return false;
            }
        }
        return true;
    }
}
