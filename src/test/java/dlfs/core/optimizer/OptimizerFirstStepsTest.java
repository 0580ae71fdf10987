package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.optimizer.Trajectory.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * First updates of every optimizer on the book's f = x²/20 + y² from (−7, 2), computed by hand.
 * The gradient there is (x/10, 2y) = (−0.7, 4).
 */
class OptimizerFirstStepsTest {
    private static final double TIGHT = 1e-12;

    private static Point firstStep(Optimizer optimizer) {
        return Trajectory.fromBookStart(optimizer).step();
    }

    @Test
    void sgdMovesAgainstTheGradient() {
        Point p = firstStep(new Sgd(0.95));
        assertEquals(-7 - 0.95 * -0.7, p.x(), TIGHT);
        assertEquals(-6.335, p.x(), 1e-12);
        assertEquals(-1.8, p.y(), 1e-12);
    }

    @Test
    void momentumFirstTwoStepsFollowTheVelocity() {
        Momentum momentum = new Momentum(0.1);
        Trajectory t = Trajectory.fromBookStart(momentum);
        Point p1 = t.step();
        assertEquals(-6.93, p1.x(), TIGHT);
        assertEquals(1.6, p1.y(), TIGHT);
        assertArrayEquals(new double[] {0.07, -0.4}, momentum.velocity(t.position()).data(), TIGHT);
        // v = 0.9·(0.07, −0.4) − 0.1·(−0.693, 3.2) = (0.1323, −0.68)
        Point p2 = t.step();
        assertEquals(-6.7977, p2.x(), TIGHT);
        assertEquals(0.92, p2.y(), TIGHT);
    }

    @Test
    void nesterovLooksAheadAlongTheVelocity() {
        // v = −0.1·g = (0.07, −0.4); W += 0.81·v − 1.9·0.1·g = (0.1897, −1.084)
        Point p = firstStep(new Nesterov(0.1));
        assertEquals(-6.8103, p.x(), TIGHT);
        assertEquals(0.916, p.y(), TIGHT);
    }

    @Test
    void adaGradFirstStepHasLengthLearningRateOnEachAxis() {
        AdaGrad adaGrad = new AdaGrad(1.5);
        Trajectory t = Trajectory.fromBookStart(adaGrad);
        Point p = t.step();
        assertEquals(-7 + 1.5 * 0.7 / (0.7 + 1e-7), p.x(), TIGHT);
        assertEquals(2 - 1.5 * 4 / (4 + 1e-7), p.y(), TIGHT);
        assertEquals(-5.5, p.x(), 1e-6);
        assertEquals(0.5, p.y(), 1e-6);
        assertArrayEquals(new double[] {0.49, 16}, adaGrad.accumulatedSquares(t.position()).data(), TIGHT);
    }

    @Test
    void rmsPropFirstStepUsesOnePercentOfTheSquaredGradient() {
        RmsProp rmsProp = new RmsProp();
        Trajectory t = Trajectory.fromBookStart(rmsProp);
        Point p = t.step();
        // h = 0.01·g², so √h = 0.1·|g| and the step is lr/0.1 = 0.1 against the gradient's sign
        assertEquals(-7 + 0.01 * 0.7 / (Math.sqrt(0.01 * 0.49) + 1e-7), p.x(), TIGHT);
        assertEquals(2 - 0.01 * 4 / (Math.sqrt(0.01 * 16) + 1e-7), p.y(), TIGHT);
        assertEquals(-6.9, p.x(), 1e-5);
        assertEquals(1.9, p.y(), 1e-5);
        assertArrayEquals(new double[] {0.0049, 0.16}, rmsProp.accumulatedSquares(t.position()).data(), TIGHT);
    }

    @Test
    void adamFirstStepIsAboutTheLearningRateOnEachAxis() {
        Adam adam = new Adam(0.3);
        Trajectory t = Trajectory.fromBookStart(adam);
        Point p = t.step();
        double lrT = 0.3 * Math.sqrt(1 - 0.999) / (1 - 0.9);
        assertEquals(-7 - lrT * (0.1 * -0.7) / (Math.sqrt(0.001 * 0.49) + 1e-7), p.x(), TIGHT);
        assertEquals(-6.700001, p.x(), 1e-6);
        assertEquals(1.7, p.y(), 1e-6);
        assertArrayEquals(new double[] {-0.07, 0.4}, adam.firstMoment(t.position()).data(), TIGHT);
        assertArrayEquals(new double[] {0.00049, 0.016}, adam.secondMoment(t.position()).data(), TIGHT);
        assertEquals(1, adam.stepCount());
    }

    @Test
    void stateReadsAsZerosBeforeTheFirstUpdate() {
        Momentum momentum = new Momentum();
        Trajectory t = Trajectory.fromBookStart(momentum);
        assertArrayEquals(new double[] {0, 0}, momentum.velocity(t.position()).data());
        assertEquals(0, momentum.stepCount());
    }

    @Test
    void bookDefaultsMatchTheCompanionCode() {
        assertEquals(0.01, new Sgd().learningRate());
        assertEquals(0.01, new Momentum().learningRate());
        assertEquals(0.9, new Momentum().momentum());
        assertEquals(0.01, new Nesterov().learningRate());
        assertEquals(0.9, new Nesterov().momentum());
        assertEquals(0.01, new AdaGrad().learningRate());
        assertEquals(0.01, new RmsProp().learningRate());
        assertEquals(0.99, new RmsProp().decay());
        assertEquals(0.001, new Adam().learningRate());
        assertEquals(0.9, new Adam().beta1());
        assertEquals(0.999, new Adam().beta2());
        assertEquals(1e-7, AbstractOptimizer.EPSILON);
    }

    @Test
    void pathHoldsTheStartAndOnePointPerUpdate() {
        List<Point> path = Trajectory.run(SurfaceFunction.STRETCHED_BOWL, new Sgd(0.95), -7, 2, 3);
        assertEquals(4, path.size());
        assertEquals(new Point(-7, 2), path.get(0));
    }
}
