package dlfs.cli;

import dlfs.core.layer.Convolution;
import dlfs.core.layer.Param;
import dlfs.core.layer.Pooling;
import dlfs.core.layer.Relu;
import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Kernels;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dlfs bench --kernels}: how fast the building blocks of the book's networks run on their
 * real sizes (batch 100): the matrix products of the dense nets, convolution forward and backward,
 * pooling and ReLU.
 *
 * <p>Each figure is measured twice. On one thread the calling thread does all the work, so its CPU
 * time is the cost of the operation even when other programs share the processor; that is the
 * figure to compare changes by. With all threads the wall-clock time is what a user waits, but on
 * a busy machine it says as much about the other programs as about this one. Every operation runs
 * once for the whole measuring time before anything is measured, so the JIT has compiled the
 * code for the real sizes. Each figure is the best of {@value #TRIALS} runs: other programs can
 * only ever slow a run down.
 */
final class KernelBenchmark {
    private static final int TRIALS = 5;
    private static final int BATCH = 100;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final PrintStream out;
    private final double secondsPerFigure;

    KernelBenchmark(PrintStream out, double secondsPerFigure) {
        this.out = out;
        this.secondsPerFigure = secondsPerFigure;
    }

    /** One operation to time: its name, floating-point operations per call (0: not a product), and the call. */
    private record Operation(String name, double flops, Runnable call) {
    }

    void run() {
        int threads = Parallel.threads();
        MatMul.Kernel selected = MatMul.kernel();
        out.printf(Locale.ROOT, "kernel %s; after a warm-up, best of %d runs, %.2f s per figure; 1 thread: CPU time"
                + " of the calling thread, %d threads: wall-clock time%n", Kernels.best(), TRIALS, secondsPerFigure, threads);
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s %10s%n", "", "ms 1T cpu", "GFLOP/s", "ms " + threads + "T wall",
                "GFLOP/s");
        Rng rng = new Rng(1);
        List<Operation> operations = new ArrayList<>(products(rng, selected));
        operations.addAll(convolutions(rng));
        operations.addAll(elementwise(rng));
        try {
            // the JIT compiles the vector code late, especially on a busy machine: run everything once first
            Parallel.setThreads(1);
            for (Operation op : operations) {
                best(op, true);
            }
            for (Operation op : operations) {
                Parallel.setThreads(1);
                double cpu = best(op, true);
                Parallel.setThreads(threads);
                double wall = threads > 1 ? best(op, false) : cpu;
                out.printf(Locale.ROOT, "%-44s %10.3f %10s %10.3f %10s%n", op.name(), cpu * 1e3, rate(op, cpu),
                        wall * 1e3, rate(op, wall));
            }
        } finally {
            Parallel.setThreads(threads);
        }
    }

    /** The matrix products of the book's dense networks (and the plain kernel on the largest, for scale). */
    private static List<Operation> products(Rng rng, MatMul.Kernel selected) {
        int[][] shapes = {
            // transA, transB, m, k, n
            {0, 0, 100, 784, 50}, {1, 0, 784, 100, 50}, {0, 1, 100, 50, 784},      // TwoLayerNet, Affine1
            {0, 0, 100, 784, 100}, {1, 0, 784, 100, 100},                          // mlp5, Affine1
            {0, 0, 100, 100, 100}, {1, 0, 100, 100, 100}, {0, 1, 100, 100, 100},   // mlp5, hidden layers
            {0, 0, 100, 4320, 100}, {1, 0, 4320, 100, 100}, {0, 1, 100, 100, 4320}, // SimpleConvNet, Affine1
        };
        List<Operation> ops = new ArrayList<>();
        for (int[] s : shapes) {
            ops.add(product(rng, selected, s[0] == 1, s[1] == 1, s[2], s[3], s[4]));
        }
        ops.add(product(rng, new MatMul.PlainKernel(), false, false, 100, 4320, 100));
        return ops;
    }

    private static Operation product(Rng rng, MatMul.Kernel kernel, boolean transA, boolean transB, int m, int k, int n) {
        double[] a = random(rng, m * k);
        double[] b = random(rng, k * n);
        double[] c = new double[m * n];
        String name = String.format(Locale.ROOT, "%s %s%s %4d x %4d x %4d", kernel.name(), transA ? "T" : "N",
                transB ? "T" : "N", m, k, n);
        return new Operation(name, 2.0 * m * k * n, () -> {
            MatMul.Kernel selected = MatMul.kernel();
            MatMul.setKernel(kernel);
            try {
                MatMul.multiply(transA, transB, m, n, k, a, b, c, false);
            } finally {
                MatMul.setKernel(selected);
            }
        });
    }

    /** SimpleConvNet's Conv1 and a middle convolution of DeepConvNet, forward and backward. */
    private static List<Operation> convolutions(Rng rng) {
        List<Operation> ops = new ArrayList<>();
        ops.addAll(convolution(rng, "SimpleConvNet Conv1", 1, 28, 30, 5, 0));
        ops.addAll(convolution(rng, "DeepConvNet Conv3", 16, 14, 32, 3, 1));
        return ops;
    }

    private static List<Operation> convolution(Rng rng, String name, int channels, int size, int filters,
                                               int filterSize, int pad) {
        Tensor x = Tensor.wrap(random(rng, BATCH * channels * size * size), BATCH, channels, size, size);
        Param w = new Param("W", Tensor.wrap(random(rng, filters * channels * filterSize * filterSize),
                filters, channels, filterSize, filterSize), true);
        Convolution conv = new Convolution(name, w, new Param("b", Tensor.zeros(filters), false), 1, pad);
        Tensor y = conv.forward(x, true);
        Tensor dout = Tensor.wrap(random(rng, y.size()), y.shape());
        double product = 2.0 * y.size() * channels * filterSize * filterSize;
        return List.of(
                new Operation(name + " forward", product, () -> conv.forward(x, true)),
                new Operation(name + " backward dW, db", product, () -> conv.backwardParams(dout)),
                new Operation(name + " backward dW, db, dx", 2 * product, () -> conv.backward(dout)));
    }

    /** Pooling and ReLU on SimpleConvNet's largest tensor, (100, 30, 24, 24). */
    private static List<Operation> elementwise(Rng rng) {
        Tensor x = Tensor.wrap(random(rng, BATCH * 30 * 24 * 24), BATCH, 30, 24, 24);
        Pooling pool = Pooling.max("Pool1", 2, 2);
        Tensor pooled = pool.forward(x, true);
        Tensor poolGrad = Tensor.wrap(random(rng, pooled.size()), pooled.shape());
        Relu relu = new Relu("Relu1");
        relu.forward(x, true);
        Tensor reluGrad = Tensor.wrap(random(rng, x.size()), x.shape());
        return List.of(
                new Operation("SimpleConvNet Pool1 forward", 0, () -> pool.forward(x, true)),
                new Operation("SimpleConvNet Pool1 backward", 0, () -> pool.backward(poolGrad)),
                new Operation("SimpleConvNet Relu1 forward", 0, () -> relu.forward(x, true)),
                new Operation("SimpleConvNet Relu1 backward", 0, () -> relu.backward(reluGrad)));
    }

    /** Seconds per call: the best of the trials, each repeating the call for its share of the time. */
    private double best(Operation op, boolean cpuTime) {
        double best = Double.POSITIVE_INFINITY;
        long budget = (long) (secondsPerFigure / TRIALS * 1e9);
        for (int trial = 0; trial < TRIALS; trial++) {
            long wallStart = System.nanoTime();
            long start = cpuTime ? CPU.getCurrentThreadCpuTime() : wallStart;
            long calls = 0;
            do {
                op.call().run();
                calls++;
            } while (System.nanoTime() - wallStart < budget);
            long end = cpuTime ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
            best = Math.min(best, (end - start) / 1e9 / calls);
        }
        return best;
    }

    private static String rate(Operation op, double seconds) {
        return op.flops() == 0 ? "" : String.format(Locale.ROOT, "%.1f", op.flops() / seconds / 1e9);
    }

    private static double[] random(Rng rng, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.gaussian();
        }
        return values;
    }
}
