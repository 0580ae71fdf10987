package dlfs.core.network;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Rough timing of one SimpleConvNet training step (batch 100: forward, backward, plain SGD update)
 * on random data, with the time per layer. With {@code -Ddlfs.threads=1} the calling thread's CPU
 * time is the whole work, which stays meaningful on a busy machine. Not a test: run it by hand, e.g.
 * {@code java --add-modules=jdk.incubator.vector -cp target/classes:target/test-classes dlfs.core.network.SimpleConvNetStepTiming 50}.
 */
public final class SimpleConvNetStepTiming {
    private SimpleConvNetStepTiming() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Rng rng = new Rng(1);
        SimpleConvNet net = new SimpleConvNet(rng);
        Tensor x = Tensor.zeros(100, 1, 28, 28);
        Tensor t = Tensor.zeros(100);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.uniform();
        }
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.nextInt(10);
        }
        for (int i = 0; i < steps; i++) {
            step(net, x, t);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] millis = new double[steps];
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            step(net, x, t);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpuPerStep = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / steps;
        Arrays.sort(millis);
        System.out.printf("SimpleConvNet batch 100, %d threads, kernel %s: %.1f ms per training step (median of %d),"
                + " best %.1f ms; calling thread's CPU %.1f ms per step%n",
                Parallel.threads(), MatMul.kernel().name(), millis[steps / 2], steps, millis[0], cpuPerStep);
        printLayerTimes(net, x, steps);
    }

    private static void step(SimpleConvNet net, Tensor x, Tensor t) {
        net.gradient(x, t);
        for (Param p : net.params()) {
            p.value().addScaled(-0.01, p.grad());
        }
    }

    private static void printLayerTimes(SimpleConvNet net, Tensor x, int steps) {
        int layers = net.layers().size();
        long[] forward = new long[layers];
        long[] backward = new long[layers];
        Tensor[] outputs = new Tensor[layers];
        for (int s = 0; s < steps; s++) {
            Tensor in = x;
            for (int i = 0; i < layers; i++) {
                long t0 = System.nanoTime();
                in = net.layers().get(i).forward(in, true);
                forward[i] += System.nanoTime() - t0;
                outputs[i] = in;
            }
            Tensor dout = Tensor.zeros(outputs[layers - 1].shape()).fill(0.01);
            for (int i = layers - 1; i >= 0; i--) {
                long t0 = System.nanoTime();
                dout = net.layers().get(i).backward(dout);
                backward[i] += System.nanoTime() - t0;
            }
        }
        for (int i = 0; i < layers; i++) {
            Layer layer = net.layers().get(i);
            System.out.printf("  %-8s forward %6.2f ms  backward %6.2f ms%n", layer.name(),
                    forward[i] / 1e6 / steps, backward[i] / 1e6 / steps);
        }
    }
}
