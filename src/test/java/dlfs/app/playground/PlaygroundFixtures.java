package dlfs.app.playground;

import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.TrainTest;
import dlfs.core.network.Network;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;

/** What the playground tests share: the bundled mini MNIST, a small trained network, drawings. */
final class PlaygroundFixtures {
    private static TrainTest mnist;
    private static Network trained;

    private PlaygroundFixtures() {
    }

    /** The bundled 8,000 / 2,000 MNIST digits (always on the class path). */
    static synchronized TrainTest mnist() {
        if (mnist == null) {
            mnist = DatasetLocator.standard(null).locate(DatasetId.MNIST_MINI).orElseThrow().load();
        }
        return mnist;
    }

    /** TwoLayerNet 784-100-10 after 400 Adam steps on the mini set (about 90 % test accuracy, ~2 s). */
    static synchronized Network trainedTwoLayerNet() {
        if (trained == null) {
            Rng rng = new Rng(7);
            Network network = TwoLayerNet.chapter5(784, 100, 10, rng);
            TrainerConfig config = TrainerConfig.builder(784).iterations(400).batchSize(100)
                    .evaluationSampleLimit(0).build();
            new Trainer(network, new Adam(0.001), mnist().train(), null, config, rng.split()).run();
            trained = network;
        }
        return trained;
    }

    /** A 280×280 pad with a line of the given width from (x0, y0) to (x1, y1) (straight strokes only). */
    static double[] stroke(double[] pad, double x0, double y0, double x1, double y1, double width) {
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 280; x++) {
                double dx = x1 - x0;
                double dy = y1 - y0;
                double t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / (dx * dx + dy * dy)));
                double ex = x + 0.5 - (x0 + t * dx);
                double ey = y + 0.5 - (y0 + t * dy);
                if (Math.sqrt(ex * ex + ey * ey) <= width / 2) {
                    pad[y * 280 + x] = 1;
                }
            }
        }
        return pad;
    }

    /** A vertical stroke: a 1. */
    static double[] one() {
        return stroke(new double[280 * 280], 150, 40, 140, 240, 22);
    }

    /** A bar and a slanted stem: a 7. */
    static double[] seven() {
        return stroke(stroke(new double[280 * 280], 70, 60, 210, 60, 22), 210, 60, 120, 240, 22);
    }
}
