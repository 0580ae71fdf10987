package dlfs.core.optimizer;

/**
 * How the learning rate changes with the number of updates already made, t = 0, 1, 2, …
 * Every optimizer takes one, so decay can be tried with SGD as well as with Adam.
 */
@FunctionalInterface
public interface LearningRateSchedule {
    /** The rate of update t (0 for the first update) given the base rate η. */
    double rate(double eta, long t);

    /** η for every step: the book's setting. */
    static LearningRateSchedule constant() {
        return Constant.INSTANCE;
    }

    /** η / (1 + α·t): starts at η and decays slowly. */
    static LearningRateSchedule inverseTime(double alpha) {
        return new InverseTime(alpha);
    }

    /**
     * η / (α·t) with t counted from 1 (the Robbins–Monro form of the course notes): the rates sum
     * to infinity while their squares do not, the classic condition for stochastic approximation.
     */
    static LearningRateSchedule robbinsMonro(double alpha) {
        return new RobbinsMonro(alpha);
    }

    /** η·γ^⌊t/k⌋: multiply the rate by γ every k updates. */
    static LearningRateSchedule stepDecay(double gamma, long every) {
        return new StepDecay(gamma, every);
    }

    /** No decay. */
    enum Constant implements LearningRateSchedule {
        INSTANCE;

        @Override
        public double rate(double eta, long t) {
            return eta;
        }

        @Override
        public String toString() {
            return "constant";
        }
    }

    /** η / (1 + α·t). */
    record InverseTime(double alpha) implements LearningRateSchedule {
        public InverseTime {
            if (!(alpha >= 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("inverse-time decay α must be finite and ≥ 0, got " + alpha);
            }
        }

        @Override
        public double rate(double eta, long t) {
            return eta / (1 + alpha * t);
        }
    }

    /** η / (α·(t + 1)). */
    record RobbinsMonro(double alpha) implements LearningRateSchedule {
        public RobbinsMonro {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("Robbins–Monro decay α must be finite and > 0, got " + alpha);
            }
        }

        @Override
        public double rate(double eta, long t) {
            return eta / (alpha * (t + 1));
        }
    }

    /** η·γ^⌊t/k⌋. */
    record StepDecay(double gamma, long every) implements LearningRateSchedule {
        public StepDecay {
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("step decay factor γ must be in (0, 1], got " + gamma);
            }
            if (every < 1) {
                throw new IllegalArgumentException("step decay period must be at least 1 update, got " + every);
            }
        }

        @Override
        public double rate(double eta, long t) {
            return eta * Math.pow(gamma, t / every);
        }
    }
}
