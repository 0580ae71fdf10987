package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.Tensor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every optimizer shares: the learning rate and its schedule, the step count, and the
 * per-parameter state ("slots" such as Momentum's v or Adam's m and v). A slot starts as zeros the
 * first time a parameter is updated, exactly like the book's {@code if self.v is None} block.
 * Subclasses only write the update rule for one parameter, in {@link #apply}.
 */
public abstract class AbstractOptimizer implements Optimizer {
    /** Added to √h so that a parameter whose gradients were all zero is not divided by zero. */
    public static final double EPSILON = 1e-7;

    private final String name;
    private final String[] slotNames;
    private final Map<String, Slots> slots = new LinkedHashMap<>();
    private volatile double learningRate;
    private volatile LearningRateSchedule schedule = LearningRateSchedule.constant();
    private long steps;
    private List<Param> checkedParams;

    protected AbstractOptimizer(String name, double learningRate, String... slotNames) {
        this.name = name;
        this.slotNames = slotNames.clone();
        setLearningRate(learningRate);
    }

    @Override
    public final void update(List<Param> params) {
        if (params != checkedParams) {
            requireUniqueNames(params);
            checkedParams = params;
        }
        double eta = schedule.rate(learningRate, steps);
        steps++;
        double rate = stepRate(eta, steps);
        for (Param p : params) {
            double[] w = p.value().data();
            double[] g = p.grad().data();
            double[][] state = slotsOf(p);
            Parallel.forElements(w.length, (from, to) -> apply(w, g, state, rate, from, to));
        }
    }

    /**
     * The rate used for every parameter of step t (t = 1 for the first update). Plain η for most
     * optimizers; Adam folds its bias correction in here.
     */
    protected double stepRate(double eta, long t) {
        return eta;
    }

    /**
     * Updates elements [from, to) of one parameter in place. Every element's update depends only on
     * that element, so a large parameter (SimpleConvNet's W2 has 432,000 values) is cut into ranges
     * that run on several threads.
     *
     * @param w     the parameter's values
     * @param g     its gradient ∂L/∂W
     * @param state the parameter's slots, in the order given to the constructor
     * @param rate  the rate of this step
     */
    protected abstract void apply(double[] w, double[] g, double[][] state, double rate, int from, int to);

    /**
     * The live state tensor {@code slot} of {@code p}, or zeros of p's shape when p has not been
     * updated yet. A panel reads it (never writes it) on the training thread or while training is paused.
     */
    protected final Tensor slot(Param p, int slot) {
        Slots s = slots.get(p.name());
        return s == null ? Tensor.zeros(p.value().shape()) : s.tensors[slot];
    }

    private double[][] slotsOf(Param p) {
        Slots s = slots.get(p.name());
        if (s == null) {
            Tensor[] zeros = new Tensor[slotNames.length];
            for (int i = 0; i < zeros.length; i++) {
                zeros[i] = Tensor.zeros(p.value().shape());
            }
            s = new Slots(zeros);
            slots.put(p.name(), s);
        }
        for (int i = 0; i < slotNames.length; i++) {
            if (s.data[i].length != p.value().size()) {
                throw new IllegalArgumentException(name + " state " + p.name() + "." + slotNames[i] + " has shape "
                        + Tensor.shapeString(s.tensors[i].shape()) + " but the parameter has "
                        + Tensor.shapeString(p.value().shape()));
            }
        }
        return s.data;
    }

    /** One parameter's state tensors and their backing arrays (kept so an update allocates nothing). */
    private static final class Slots {
        final Tensor[] tensors;
        final double[][] data;

        Slots(Tensor[] tensors) {
            this.tensors = tensors;
            this.data = new double[tensors.length][];
            for (int i = 0; i < tensors.length; i++) {
                data[i] = tensors[i].data();
            }
        }
    }

    private void requireUniqueNames(List<Param> params) {
        Set<String> seen = new HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("two parameters are named " + p.name()
                        + "; the optimizer keeps its state by name, so names must be unique");
            }
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(name + " learning rate must be finite and > 0, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    @Override
    public final LearningRateSchedule schedule() {
        return schedule;
    }

    @Override
    public final void setSchedule(LearningRateSchedule schedule) {
        if (schedule == null) {
            throw new IllegalArgumentException("learning-rate schedule must not be null (use constant())");
        }
        this.schedule = schedule;
    }

    @Override
    public final long stepCount() {
        return steps;
    }

    @Override
    public final Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("step", Tensor.scalar(steps));
        for (Map.Entry<String, Slots> e : slots.entrySet()) {
            for (int i = 0; i < slotNames.length; i++) {
                out.put(e.getKey() + "." + slotNames[i], e.getValue().tensors[i].copy());
            }
        }
        return out;
    }

    @Override
    public final void restoreState(Map<String, Tensor> state) {
        Tensor step = state.get("step");
        if (step == null || step.size() != 1 || !(step.at(0) >= 0) || step.at(0) != Math.rint(step.at(0))) {
            throw new IllegalArgumentException(name + " state needs a \"step\" entry holding a whole number ≥ 0, got " + step);
        }
        Map<String, Tensor[]> restored = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            if (e.getKey().equals("step")) {
                continue;
            }
            int dot = e.getKey().lastIndexOf('.');
            int slot = dot < 0 ? -1 : List.of(slotNames).indexOf(e.getKey().substring(dot + 1));
            if (slot < 0) {
                throw new IllegalArgumentException(name + " has no state entry like \"" + e.getKey()
                        + "\"; its slots are " + List.of(slotNames));
            }
            restored.computeIfAbsent(e.getKey().substring(0, dot), k -> new Tensor[slotNames.length])[slot] = e.getValue().copy();
        }
        for (Map.Entry<String, Tensor[]> e : restored.entrySet()) {
            for (int i = 0; i < slotNames.length; i++) {
                if (e.getValue()[i] == null) {
                    throw new IllegalArgumentException(name + " state for " + e.getKey() + " lacks slot " + slotNames[i]);
                }
            }
        }
        slots.clear();
        restored.forEach((param, tensors) -> slots.put(param, new Slots(tensors)));
        steps = (long) step.at(0);
    }

    /** Checks that a coefficient such as a momentum α or a β lies in [0, 1). */
    protected static double requireFraction(String what, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return name + "(lr=" + learningRate + ")";
    }
}
