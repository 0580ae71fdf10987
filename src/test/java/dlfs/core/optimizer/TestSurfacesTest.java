package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rosenbrock, saddle and Beale: their minima and exact gradients. */
class TestSurfacesTest {
    private static final SurfaceFunction[] ALL = {TestSurfaces.ROSENBROCK, TestSurfaces.SADDLE, TestSurfaces.BEALE};

    @Test
    void gradientsAgreeWithCentralDifferences() {
        double h = 1e-5;
        for (SurfaceFunction f : ALL) {
            for (double[] p : new double[][] {{-1.2, 1.0}, {0.5, -0.7}, {2.1, 1.3}}) {
                double x = p[0];
                double y = p[1];
                double numericX = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
                double numericY = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
                assertEquals(numericX, f.dx(x, y), 1e-6 * Math.max(1, Math.abs(numericX)), f + " ∂x at " + x + ", " + y);
                assertEquals(numericY, f.dy(x, y), 1e-6 * Math.max(1, Math.abs(numericY)), f + " ∂y at " + x + ", " + y);
            }
        }
    }

    @Test
    void minimaAndSaddlePointHaveZeroGradient() {
        assertStationary(TestSurfaces.ROSENBROCK, 1, 1, 0);
        assertStationary(TestSurfaces.BEALE, 3, 0.5, 0);
        assertStationary(TestSurfaces.SADDLE, 0, 0, 0);
        assertEquals(-1, TestSurfaces.SADDLE.value(0, 1), 0);
        assertEquals(1, TestSurfaces.SADDLE.value(1, 0), 0);
    }

    private static void assertStationary(SurfaceFunction f, double x, double y, double value) {
        assertEquals(value, f.value(x, y), 1e-12);
        assertEquals(0, f.dx(x, y), 1e-12);
        assertEquals(0, f.dy(x, y), 1e-12);
    }
}
