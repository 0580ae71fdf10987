package dlfs.core.train;

import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.List;

/**
 * Watches the loss of a run stepped one iteration at a time and restores the weights that last gave
 * an acceptable loss once it blows up. The {@link Trainer} already stops at a NaN or infinite loss;
 * with a far too large learning rate a sigmoid network's loss usually stays finite but explodes
 * (2.3 → 4·10⁸ with η = 10⁹), and that counts as divergence too: a loss more than
 * {@code growthLimit} times the first one.
 *
 * <p>Use: {@link #beforeStep()} just before each {@code trainer.step()}, then {@link #accept(double)}
 * with that step's loss. The loss of step i is measured on the weights from before step i, so when
 * it is unacceptable the last good weights are those from before step i − 1; the guard keeps both
 * copies (two buffers, reused, so the check allocates nothing).
 */
public final class DivergenceGuard {
    /** The default limit: a 10-class softmax starts near ln 10 ≈ 2.3, so this stops above ≈ 230. */
    public static final double DEFAULT_GROWTH_LIMIT = 100;

    private final List<Param> params;
    private final double growthLimit;
    private Tensor[] beforeThisStep;
    private Tensor[] beforePreviousStep;
    private double firstLoss = Double.NaN;
    private int acceptedSteps;
    private int divergedAt = -1;

    public DivergenceGuard(List<Param> params, double growthLimit) {
        if (!(growthLimit > 1) || Double.isInfinite(growthLimit)) {
            throw new IllegalArgumentException("growth limit must be a finite number above 1, got " + growthLimit);
        }
        this.params = List.copyOf(params);
        this.growthLimit = growthLimit;
        beforeThisStep = new Tensor[params.size()];
        beforePreviousStep = new Tensor[params.size()];
        for (int i = 0; i < params.size(); i++) {
            beforeThisStep[i] = Tensor.zeros(params.get(i).value().shape());
            beforePreviousStep[i] = Tensor.zeros(params.get(i).value().shape());
        }
    }

    /** Copies the weights the coming step will measure its loss on. */
    public void beforeStep() {
        Tensor[] older = beforePreviousStep;
        beforePreviousStep = beforeThisStep;
        beforeThisStep = older;
        for (int i = 0; i < params.size(); i++) {
            beforeThisStep[i].copyFrom(params.get(i).value());
        }
    }

    /**
     * Checks the loss of the step just taken. When it is NaN, infinite or above the limit, puts the
     * last good weights back into the parameters and returns false.
     */
    public boolean accept(double loss) {
        if (acceptedSteps == 0 && Double.isFinite(loss)) {
            firstLoss = loss;
        }
        boolean acceptable = Double.isFinite(loss) && (acceptedSteps == 0 || loss <= limit());
        if (acceptable) {
            acceptedSteps++;
            return true;
        }
        divergedAt = acceptedSteps;
        Tensor[] lastGood = acceptedSteps == 0 ? beforeThisStep : beforePreviousStep;
        for (int i = 0; i < params.size(); i++) {
            params.get(i).value().copyFrom(lastGood[i]);
        }
        return false;
    }

    /** The largest acceptable loss: growth limit × the first loss (NaN before the first step). */
    public double limit() {
        return growthLimit * firstLoss;
    }

    /**
     * Steps accepted so far. After a divergence at step i (= this count) the parameters hold the
     * weights from before step i − 1, the last ones whose loss was measured and acceptable (before
     * step 0 when the very first loss failed).
     */
    public int acceptedSteps() {
        return acceptedSteps;
    }

    /** The step (counted from 0) whose loss was unacceptable, or −1. */
    public int divergedAt() {
        return divergedAt;
    }
}
