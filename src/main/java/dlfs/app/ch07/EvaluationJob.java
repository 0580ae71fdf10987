package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.Evaluator;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.train.TrainerConfig;

/**
 * Runs a network over a test set in the training service, a few hundred images at a time with a
 * checkpoint between them (so a long evaluation can be paused or cancelled), and keeps the core's
 * {@link Predictions}: true labels, predictions and softmax probabilities of every image.
 */
public final class EvaluationJob implements TrainingJob {
    private static final int CHUNK = 500;

    private final Message title;
    private final Network network;
    private final ImageDataset data;
    private volatile Predictions result;

    public EvaluationJob(Message title, Network network, ImageDataset data) {
        this.title = title;
        this.network = network;
        this.data = data;
    }

    @Override
    public Message title() {
        return title;
    }

    @Override
    public void run(JobContext context) {
        int n = data.size();
        int classes = data.classes();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] probabilities = new double[n * classes];
        Evaluator evaluator = new Evaluator(Networks.sampleShape(network), true);
        for (int from = 0; from < n; from += CHUNK) {
            context.checkpoint();
            int to = Math.min(n, from + CHUNK);
            Predictions part = evaluator.predict(network, data.slice(from, to), TrainerConfig.ALL);
            for (int i = 0; i < part.size(); i++) {
                truth[from + i] = part.trueLabel(i);
                predicted[from + i] = part.predicted(i);
                for (int c = 0; c < classes; c++) {
                    probabilities[(from + i) * classes + c] = part.probability(i, c);
                }
            }
            context.publish(JobProgress.of(to, n, 0, Double.NaN));
        }
        result = new Predictions(classes, truth, predicted, probabilities);
    }

    /** The predictions, once the job has succeeded (null before). */
    public Predictions result() {
        return result;
    }

    public ImageDataset data() {
        return data;
    }
}
