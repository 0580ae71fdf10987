package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The optimizer state on the book function from (−7, 2), by hand: the gradient there is (−0.7, 4). */
class TrajectoryStateTest {
    private static final double TOL = 1e-9;

    @Test
    void momentumVelocityIsTheNextMove() {
        Trajectory t = Trajectory.fromBookStart(new Momentum(0.1));
        assertArrayEquals(new double[] {0, 0}, TrajectoryState.of(t).velocity(), 0);
        t.step();
        // v = −η·g = −0.1·(−0.7, 4)
        assertArrayEquals(new double[] {0.07, -0.4}, TrajectoryState.of(t).velocity(), TOL);
        t.step();
        // v = 0.9·(0.07, −0.4) − 0.1·(−0.693, 3.2) and the point moved by exactly v
        assertArrayEquals(new double[] {0.1323, -0.68}, TrajectoryState.of(t).velocity(), TOL);
        assertEquals(-6.7977, t.current().x(), TOL);
        assertEquals(0.92, t.current().y(), TOL);
    }

    @Test
    void adaGradRateShrinksMostAlongTheSteepAxis() {
        Trajectory t = Trajectory.fromBookStart(new AdaGrad(1.5));
        assertNull(TrajectoryState.of(t).effectiveRate());
        t.step();
        TrajectoryState s = TrajectoryState.of(t);
        assertArrayEquals(new double[] {0.49, 16}, s.accumulatedSquares(), TOL);
        // η/√h = 1.5/0.7 along x, 1.5/4 along y
        assertArrayEquals(new double[] {1.5 / 0.7, 0.375}, s.effectiveRate(), 1e-6);
        assertNull(s.velocity());
    }

    @Test
    void adamMomentsAndBiasCorrectedRate() {
        Trajectory t = Trajectory.fromBookStart(new Adam(0.3));
        t.step();
        TrajectoryState s = TrajectoryState.of(t);
        assertArrayEquals(new double[] {-0.07, 0.4}, s.firstMoment(), TOL);
        assertArrayEquals(new double[] {0.00049, 0.016}, s.secondMoment(), TOL);
        // lr₁ = 0.3·√(1 − 0.999)/(1 − 0.9); the first step moved x by lr₁·m/√v = 0.3
        double lr1 = 0.3 * Math.sqrt(0.001) / 0.1;
        assertEquals(lr1 / (Math.sqrt(0.00049) + AbstractOptimizer.EPSILON), s.effectiveRate()[0], 1e-9);
        assertEquals(0.3, s.effectiveRate()[0] * 0.07, 1e-5);
    }

    @Test
    void rmsPropAndSgd() {
        Trajectory rms = Trajectory.fromBookStart(new RmsProp(0.1));
        rms.step();
        // h = 0.01·g²
        assertArrayEquals(new double[] {0.0049, 0.16}, TrajectoryState.of(rms).accumulatedSquares(), TOL);
        Trajectory sgd = Trajectory.fromBookStart(new Sgd(0.95));
        sgd.step();
        TrajectoryState none = TrajectoryState.of(sgd);
        assertNull(none.velocity());
        assertNull(none.effectiveRate());
        assertNull(none.firstMoment());
    }
}
