package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.optimizer.Trajectory.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course notes write Momentum two ways that must agree: with a velocity
 * ({@code v ← μv − ηg, w ← w + v}) and without one ({@code w(t+1) = w(t) + μ(w(t) − w(t−1)) − ηg}).
 */
class MomentumFormulationsTest {
    @Test
    void velocityFormAndDifferenceFormGiveTheSamePath() {
        double eta = 0.1;
        double mu = 0.9;
        List<Point> path = Trajectory.run(SurfaceFunction.STRETCHED_BOWL, new Momentum(eta, mu), -7, 2, 40);
        SurfaceFunction f = SurfaceFunction.STRETCHED_BOWL;
        double x = -7;
        double y = 2;
        double previousX = x;
        double previousY = y;
        for (int t = 1; t <= 40; t++) {
            double nextX = x + mu * (x - previousX) - eta * f.dx(x, y);
            double nextY = y + mu * (y - previousY) - eta * f.dy(x, y);
            previousX = x;
            previousY = y;
            x = nextX;
            y = nextY;
            assertEquals(x, path.get(t).x(), 1e-12, "x at step " + t);
            assertEquals(y, path.get(t).y(), 1e-12, "y at step " + t);
        }
    }
}
