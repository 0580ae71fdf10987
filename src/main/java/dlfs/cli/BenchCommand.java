package dlfs.cli;

import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.metrics.Evaluator;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Adam;
import dlfs.core.optimizer.Optimizer;
import dlfs.core.optimizer.Sgd;
import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.SparseRows;
import dlfs.core.tensor.Tensor;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dlfs bench}: the workloads of {@code numpy_reference.py} (same networks, batch, optimizers,
 * sampling with replacement), timed per training iteration. The last line has the reference's format,
 * {@code <workload> ms_per_iter=<x> test_acc=<y>}, so the two can be put side by side.
 * With {@code --kernels} it times the building blocks instead (see {@link KernelBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time training iterations of the NumPy reference workloads (mlp, convnet, mlp5), or with --kernels the building blocks.")
final class BenchCommand implements Callable<Integer> {
    enum Workload { mlp, convnet, mlp5 }

    @Option(names = "--workload", defaultValue = "mlp", description = "mlp, convnet or mlp5 (default: ${DEFAULT-VALUE})")
    Workload workload;

    @Option(names = "--iters", defaultValue = "1000", description = "timed iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--batch", defaultValue = "100")
    int batch;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Mixin
    ThreadsOption threads;

    /** The default warm-up: at least this many iterations and at least {@link #WARMUP_SECONDS}. */
    static final int WARMUP_ITERATIONS = 100;
    static final double WARMUP_SECONDS = 2.0;
    /** Then this long on a second, fresh network (see {@link #call}). */
    static final double SECOND_WARMUP_SECONDS = 1.5;

    @Option(names = "--warmup", paramLabel = "N",
            description = "untimed iterations on a separate network first, so the JIT has compiled the hot code"
                    + " (default: " + WARMUP_ITERATIONS + " iterations or " + WARMUP_SECONDS + " s, whichever takes longer,"
                    + " then " + SECOND_WARMUP_SECONDS + " s on a second network)")
    Integer warmup;

    @Option(names = "--dense-input",
            description = "multiply a mostly-zero input (the pixels entering the first layer) as a dense matrix,"
                    + " as NumPy does, instead of skipping its zeros; for comparison")
    boolean denseInput;

    @Option(names = "--kernels",
            description = "instead of a workload, time the building blocks (matrix products of the book's shapes,"
                    + " convolution, pooling, ReLU) on 1 thread and on all threads")
    boolean kernels;

    @Option(names = "--seconds", defaultValue = "0.5",
            description = "with --kernels: measuring time per figure (default: ${DEFAULT-VALUE})")
    double seconds;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        Validation.positive("--iters", iterations);
        Validation.positive("--batch", batch);
        if (warmup != null && warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got " + warmup);
        }
        threads.apply();
        if (kernels) {
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("--seconds must be more than 0, got " + seconds);
            }
            new KernelBenchmark(System.out, seconds).run();
            return 0;
        }
        TrainTest sets = data.load();
        ImageDataset train = sets.train();
        SparseRows.setEnabled(!denseInput);
        System.out.printf(Locale.ROOT, "data: train %d, test %d; threads %d, matrix kernel %s, %s%n",
                train.size(), sets.test().size(), Parallel.threads(), MatMul.kernel().name(),
                denseInput ? "dense first-layer products (--dense-input)" : "zeros of mostly-zero inputs skipped");

        Rng warmRng = new Rng(seed + 1);
        if (warmup != null) {
            runIterations(create(warmRng), train, warmup, warmRng);
        } else {
            // The vector code is compiled some hundreds of iterations in; a small net needs thousands.
            // Then a second network: a network's first step (its buffers not yet allocated) makes the
            // JIT throw away code it compiled without that case, and recompiling takes a second or
            // two; better here than in the timed run (mlp: 0.31–0.35 → 0.25 ms per iteration).
            warmUp(create(warmRng), train, WARMUP_SECONDS, WARMUP_ITERATIONS, warmRng);
            warmUp(create(warmRng), train, SECOND_WARMUP_SECONDS, WARMUP_ITERATIONS / 2, warmRng);
        }
        Rng rng = new Rng(seed);
        Run run = create(rng);
        MatMul.Statistics before = MatMul.statistics();
        long start = System.nanoTime();
        // in chunks, printing between them, so the timed loop is the very code the warm-up compiled
        int every = Math.max(1, iterations / 10);
        for (int done = 0; done < iterations; done += every) {
            double loss = runIterations(run, train, Math.min(every, iterations - done), rng);
            System.out.printf(Locale.ROOT, "iter %d loss %.4f%n", done, loss);
        }
        long elapsed = System.nanoTime() - start;
        MatMul.Statistics gemm = MatMul.statistics().minus(before);

        double accuracy = new Evaluator(Networks.sampleShape(run.network), true, 1000)
                .accuracy(run.network, sets.test(), sets.test().size());
        double ms = elapsed / 1e6 / iterations;
        System.out.printf(Locale.ROOT, "matrix products: %.1f%% of the time, %.1f GFLOP/s (%.2f GFLOP per iteration)%n",
                100.0 * gemm.nanos() / elapsed, gemm.gflopsPerSecond(), gemm.flops() / 1e9 / iterations);
        System.out.printf(Locale.ROOT, "%s ms_per_iter=%.3f test_acc=%.4f%n", workload, ms, accuracy);
        return 0;
    }

    /** A network, its optimizer and the buffers its batches are filled into. */
    private record Run(Network network, Optimizer optimizer, Tensor x, Tensor t, int[] indices) {
    }

    private Run create(Rng rng) {
        Network network;
        Optimizer optimizer;
        switch (workload) {
            case mlp:
                network = TwoLayerNet.chapter4(784, 50, 10, rng);
                optimizer = new Sgd(0.1);
                break;
            case convnet:
                network = new SimpleConvNet(rng);
                optimizer = new Adam(0.001);
                break;
            default:
                network = new MultiLayerNet(784, new int[] {100, 100, 100, 100, 100}, 10, Activation.RELU,
                        WeightInit.he(), WeightDecay.NONE, rng);
                optimizer = new Adam(0.001);
        }
        return new Run(network, optimizer, Tensor.zeros(Networks.batchShape(network, batch)), Tensor.zeros(batch),
                new int[batch]);
    }

    /** Trains {@code run} untimed for at least {@code seconds} and at least {@code iterations}. */
    private void warmUp(Run run, ImageDataset train, double seconds, int iterations, Rng rng) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        for (int done = 0; done < iterations || System.nanoTime() < until; done += 10) {
            runIterations(run, train, 10, rng);
        }
    }

    /** Trains {@code count} iterations on random batches; returns the loss of the first. */
    private double runIterations(Run run, ImageDataset train, int count, Rng rng) {
        double first = Double.NaN;
        for (int it = 0; it < count; it++) {
            for (int i = 0; i < batch; i++) {
                run.indices[i] = rng.nextInt(train.size());
            }
            train.fillBatch(run.indices, 0, batch, true, run.x, run.t);
            double loss = run.network.gradient(run.x, run.t);
            run.optimizer.update(run.network.params());
            if (it == 0) {
                first = loss;
            }
        }
        return first;
    }
}
