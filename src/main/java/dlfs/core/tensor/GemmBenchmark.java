package dlfs.core.tensor;

import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints how fast each kernel multiplies the matrices the book's networks actually multiply
 * (batch 100), on 1 and 2 threads. Not a test: timings depend on the machine and its load.
 * Every kernel first runs every shape once (so the JIT has compiled it), then each figure is
 * the best of {@value #TRIALS} runs.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp target/classes dlfs.core.tensor.GemmBenchmark [seconds per figure]</pre>
 */
public final class GemmBenchmark {
    private GemmBenchmark() {
    }

    /** One product {@code C(m×n) = op(A)·op(B)} with inner size k, and where the book computes it. */
    private record Shape(String where, boolean transA, boolean transB, int m, int k, int n) {
        String label() {
            return String.format(Locale.ROOT, "%-30s %s%s %5d x %5d x %5d", where,
                    transA ? "T" : "N", transB ? "T" : "N", m, k, n);
        }
    }

    private static final List<Shape> BOOK_SHAPES = List.of(
            new Shape("TwoLayerNet x·W1", false, false, 100, 784, 50),
            new Shape("TwoLayerNet dW1 = xᵀ·dout", true, false, 784, 100, 50),
            new Shape("TwoLayerNet dx = dout·W1ᵀ", false, true, 100, 50, 784),
            new Shape("mlp5 hidden 100·100", false, false, 100, 100, 100),
            new Shape("conv im2col·W (5 images)", false, false, 2880, 25, 30),
            new Shape("conv dW = colᵀ·dout", true, false, 25, 2880, 30),
            new Shape("conv dcol = dout·Wᵀ", false, true, 2880, 30, 25),
            new Shape("ConvNet affine 4320→100", false, false, 100, 4320, 100),
            new Shape("ConvNet dW = xᵀ·dout", true, false, 4320, 100, 100),
            new Shape("ConvNet dx = dout·Wᵀ", false, true, 100, 100, 4320));

    /** Each figure is the best of this many runs: other programs on the machine only ever slow a run down. */
    private static final int TRIALS = 5;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        List<MatMul.Kernel> kernels = new ArrayList<>();
        kernels.add(new MatMul.PlainKernel());
        Optional<MatMul.Kernel> vector = Kernels.vector();
        vector.ifPresent(kernels::add);
        System.out.println("selected kernel: " + Kernels.best());
        if (vector.isEmpty()) {
            System.out.println("(vector kernel unavailable: run with --add-modules jdk.incubator.vector)");
        }
        System.out.printf(Locale.ROOT, "%-48s %8s %8s %10s%n", "GFLOP/s (2·m·k·n per product)", "kernel",
                "threads", "GFLOP/s");
        int savedThreads = Parallel.threads();
        MatMul.Kernel savedKernel = MatMul.kernel();
        Rng rng = new Rng(1);
        List<double[][]> operands = new ArrayList<>();
        for (Shape s : BOOK_SHAPES) {
            operands.add(new double[][] {random(rng, s.m() * s.k()), random(rng, s.k() * s.n()), new double[s.m() * s.n()]});
        }
        try {
            for (MatMul.Kernel kernel : kernels) {
                MatMul.setKernel(kernel);
                for (int i = 0; i < BOOK_SHAPES.size(); i++) {
                    gflops(BOOK_SHAPES.get(i), operands.get(i), seconds);
                }
            }
            for (int i = 0; i < BOOK_SHAPES.size(); i++) {
                Shape s = BOOK_SHAPES.get(i);
                for (MatMul.Kernel kernel : kernels) {
                    MatMul.setKernel(kernel);
                    for (int threads = 1; threads <= 2; threads++) {
                        Parallel.setThreads(threads);
                        double best = 0;
                        for (int trial = 0; trial < TRIALS; trial++) {
                            best = Math.max(best, gflops(s, operands.get(i), seconds / TRIALS));
                        }
                        System.out.printf(Locale.ROOT, "%-48s %8s %8d %10.1f%n", s.label(), kernel.name(), threads, best);
                    }
                }
            }
        } finally {
            MatMul.setKernel(savedKernel);
            Parallel.setThreads(savedThreads);
        }
    }

    /** Multiplies for about {@code seconds} and returns the rate: 2·m·k·n floating-point operations per product. */
    private static double gflops(Shape s, double[][] operands, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long products = 0;
        long now;
        do {
            MatMul.multiply(s.transA(), s.transB(), s.m(), s.n(), s.k(), operands[0], operands[1], operands[2], false);
            products++;
            now = System.nanoTime();
        } while (now < end);
        return 2.0 * s.m() * s.k() * s.n() * products / (now - start);
    }

    private static double[] random(Rng rng, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.gaussian();
        }
        return values;
    }
}
