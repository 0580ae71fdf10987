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

    /** TwoLayerNet 784-50-10 after 300 Adam steps on the mini set (about 90 % test accuracy, about a second). */
    static synchronized Network trainedTwoLayerNet() {
        if (trained == null) {
            Rng rng = new Rng(7);
            Network network = TwoLayerNet.chapter5(784, 50, 10, rng);
            TrainerConfig config = TrainerConfig.builder(784).iterations(300).batchSize(100)
                    .evaluationSampleLimit(0).build();
            new Trainer(network, new Adam(0.002), mnist().train(), null, config, rng.split()).run();
            trained = network;
        }
        return trained;
    }

    /** Adds an anti-aliased straight stroke of the given width from (x0, y0) to (x1, y1) to a 280×280 pad. */
    static double[] stroke(double[] pad, double x0, double y0, double x1, double y1, double width) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 280; x++) {
                double t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / (dx * dx + dy * dy)));
                double ex = x + 0.5 - (x0 + t * dx);
                double ey = y + 0.5 - (y0 + t * dy);
                double coverage = Math.min(1, width / 2 + 0.5 - Math.sqrt(ex * ex + ey * ey));
                pad[y * 280 + x] = Math.max(pad[y * 280 + x], Math.max(0, coverage));
            }
        }
        return pad;
    }

    /** A digit drawn at {@code scale} of the pad, moved by (dx, dy), with the given pen width. */
    record Drawing(double scale, double dx, double dy, double width) {
        private double[] line(double[] pad, double x0, double y0, double x1, double y1) {
            return stroke(pad, dx + scale * x0, dy + scale * y0, dx + scale * x1, dy + scale * y1, width);
        }

        /** A vertical stroke. */
        double[] one() {
            return line(new double[280 * 280], 150, 40, 140, 240);
        }

        /** A bar and a slanted stem. */
        double[] seven() {
            return line(line(new double[280 * 280], 70, 60, 210, 60), 210, 60, 120, 240);
        }

        /** An open 4: a diagonal, a crossbar and an upright that does not meet the diagonal. */
        double[] four() {
            double[] pad = line(line(new double[280 * 280], 150, 40, 70, 180), 70, 180, 220, 180);
            return line(pad, 185, 90, 185, 250);
        }
    }

    /** Filling the pad with the default pen. */
    static final Drawing NORMAL = new Drawing(1, 0, 0, 22);

    static double[] one() {
        return NORMAL.one();
    }

    static double[] seven() {
        return NORMAL.seven();
    }
}
