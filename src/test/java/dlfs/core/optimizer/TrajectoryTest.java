package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.optimizer.Trajectory.BookPreset;
import dlfs.core.optimizer.Trajectory.Point;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The comparison figure's paths (30 updates from (−7, 2)) against the spec's reference table (6 decimals). */
class TrajectoryTest {
    private static final double TABLE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // preset, p1, p2, p3, p29, after the 30th update
        "SGD,      -6.335,    -1.8,     -5.733175, 1.62,     -5.188523, -1.458,   -0.387175, -0.094203, -0.350393, 0.084782",
        "MOMENTUM, -6.93,     1.6,      -6.7977,   0.92,     -6.610653, 0.124,    0.814112,  0.272878,  0.896414,  0.088086",
        "ADAGRAD,  -5.5,      0.5,      -4.573268, 0.136197, -3.887842, 0.037315, -0.136185, 0,         -0.120162, 0",
        "ADAM,     -6.700001, 1.7,      -6.400417, 1.402246, -6.101549, 1.108912, 0.020149,  0.321957,  0.136007,  0.318245",
    })
    void bookPresetsFollowTheReferencePaths(BookPreset preset, double x1, double y1, double x2, double y2, double x3,
            double y3, double x29, double y29, double x30, double y30) {
        List<Point> path = Trajectory.run(SurfaceFunction.STRETCHED_BOWL, preset.create(),
                Trajectory.BOOK_START_X, Trajectory.BOOK_START_Y, Trajectory.BOOK_STEPS);
        assertEquals(31, path.size());
        assertPoint(-7, 2, path.get(0));
        assertPoint(x1, y1, path.get(1));
        assertPoint(x2, y2, path.get(2));
        assertPoint(x3, y3, path.get(3));
        assertPoint(x29, y29, path.get(29));
        assertPoint(x30, y30, path.get(30));
    }

    @Test
    void sgdAboveOneDivergesInY() {
        // y ← (1 − 2η)·y: with η = 1.05 each step multiplies |y| by 1.1
        List<Point> path = Trajectory.run(SurfaceFunction.STRETCHED_BOWL, new Sgd(1.05), -7, 2, 30);
        assertEquals(2 * Math.pow(-1.1, 30), path.get(30).y(), 1e-9);
        assertTrue(Math.abs(path.get(30).y()) > 30);
    }

    @Test
    void presetsCarryTheCompanionLearningRates() {
        assertEquals(0.95, BookPreset.SGD.learningRate());
        assertEquals(0.1, BookPreset.MOMENTUM.learningRate());
        assertEquals(1.5, BookPreset.ADAGRAD.learningRate());
        assertEquals(0.3, BookPreset.ADAM.learningRate());
        assertEquals("Adam", BookPreset.ADAM.create().name());
        assertEquals(30, Trajectory.BOOK_STEPS);
    }

    @Test
    void surfaceValueAndGradientAreTheBooks() {
        SurfaceFunction f = SurfaceFunction.STRETCHED_BOWL;
        assertEquals(49.0 / 20 + 4, f.value(-7, 2), 1e-12);
        assertEquals(-0.7, f.dx(-7, 2), 1e-12);
        assertEquals(4, f.dy(-7, 2), 1e-12);
    }

    @Test
    void rejectsANonFiniteStart() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(SurfaceFunction.STRETCHED_BOWL, new Sgd(), Double.NaN, 0));
    }

    private static void assertPoint(double x, double y, Point p) {
        assertEquals(x, p.x(), TABLE, "x of " + p);
        assertEquals(y, p.y(), TABLE, "y of " + p);
    }
}
