package dlfs.core.optimizer;

/**
 * Classic landscapes for comparing optimizers beyond the book's stretched bowl, each with its exact
 * gradient. Rosenbrock's curved valley and Beale's flat plateaus punish plain SGD in different ways;
 * the saddle shows how a method leaves a point where the gradient vanishes but which is no minimum.
 */
public final class TestSurfaces {
    private TestSurfaces() {
    }

    /**
     * Rosenbrock's banana valley {@code f = (1 − x)² + 100·(y − x²)²}, minimum 0 at (1, 1). The
     * valley floor is easy to reach and very hard to follow.
     */
    public static final SurfaceFunction ROSENBROCK = new SurfaceFunction() {
        @Override
        public double value(double x, double y) {
            double valley = y - x * x;
            return (1 - x) * (1 - x) + 100 * valley * valley;
        }

        @Override
        public double dx(double x, double y) {
            return -2 * (1 - x) - 400 * x * (y - x * x);
        }

        @Override
        public double dy(double x, double y) {
            return 200 * (y - x * x);
        }

        @Override
        public String toString() {
            return "(1 − x)² + 100(y − x²)²";
        }
    };

    /**
     * A saddle {@code f = x² − y²}: (0, 0) has zero gradient, a minimum along x and a maximum along
     * y. A start exactly on y = 0 never leaves the x axis; any tiny y grows.
     */
    public static final SurfaceFunction SADDLE = new SurfaceFunction() {
        @Override
        public double value(double x, double y) {
            return x * x - y * y;
        }

        @Override
        public double dx(double x, double y) {
            return 2 * x;
        }

        @Override
        public double dy(double x, double y) {
            return -2 * y;
        }

        @Override
        public String toString() {
            return "x² − y²";
        }
    };

    /**
     * Beale's function {@code f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²},
     * minimum 0 at (3, 0.5), with flat regions and steep walls.
     */
    public static final SurfaceFunction BEALE = new SurfaceFunction() {
        private static final double[] TARGETS = {1.5, 2.25, 2.625};

        @Override
        public double value(double x, double y) {
            double sum = 0;
            for (int i = 1; i <= 3; i++) {
                double term = TARGETS[i - 1] - x + x * Math.pow(y, i);
                sum += term * term;
            }
            return sum;
        }

        /** Σ 2·tᵢ·(yⁱ − 1) with tᵢ = cᵢ − x + x·yⁱ. */
        @Override
        public double dx(double x, double y) {
            double sum = 0;
            for (int i = 1; i <= 3; i++) {
                double yi = Math.pow(y, i);
                sum += 2 * (TARGETS[i - 1] - x + x * yi) * (yi - 1);
            }
            return sum;
        }

        /** Σ 2·tᵢ·i·x·yⁱ⁻¹. */
        @Override
        public double dy(double x, double y) {
            double sum = 0;
            for (int i = 1; i <= 3; i++) {
                sum += 2 * (TARGETS[i - 1] - x + x * Math.pow(y, i)) * i * x * Math.pow(y, i - 1);
            }
            return sum;
        }

        @Override
        public String toString() {
            return "Beale";
        }
    };
}
