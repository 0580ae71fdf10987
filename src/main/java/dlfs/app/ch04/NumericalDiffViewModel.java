package dlfs.app.ch04;

import dlfs.core.gradient.NumericalDerivative;
import dlfs.core.gradient.NumericalDerivative.Precision;
import dlfs.core.gradient.NumericalDerivative.Scheme;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The numerical-differentiation lab: a function, a point x and a step h = 10ⁿ (n from −50 to 0),
 * and what the forward and central differences give there in double and in single precision,
 * against the exact derivative. Every quotient comes from {@link NumericalDerivative}.
 */
final class NumericalDiffViewModel {
    static final int MIN_EXPONENT = -50;
    static final int MAX_EXPONENT = 0;
    /** The book's h = 10⁻⁴. */
    static final int BOOK_EXPONENT = -4;

    /** The functions of 4.3, written in NumPy's order of operations so the book's digits come out exactly. */
    enum Function {
        /** The book's function_1 (4.5), y = 0.01x² + 0.1x. */
        BOOK_F1("ch04.diff.function.f1", x -> 0.01 * (x * x) + 0.1 * x, x -> 0.02 * x + 0.1, 0, 20, -0.5, 6.5),
        /** y = x², whose derivative at 2 the book works out by hand: 4. */
        SQUARE("ch04.diff.function.square", x -> x * x, x -> 2 * x, -5, 5, -2, 25),
        /** The book's function_tmp1: x₀² + 4.0², to find ∂f/∂x₀ at (3, 4). */
        PARTIAL_X0("ch04.diff.function.partialX0", x0 -> x0 * x0 + Math.pow(4.0, 2.0), x0 -> 2 * x0, -5, 5, 10, 45),
        /** The book's function_tmp2: 3.0² + x₁², to find ∂f/∂x₁ at (3, 4). */
        PARTIAL_X1("ch04.diff.function.partialX1", x1 -> Math.pow(3.0, 2.0) + x1 * x1, x1 -> 2 * x1, -5, 5, 5, 40);

        final String key;
        final DoubleUnaryOperator f;
        final DoubleUnaryOperator derivative;
        final double xMin;
        final double xMax;
        final double yMin;
        final double yMax;

        Function(String key, DoubleUnaryOperator f, DoubleUnaryOperator derivative, double xMin, double xMax,
                 double yMin, double yMax) {
            this.key = key;
            this.f = f;
            this.derivative = derivative;
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
        }
    }

    /** A value the book prints: the central difference with h = 10⁻⁴ of {@code function} at {@code x}. */
    record BookValue(Function function, double x, double value, String source) {
    }

    static final BookValue[] BOOK_VALUES = {
        new BookValue(Function.BOOK_F1, 5, 0.1999999999990898, "numerical_diff(function_1, 5)"),
        new BookValue(Function.BOOK_F1, 10, 0.2999999999986347, "numerical_diff(function_1, 10)"),
        new BookValue(Function.PARTIAL_X0, 3, 6.00000000000378, "numerical_diff(function_tmp1, 3.0)"),
        new BookValue(Function.PARTIAL_X1, 4, 7.999999999999119, "numerical_diff(function_tmp2, 4.0)"),
    };

    /**
     * Everything computed at the current settings.
     *
     * @param hLostInDouble x + h rounds back to x in double, so the difference f(x+h) − f(x) is 0
     * @param book          the book's printed value at this function and x (for h = 10⁻⁴), or null
     */
    record Result(double x, double h, float hSingle, boolean hLostInDouble, double fx, double exact,
                  double forward, double central, double forwardSingle, double centralSingle, BookValue book) {
        boolean matchesBook() {
            return book != null && h == 1e-4 && central == book.value();
        }
    }

    private final ObjectProperty<Function> function = new SimpleObjectProperty<>(this, "function", Function.BOOK_F1);
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x", 5);
    private final IntegerProperty exponent = new SimpleIntegerProperty(this, "exponent", BOOK_EXPONENT);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");

    NumericalDiffViewModel() {
        function.addListener((obs, old, now) -> {
            if (now == null) {
                function.set(old);
                return;
            }
            x.set(clamp(x.get(), now.xMin, now.xMax));
            update();
        });
        x.addListener(obs -> update());
        exponent.addListener(obs -> update());
        update();
    }

    ObjectProperty<Function> functionProperty() {
        return function;
    }

    DoubleProperty xProperty() {
        return x;
    }

    /** n in h = 10ⁿ, from {@value #MIN_EXPONENT} to {@value #MAX_EXPONENT}. */
    IntegerProperty exponentProperty() {
        return exponent;
    }

    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    Result result() {
        return result.get();
    }

    /** Moves x, kept inside the function's range and rounded to 0.1 (so the book's 5 and 10 are hit exactly). */
    void moveX(double to) {
        Function f = function.get();
        x.set(clamp(Math.round(to * 10) / 10.0, f.xMin, f.xMax));
    }

    /** Shows one of the book's printed values: its function, its x and h = 10⁻⁴. */
    void showBookValue(BookValue value) {
        function.set(value.function());
        x.set(value.x());
        exponent.set(BOOK_EXPONENT);
    }

    /** h = 10ⁿ exactly as the decimal literal 1e-n is read, so h = 1e-4 is the book's double. */
    static double h(int n) {
        return Double.parseDouble("1e" + n);
    }

    /** The four differences and the exact slope at x with step h (for the error curves). */
    static double[] errors(Function f, double x, double h) {
        double exact = f.derivative.applyAsDouble(x);
        return new double[] {
            Math.abs(NumericalDerivative.of(f.f, x, h, Scheme.FORWARD, Precision.FLOAT64) - exact),
            Math.abs(NumericalDerivative.of(f.f, x, h, Scheme.CENTRAL, Precision.FLOAT64) - exact),
            Math.abs(NumericalDerivative.of(f.f, x, h, Scheme.FORWARD, Precision.FLOAT32) - exact),
            Math.abs(NumericalDerivative.of(f.f, x, h, Scheme.CENTRAL, Precision.FLOAT32) - exact),
        };
    }

    private void update() {
        Function f = function.get();
        double at = x.get();
        double h = h(exponent.get());
        BookValue book = null;
        for (BookValue value : BOOK_VALUES) {
            if (value.function() == f && value.x() == at) {
                book = value;
            }
        }
        result.set(new Result(at, h, (float) h, at + h == at, f.f.applyAsDouble(at), f.derivative.applyAsDouble(at),
                NumericalDerivative.of(f.f, at, h, Scheme.FORWARD, Precision.FLOAT64),
                NumericalDerivative.of(f.f, at, h, Scheme.CENTRAL, Precision.FLOAT64),
                NumericalDerivative.of(f.f, at, h, Scheme.FORWARD, Precision.FLOAT32),
                NumericalDerivative.of(f.f, at, h, Scheme.CENTRAL, Precision.FLOAT32), book));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
