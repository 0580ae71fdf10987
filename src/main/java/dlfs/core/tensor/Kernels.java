package dlfs.core.tensor;

import dlfs.core.random.Rng;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the matrix-product kernel at start-up: the vector kernel when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and it passes a quick self-check against the plain
 * kernel, otherwise the plain kernel. {@code -Ddlfs.kernel=plain} or {@code -Ddlfs.kernel=vector}
 * overrides the choice.
 *
 * <p>{@link MatMul} asks for {@link #best()} when it is first used, so every entry point (app,
 * command line, tests) gets the same kernel without calling anything. {@code VectorKernel} is
 * only ever loaded by name, after the module check, so the program still runs on a JVM
 * started without the module.
 */
public final class Kernels {
    static final String PROPERTY = "dlfs.kernel";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "dlfs.core.tensor.VectorKernel";

    private Kernels() {
    }

    /** Decides on first use only (the JVM runs this initialiser once, thread-safely). */
    private static final class Decision {
        static final Choice BEST = choose(System.getProperty(PROPERTY), vectorModulePresent());
    }

    /** A kernel and why it was picked, e.g. "plain: module jdk.incubator.vector not present". */
    public record Choice(MatMul.Kernel kernel, String reason) {
        @Override
        public String toString() {
            return kernel.name() + ": " + reason;
        }
    }

    /** The kernel this JVM should use, decided once. */
    public static Choice best() {
        return Decision.BEST;
    }

    /** Installs {@link #best()} into {@link MatMul} (undoing any {@link MatMul#setKernel} made since). */
    public static Choice installBest() {
        Choice choice = best();
        MatMul.setKernel(choice.kernel());
        return choice;
    }

    /** The vector kernel if this JVM can run it (module present and the class loads). */
    public static Optional<MatMul.Kernel> vector() {
        if (!vectorModulePresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of((MatMul.Kernel) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /**
     * The decision itself, separated from the JVM's real state so tests can play "module missing".
     *
     * @param forced        the value of {@code -Ddlfs.kernel} or null
     * @param modulePresent whether {@code jdk.incubator.vector} is in the boot layer
     */
    static Choice choose(String forced, boolean modulePresent) {
        MatMul.Kernel plain = new MatMul.PlainKernel();
        String mode = forced == null ? "" : forced.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("plain")) {
            return new Choice(plain, "forced by -D" + PROPERTY + "=plain");
        }
        if (!mode.isEmpty() && !mode.equals("vector")) {
            return new Choice(plain, "unknown -D" + PROPERTY + "=" + forced + " (use plain or vector)");
        }
        if (!modulePresent) {
            return new Choice(plain, "module " + VECTOR_MODULE + " not present (start Java with --add-modules "
                    + VECTOR_MODULE + " for the fast kernel)");
        }
        Optional<MatMul.Kernel> vector = vector();
        if (vector.isEmpty()) {
            return new Choice(plain, "the vector kernel could not be loaded");
        }
        if (mode.equals("vector")) {
            return new Choice(vector.get(), vector.get() + ", forced by -D" + PROPERTY + "=vector");
        }
        String failure = selfCheck(vector.get(), plain);
        return failure == null
                ? new Choice(vector.get(), vector.get() + ", self-check against the plain kernel passed")
                : new Choice(plain, "vector kernel failed its self-check: " + failure);
    }

    /**
     * Multiplies a few small awkward shapes (odd sizes, every transpose, accumulate, k across a
     * block edge) with both kernels; returns null when they agree to 1e-12 relative, else what differed.
     */
    static String selfCheck(MatMul.Kernel candidate, MatMul.Kernel reference) {
        // m, n, k: each above the vector kernel's small-product cut-off, so its own loops are checked
        int[][] shapes = {{13, 21, 17}, {9, 29, 35}, {3, 17, 300}};
        long seed = 42;
        try {
            for (int[] s : shapes) {
                for (int variant = 0; variant < 8; variant++) {
                    boolean transA = (variant & 1) != 0;
                    boolean transB = (variant & 2) != 0;
                    boolean accumulate = (variant & 4) != 0;
                    int m = s[0];
                    int n = s[1];
                    int k = s[2];
                    double[] a = pseudoRandom(m * k, seed++);
                    double[] b = pseudoRandom(k * n, seed++);
                    double[] expected = pseudoRandom(m * n, seed++);
                    double[] actual = expected.clone();
                    reference.multiplyRows(transA, transB, m, n, k, a, b, expected, accumulate, 0, m);
                    candidate.multiplyRows(transA, transB, m, n, k, a, b, actual, accumulate, 0, m);
                    if (maxRelativeDifference(expected, actual) > 1e-12) {
                        return "shape " + m + "x" + n + "x" + k + " transA=" + transA + " transB=" + transB
                                + " accumulate=" + accumulate;
                    }
                }
            }
            return selfCheckLoops(candidate, reference);
        } catch (RuntimeException | LinkageError e) {
            return e.toString();
        }
    }

    /** The element-wise loops beside the product: sparse rows (a width past four vectors) and the sigmoid. */
    private static String selfCheckLoops(MatMul.Kernel candidate, MatMul.Kernel reference) {
        int n = 37;
        double[] b = pseudoRandom(20 * n, 7);
        double[] values = pseudoRandom(9, 8);
        int[] rows = {3, 0, 19, 7, 7, 12, 1, 5, 18};
        double[] expected = new double[n];
        double[] actual = new double[n];
        reference.sumOfScaledRows(values, rows, 0, rows.length, b, n, expected, 0);
        candidate.sumOfScaledRows(values, rows, 0, rows.length, b, n, actual, 0);
        if (maxRelativeDifference(expected, actual) > 1e-12) {
            return "sparse rows of width " + n;
        }
        double[] x = pseudoRandom(29, 9);
        for (int i = 0; i < x.length; i++) {
            x[i] *= 30;
        }
        double[] expectedY = new double[x.length];
        double[] actualY = new double[x.length];
        reference.sigmoid(x, expectedY, x.length);
        candidate.sigmoid(x, actualY, x.length);
        return maxRelativeDifference(expectedY, actualY) > 1e-12 ? "sigmoid" : null;
    }

    /** max |expected − actual| / max |expected| (0 when both are all zeros). */
    static double maxRelativeDifference(double[] expected, double[] actual) {
        double scale = 0;
        double difference = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            double d = Math.abs(expected[i] - actual[i]);
            difference = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(difference, d);
        }
        return scale == 0 ? difference : difference / scale;
    }

    private static double[] pseudoRandom(int size, long seed) {
        Rng rng = new Rng(seed);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.uniform(-1, 1);
        }
        return values;
    }
}
