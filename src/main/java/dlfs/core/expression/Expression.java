package dlfs.core.expression;

import java.util.function.DoubleUnaryOperator;

/**
 * A parsed function of x and y, as a tree. {@link #value} computes f(x, y); {@link #evaluate}
 * computes f together with its exact gradient (∂f/∂x, ∂f/∂y) by applying the chain rule at every
 * node on the way up (forward-mode differentiation), so no step size h has to be chosen.
 */
public sealed interface Expression
        permits Expression.Constant, Expression.Variable, Expression.Negation, Expression.Call, Expression.Binary {

    /** f(x, y). */
    double value(double x, double y);

    /** f(x, y) with its gradient. */
    Dual evaluate(double x, double y);

    /** A value and its partial derivatives at one point. */
    record Dual(double value, double dx, double dy) {
    }

    /** The two variables. */
    enum Axis { X, Y }

    /** A number, such as 20 or π. */
    record Constant(double number) implements Expression {
        @Override
        public double value(double x, double y) {
            return number;
        }

        @Override
        public Dual evaluate(double x, double y) {
            return new Dual(number, 0, 0);
        }

        @Override
        public String toString() {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                    : Double.toString(number);
        }
    }

    /** x or y: the derivative is 1 along its own axis and 0 along the other. */
    record Variable(Axis axis) implements Expression {
        @Override
        public double value(double x, double y) {
            return axis == Axis.X ? x : y;
        }

        @Override
        public Dual evaluate(double x, double y) {
            return axis == Axis.X ? new Dual(x, 1, 0) : new Dual(y, 0, 1);
        }

        @Override
        public String toString() {
            return axis == Axis.X ? "x" : "y";
        }
    }

    /** −u. */
    record Negation(Expression operand) implements Expression {
        @Override
        public double value(double x, double y) {
            return -operand.value(x, y);
        }

        @Override
        public Dual evaluate(double x, double y) {
            Dual u = operand.evaluate(x, y);
            return new Dual(-u.value(), -u.dx(), -u.dy());
        }

        @Override
        public String toString() {
            return "-" + Binary.wrap(operand, Operator.POWER.precedence);
        }
    }

    /** A function applied to one argument: (g∘u)' = g'(u)·u'. */
    record Call(Function function, Expression argument) implements Expression {
        @Override
        public double value(double x, double y) {
            return function.apply(argument.value(x, y));
        }

        @Override
        public Dual evaluate(double x, double y) {
            Dual u = argument.evaluate(x, y);
            double slope = function.derivative(u.value());
            return new Dual(function.apply(u.value()), slope * u.dx(), slope * u.dy());
        }

        @Override
        public String toString() {
            return function.spelling() + "(" + argument + ")";
        }
    }

    /** u ∘ v for one of the five operators. */
    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        @Override
        public double value(double x, double y) {
            double u = left.value(x, y);
            double v = right.value(x, y);
            switch (operator) {
                case ADD: return u + v;
                case SUBTRACT: return u - v;
                case MULTIPLY: return u * v;
                case DIVIDE: return u / v;
                default: return Math.pow(u, v);
            }
        }

        @Override
        public Dual evaluate(double x, double y) {
            Dual u = left.evaluate(x, y);
            Dual v = right.evaluate(x, y);
            switch (operator) {
                case ADD:
                    return new Dual(u.value() + v.value(), u.dx() + v.dx(), u.dy() + v.dy());
                case SUBTRACT:
                    return new Dual(u.value() - v.value(), u.dx() - v.dx(), u.dy() - v.dy());
                case MULTIPLY:   // (uv)' = u'v + uv'
                    return new Dual(u.value() * v.value(), u.dx() * v.value() + u.value() * v.dx(),
                            u.dy() * v.value() + u.value() * v.dy());
                case DIVIDE: {   // (u/v)' = (u'v − uv') / v²
                    double square = v.value() * v.value();
                    return new Dual(u.value() / v.value(), (u.dx() * v.value() - u.value() * v.dx()) / square,
                            (u.dy() * v.value() - u.value() * v.dy()) / square);
                }
                default:
                    return power(u, v);
            }
        }

        /**
         * (u^v)' = v·u^(v−1)·u' + u^v·ln(u)·v'. Each term is left out where its derivative factor is 0,
         * so x^2 is differentiable at negative x (ln u is only needed when the exponent varies).
         */
        private static Dual power(Dual u, Dual v) {
            double value = Math.pow(u.value(), v.value());
            double base = v.value() * Math.pow(u.value(), v.value() - 1);
            double exponent = value * Math.log(u.value());
            return new Dual(value, term(base, u.dx()) + term(exponent, v.dx()), term(base, u.dy()) + term(exponent, v.dy()));
        }

        private static double term(double factor, double derivative) {
            return derivative == 0 ? 0 : factor * derivative;
        }

        @Override
        public String toString() {
            boolean rightAssociative = operator == Operator.POWER;
            int leftNeeds = rightAssociative ? operator.precedence + 1 : operator.precedence;
            int rightNeeds = rightAssociative ? operator.precedence : operator.precedence + 1;
            return wrap(left, leftNeeds) + " " + operator.symbol + " " + wrap(right, rightNeeds);
        }

        static String wrap(Expression e, int needed) {
            int own = e instanceof Binary b ? b.operator.precedence
                    : e instanceof Negation ? Operator.MULTIPLY.precedence : Integer.MAX_VALUE;
            return own < needed ? "(" + e + ")" : e.toString();
        }
    }

    /** The binary operators with their precedence (higher binds tighter). */
    enum Operator {
        ADD("+", 1), SUBTRACT("-", 1), MULTIPLY("*", 2), DIVIDE("/", 2), POWER("^", 3);

        final String symbol;
        final int precedence;

        Operator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }

    /** The functions a user may call, each with its derivative. */
    enum Function {
        SIN("sin", Math::sin, Math::cos),
        COS("cos", Math::cos, u -> -Math.sin(u)),
        TAN("tan", Math::tan, u -> 1 / (Math.cos(u) * Math.cos(u))),
        EXP("exp", Math::exp, Math::exp),
        /** Natural logarithm. */
        LOG("log", Math::log, u -> 1 / u),
        SQRT("sqrt", Math::sqrt, u -> 0.5 / Math.sqrt(u)),
        /** |u|, with derivative sign(u) (0 at the kink, a valid subgradient). */
        ABS("abs", Math::abs, Math::signum),
        TANH("tanh", Math::tanh, u -> 1 - Math.tanh(u) * Math.tanh(u));

        private final String spelling;
        private final DoubleUnaryOperator function;
        private final DoubleUnaryOperator derivative;

        Function(String spelling, DoubleUnaryOperator function, DoubleUnaryOperator derivative) {
            this.spelling = spelling;
            this.function = function;
            this.derivative = derivative;
        }

        public double apply(double u) {
            return function.applyAsDouble(u);
        }

        public double derivative(double u) {
            return derivative.applyAsDouble(u);
        }

        public String spelling() {
            return spelling;
        }
    }
}
