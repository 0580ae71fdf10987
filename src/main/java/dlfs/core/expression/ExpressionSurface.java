package dlfs.core.expression;

import dlfs.core.optimizer.SurfaceFunction;

/**
 * A typed function of x and y as a landscape for the optimizers: its value from the parsed tree,
 * its gradient exact from the same tree (see {@link Expression#evaluate}).
 */
public final class ExpressionSurface implements SurfaceFunction {
    private final String text;
    private final Expression expression;

    private ExpressionSurface(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    /** Parses {@code text}; throws {@link ExpressionException} with the position of the first problem. */
    public static ExpressionSurface parse(String text) {
        return new ExpressionSurface(text.strip(), ExpressionParser.parse(text));
    }

    @Override
    public double value(double x, double y) {
        return expression.value(x, y);
    }

    @Override
    public double dx(double x, double y) {
        return expression.evaluate(x, y).dx();
    }

    @Override
    public double dy(double x, double y) {
        return expression.evaluate(x, y).dy();
    }

    public Expression expression() {
        return expression;
    }

    /** The text as typed (without surrounding spaces). */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
