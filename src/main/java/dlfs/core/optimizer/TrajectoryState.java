package dlfs.core.optimizer;

import dlfs.core.layer.Param;

/**
 * What an optimizer remembers about the point of a {@link Trajectory}, read as the quantities the
 * trajectory panel draws. Entries an optimizer does not have are null.
 *
 * @param velocity       Momentum's and Nesterov's v: the next move before the new gradient is added
 * @param effectiveRate  per axis, the step per unit of gradient: AdaGrad's and RMSprop's η/(√h + ε) for
 *                       the next update, Adam's lr_t/(√v + ε) of the latest one (Adam applies it to m).
 *                       It shrinks along axes that have seen large gradients; null before the first update,
 *                       when h and v are still 0
 * @param firstMoment    Adam's m, the moving average of the gradient
 * @param secondMoment   Adam's v, the moving average of the squared gradient
 * @param accumulatedSquares AdaGrad's sum (RMSprop's moving average) h of squared gradients
 */
public record TrajectoryState(double[] velocity, double[] effectiveRate, double[] firstMoment, double[] secondMoment,
                              double[] accumulatedSquares) {

    /** The state of the trajectory's optimizer for its point, after the updates made so far. */
    public static TrajectoryState of(Trajectory trajectory) {
        Optimizer optimizer = trajectory.optimizer();
        Param xy = trajectory.position();
        if (optimizer instanceof VelocityOptimizer velocityOptimizer) {
            return new TrajectoryState(velocityOptimizer.velocity(xy).data().clone(), null, null, null, null);
        }
        if (optimizer instanceof AdaGrad adaGrad) {
            double[] h = adaGrad.accumulatedSquares(xy).data().clone();
            return new TrajectoryState(null, rates(adaGrad, nextRate(adaGrad), h), null, null, h);
        }
        if (optimizer instanceof RmsProp rmsProp) {
            double[] h = rmsProp.accumulatedSquares(xy).data().clone();
            return new TrajectoryState(null, rates(rmsProp, nextRate(rmsProp), h), null, null, h);
        }
        if (optimizer instanceof Adam adam) {
            double[] m = adam.firstMoment(xy).data().clone();
            double[] v = adam.secondMoment(xy).data().clone();
            long t = Math.max(1, adam.stepCount());
            double lrT = adam.stepRate(adam.schedule().rate(adam.learningRate(), t - 1), t);
            return new TrajectoryState(null, rates(adam, lrT, v), m, v, null);
        }
        return new TrajectoryState(null, null, null, null, null);
    }

    /** η of the next update, after the schedule. */
    private static double nextRate(Optimizer optimizer) {
        return optimizer.schedule().rate(optimizer.learningRate(), optimizer.stepCount());
    }

    /** rate/(√s + ε) per element, or null while the optimizer has made no update. */
    private static double[] rates(Optimizer optimizer, double rate, double[] squares) {
        if (optimizer.stepCount() == 0) {
            return null;
        }
        double[] out = new double[squares.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rate / (Math.sqrt(squares[i]) + AbstractOptimizer.EPSILON);
        }
        return out;
    }
}
