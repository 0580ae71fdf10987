package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Updates parameters in place from their gradients. Implementations keep their state
 * (velocity, accumulated squares, moments, step count) per parameter and expose it so a panel
 * can draw it. The state is keyed by parameter name, so one optimizer serves one network.
 */
public interface Optimizer {
    /** One update of every parameter from the gradient backward left in {@link Param#grad()}. */
    void update(List<Param> params);

    /** A short name such as "SGD" or "Adam". */
    String name();

    /** The base learning rate η (before any schedule). */
    double learningRate();

    /**
     * Changes η between two updates (a slider in a panel may call this while training runs on
     * another thread; the next update uses the new value).
     */
    void setLearningRate(double learningRate);

    /** The schedule that turns η into the rate of step t. */
    LearningRateSchedule schedule();

    void setSchedule(LearningRateSchedule schedule);

    /** How many updates have been made (Adam's t). */
    long stepCount();

    /**
     * A copy of the state for a model file: one tensor per parameter and slot, keyed
     * {@code "<param>.<slot>"} (e.g. "W1.v", "W1.m"), plus {@code "step"} holding the step count.
     */
    Map<String, Tensor> state();

    /** Replaces the state with one saved by {@link #state()}; shapes are checked at the next update. */
    void restoreState(Map<String, Tensor> state);
}
