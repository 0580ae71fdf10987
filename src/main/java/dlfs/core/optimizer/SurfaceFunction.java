package dlfs.core.optimizer;

/** A function of two variables with its gradient: the landscape an optimizer walks on in the trajectory panel. */
public interface SurfaceFunction {
    /**
     * The book's test function (6.2): {@code f(x, y) = x²/20 + y²}, a bowl stretched along x, with
     * gradient {@code (x/10, 2y)}. The gradient is steep in y and gentle in x, so it rarely points at the
     * minimum (0, 0): SGD zigzags.
     */
    SurfaceFunction STRETCHED_BOWL = new SurfaceFunction() {
        @Override
        public double value(double x, double y) {
            return x * x / 20 + y * y;
        }

        @Override
        public double dx(double x, double y) {
            return x / 10;
        }

        @Override
        public double dy(double x, double y) {
            return 2 * y;
        }

        @Override
        public String toString() {
            return "x²/20 + y²";
        }
    };

    double value(double x, double y);

    /** ∂f/∂x. */
    double dx(double x, double y);

    /** ∂f/∂y. */
    double dy(double x, double y);
}
