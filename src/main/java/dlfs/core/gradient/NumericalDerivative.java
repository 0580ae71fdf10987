package dlfs.core.gradient;

import java.util.function.DoubleUnaryOperator;

/**
 * The derivative of a one-variable function from a tiny difference (the book's 4.3
 * {@code numerical_diff}). Two things go wrong with the naive {@code (f(x+h) − f(x)) / h} and
 * h = 1e-50: h is lost to rounding, and the forward difference measures the slope between x and
 * x+h rather than at x. The book's fix is h = 1e-4 and the central difference
 * {@code (f(x+h) − f(x−h)) / 2h}. The variants here let a panel compare all of these, in double
 * or in float32 precision.
 */
public final class NumericalDerivative {
    /** The book's step size, small enough for accuracy and large enough to survive rounding. */
    public static final double DEFAULT_H = 1e-4;

    /** Which two points the slope is measured between. */
    public enum Scheme {
        /** x and x+h: error of order h. */
        FORWARD,
        /** x−h and x+h: error of order h². */
        CENTRAL
    }

    /** The arithmetic the difference is computed in. */
    public enum Precision {
        /** IEEE double, as NumPy uses by default. */
        FLOAT64,
        /**
         * IEEE single: x, h, x±h, each f value and the quotient are rounded to float, as if the
         * whole computation ran in NumPy's float32 (f itself is evaluated in double, then rounded).
         * 1e-50 rounds to 0 in float32, so with that h the quotient is 0/0 = NaN.
         */
        FLOAT32
    }

    /** A tangent line {@code y = slope·t + intercept}, for drawing the slope found at a point. */
    public record Tangent(double slope, double intercept) {
        public double at(double t) {
            return slope * t + intercept;
        }
    }

    private NumericalDerivative() {
    }

    /** The book's numerical_diff: central difference with h = 1e-4. */
    public static double central(DoubleUnaryOperator f, double x) {
        return of(f, x, DEFAULT_H, Scheme.CENTRAL, Precision.FLOAT64);
    }

    public static double central(DoubleUnaryOperator f, double x, double h) {
        return of(f, x, h, Scheme.CENTRAL, Precision.FLOAT64);
    }

    /** The naive forward difference {@code (f(x+h) − f(x)) / h}. */
    public static double forward(DoubleUnaryOperator f, double x, double h) {
        return of(f, x, h, Scheme.FORWARD, Precision.FLOAT64);
    }

    /** The difference quotient of {@code f} at {@code x} with step {@code h}, in the chosen scheme and precision. */
    public static double of(DoubleUnaryOperator f, double x, double h, Scheme scheme, Precision precision) {
        if (!(h > 0)) {
            throw new IllegalArgumentException("step h must be positive, got " + h);
        }
        if (precision == Precision.FLOAT32) {
            return float32(f, (float) x, (float) h, scheme);
        }
        double upper = f.applyAsDouble(x + h);
        if (scheme == Scheme.CENTRAL) {
            return (upper - f.applyAsDouble(x - h)) / (2 * h);
        }
        return (upper - f.applyAsDouble(x)) / h;
    }

    private static float float32(DoubleUnaryOperator f, float x, float h, Scheme scheme) {
        float upper = (float) f.applyAsDouble(x + h);
        if (scheme == Scheme.CENTRAL) {
            float lower = (float) f.applyAsDouble(x - h);
            return (upper - lower) / (2 * h);
        }
        return (upper - (float) f.applyAsDouble(x)) / h;
    }

    /** The tangent at x with the central-difference slope: {@code y = d·t + (f(x) − d·x)} (Fig. 4-7). */
    public static Tangent tangent(DoubleUnaryOperator f, double x) {
        double slope = central(f, x);
        return new Tangent(slope, f.applyAsDouble(x) - slope * x);
    }
}
