package dlfs.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.expression.ExpressionException.Problem;
import dlfs.core.optimizer.SurfaceFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed functions: precedence, the accepted spellings, exact gradients, and errors that say where. */
class ExpressionParserTest {
    private static double at(String text, double x, double y) {
        return ExpressionParser.parse(text).value(x, y);
    }

    @ParameterizedTest(name = "{0} at ({1}, {2}) = {3}")
    @CsvSource(delimiter = ';', value = {
        "2 + 3 * 4; 0; 0; 14",
        "(2 + 3) * 4; 0; 0; 20",
        "10 - 4 - 3; 0; 0; 3",
        "12 / 3 / 2; 0; 0; 2",
        "2^3^2; 0; 0; 512",
        "-x^2; 3; 0; -9",
        "(-x)^2; 3; 0; 9",
        "x^-1; 4; 0; 0.25",
        "2x + 3y; 1; 2; 8",
        "3 sin(y); 0; 0; 0",
        "x²/20 + y³; 2; 2; 8.2",
        "x**2; 5; 0; 25",
        "2 × x · y ÷ 4 − 1; 2; 3; 2",
        "1e-3 * x + 2.5E2; 1000; 0; 251",
        "2e; 0; 0; 5.43656365691809",
        "pi; 0; 0; 3.141592653589793",
        "exp(log(x)) + sqrt(y) + abs(-2) + tanh(0) + cos(0) + tan(0); 3; 16; 10",
        "+x - -y; 1; 2; 3",
        ".5x; 4; 0; 2",
        "  X + Y ; 1; 2; 3",
    })
    void evaluatesWithTheUsualPrecedence(String text, double x, double y, double expected) {
        assertEquals(expected, at(text, x, y), 1e-12);
    }

    @Test
    void bookFunctionMatchesTheStretchedBowl() {
        ExpressionSurface typed = ExpressionSurface.parse("x^2/20 + y^2");
        for (double[] p : new double[][] {{-7, 2}, {0.3, -1.1}, {9, 4}}) {
            assertEquals(SurfaceFunction.STRETCHED_BOWL.value(p[0], p[1]), typed.value(p[0], p[1]), 1e-12);
            assertEquals(SurfaceFunction.STRETCHED_BOWL.dx(p[0], p[1]), typed.dx(p[0], p[1]), 1e-12);
            assertEquals(SurfaceFunction.STRETCHED_BOWL.dy(p[0], p[1]), typed.dy(p[0], p[1]), 1e-12);
        }
        assertEquals(-0.7, typed.dx(-7, 2), 1e-12);
        assertEquals(4, typed.dy(-7, 2), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "(1 - x)^2 + 100*(y - x^2)^2",
        "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
        "sin(x*y) / (2 + cos(x)) - exp(-x^2 - y^2)",
        "log(1 + x^2 + y^2) * sqrt(2 + y^2) + tanh(x - y) + abs(x + 3)",
        "x^y + 2^x / y + tan(y/4)",
        "-(x - y)^3 / (x^2 + 1)",
    })
    void gradientAgreesWithCentralDifferences(String text) {
        Expression f = ExpressionParser.parse(text);
        double h = 1e-5;
        for (double[] p : new double[][] {{1.3, 0.7}, {0.4, 1.9}, {2.2, 1.1}}) {
            double x = p[0];
            double y = p[1];
            Expression.Dual exact = f.evaluate(x, y);
            double numericX = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
            double numericY = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
            assertEquals(f.value(x, y), exact.value(), 1e-12);
            assertEquals(numericX, exact.dx(), 1e-6 * Math.max(1, Math.abs(numericX)), "∂f/∂x at " + x + ", " + y);
            assertEquals(numericY, exact.dy(), 1e-6 * Math.max(1, Math.abs(numericY)), "∂f/∂y at " + x + ", " + y);
        }
    }

    @Test
    void constantExponentIsDifferentiableAtNegativeBases() {
        Expression.Dual d = ExpressionParser.parse("x^2 + y^3").evaluate(-3, -2);
        assertEquals(-6, d.dx(), 1e-12);
        assertEquals(12, d.dy(), 1e-12);
    }

    @Test
    void printedFormReadsBackToTheSameFunction() {
        for (String text : new String[] {"-x^2 - (y - 1)*(2 - x)", "2^3^x / (1 + y) - -y", "(x^2)^y + sin(-x*y)"}) {
            Expression parsed = ExpressionParser.parse(text);
            Expression again = ExpressionParser.parse(parsed.toString());
            assertEquals(parsed.value(0.7, 1.3), again.value(0.7, 1.3), 1e-12, parsed.toString());
        }
    }

    @ParameterizedTest(name = "''{0}'' → {1} at {2}")
    @CsvSource(delimiter = ';', value = {
        "'   '; EMPTY; 0; ''",
        "x +; EXPECTED_VALUE; 3; ''",
        "x * * y; EXPECTED_VALUE; 4; *",
        "(x + 1; MISSING_CLOSING_PARENTHESIS; 6; ''",
        "x + foo(y); UNKNOWN_NAME; 4; foo",
        "xy; UNKNOWN_NAME; 0; xy",
        "sin x; FUNCTION_NEEDS_PARENTHESIS; 4; sin",
        "1.2.3 + x; BAD_NUMBER; 0; 1.2.3",
        "x $ y; UNEXPECTED_CHARACTER; 2; $",
        "x = y; UNEXPECTED_CHARACTER; 2; =",
        "x); UNEXPECTED_TEXT; 1; )",
        "(); EXPECTED_VALUE; 1; )",
    })
    void invalidTextIsReportedWithItsPosition(String text, Problem problem, int position, String detail) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        assertEquals(problem, e.problem());
        assertEquals(position, e.position());
        assertEquals(detail, e.detail());
        if (problem != Problem.EMPTY) {
            assertTrue(e.getMessage().contains("position " + (position + 1)), e.getMessage());
        }
    }

    @Test
    void deepOrLongInputIsRefusedBeforeItCanExhaustTheStack() {
        String nested = "(".repeat(200) + "x" + ")".repeat(200);
        assertEquals(Problem.TOO_DEEP, assertThrows(ExpressionException.class, () -> ExpressionParser.parse(nested)).problem());
        String signs = "-".repeat(200) + "x";
        assertEquals(Problem.TOO_DEEP, assertThrows(ExpressionException.class, () -> ExpressionParser.parse(signs)).problem());
        String powers = "x" + "^x".repeat(100);
        assertEquals(Problem.TOO_DEEP, assertThrows(ExpressionException.class, () -> ExpressionParser.parse(powers)).problem());
        String longSum = "x" + "+x".repeat(300);
        assertEquals(Problem.TOO_LONG, assertThrows(ExpressionException.class, () -> ExpressionParser.parse(longSum)).problem());
        assertEquals(30, at("x" + "+x".repeat(29), 1, 0), 0);
    }

    @Test
    void surfaceKeepsTheTypedText() {
        assertEquals("x^2 + y", ExpressionSurface.parse("  x^2 + y ").text());
    }
}
