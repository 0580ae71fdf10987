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

    @Option(names = "--warmup", paramLabel = "N",
            description = "untimed iterations on a separate network first, so the JIT has compiled the hot code"
                    + " (default: " + WARMUP_ITERATIONS + " iterations or " + WARMUP_SECONDS + " s, whichever takes longer)")
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
        Run warm = create(warmRng);
        if (warmup != null) {
            runIterations(warm, train, warmup, warmRng, false);
        } else {
            // the vector code is compiled some hundreds of iterations in; a small net needs thousands
            long until = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
            int done = 0;
            while (done < WARMUP_ITERATIONS || System.nanoTime() < until) {
                runIterations(warm, train, 10, warmRng, false);
                done += 10;
            }
        }
        Rng rng = new Rng(seed);
        Run run = create(rng);
        MatMul.Statistics before = MatMul.statistics();
        long start = System.nanoTime();
        runIterations(run, train, iterations, rng, true);
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

    private record Run(Network network, Optimizer optimizer) {
    }

    private Run create(Rng rng) {
        switch (workload) {
            case mlp:
                return new Run(TwoLayerNet.chapter4(784, 50, 10, rng), new Sgd(0.1));
            case convnet:
                return new Run(new SimpleConvNet(rng), new Adam(0.001));
            default:
                return new Run(new MultiLayerNet(784, new int[] {100, 100, 100, 100, 100}, 10, Activation.RELU,
                        WeightInit.he(), WeightDecay.NONE, rng), new Adam(0.001));
        }
    }

    private void runIterations(Run run, ImageDataset train, int count, Rng rng, boolean report) {
        Tensor x = Tensor.zeros(Networks.batchShape(run.network, batch));
        Tensor t = Tensor.zeros(batch);
        int[] indices = new int[batch];
        int every = Math.max(1, count / 10);
        for (int it = 0; it < count; it++) {
            for (int i = 0; i < batch; i++) {
                indices[i] = rng.nextInt(train.size());
            }
            train.fillBatch(indices, 0, batch, true, x, t);
            double loss = run.network.gradient(x, t);
            run.optimizer.update(run.network.params());
            if (report && it % every == 0) {
                System.out.printf(Locale.ROOT, "iter %d loss %.4f%n", it, loss);
            }
        }
    }
}
