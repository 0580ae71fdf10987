package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.Evaluator;
import dlfs.core.network.Networks;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainingHistory;
import dlfs.core.train.TrainingListener;
import java.util.Locale;

/**
 * Runs a core {@link Trainer} inside the training service: one checkpoint before every iteration (so
 * pause, single step and cancel work), a progress record with the loss after every iteration and
 * one with the accuracies after every evaluation. When the run completes, a last record carries the
 * final test accuracy (whole test set) and the training accuracy on as many training images, marked
 * with the message {@value #FINAL_KEY}.
 */
public final class NetworkTrainingJob implements TrainingJob {
    /** Message key of the last record of a completed run. */
    public static final String FINAL_KEY = "ch07.job.final";

    private final Message title;
    private final Trainer trainer;
    private final ImageDataset train;
    private final int testSize;
    private final Runnable afterStep;
    private volatile double lastLoss = Double.NaN;

    /**
     * @param train     the training set the trainer draws from (for the final training accuracy)
     * @param testSize  how many training images the final training accuracy looks at
     * @param afterStep runs on the worker thread after every iteration (e.g. to copy weights for a live view)
     */
    public NetworkTrainingJob(Message title, Trainer trainer, ImageDataset train, int testSize, Runnable afterStep) {
        this.title = title;
        this.trainer = trainer;
        this.train = train;
        this.testSize = testSize;
        this.afterStep = afterStep;
    }

    @Override
    public Message title() {
        return title;
    }

    @Override
    public void run(JobContext context) {
        int total = trainer.totalIterations();
        int perEpoch = trainer.iterationsPerEpoch();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                lastLoss = loss;
                context.publish(JobProgress.of(iteration + 1, total, (iteration + 1) / perEpoch, loss));
            }

            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                int done = trainer.iterationsDone();
                context.publish(new JobProgress(done, total, done / perEpoch, lastLoss, trainAccuracy, testAccuracy, null));
            }
        };
        trainer.addListener(listener);
        try {
            boolean more = true;
            while (more) {
                context.checkpoint();
                more = trainer.step();
                afterStep.run();
            }
        } finally {
            trainer.removeListener(listener);
        }
        TrainingHistory history = trainer.history();
        if (history.outcome() == TrainingHistory.Outcome.DIVERGED) {
            throw new JobDivergedException(Message.of("ch07.job.diverged", history.divergedAt() + 1));
        }
        Evaluator evaluator = new Evaluator(Networks.sampleShape(trainer.network()), trainer.config().normalize());
        double trainAccuracy = evaluator.accuracy(trainer.network(), train, testSize);
        double testAccuracy = history.finalTestAccuracy();
        context.publish(new JobProgress(total, total, total / perEpoch, lastLoss, trainAccuracy, testAccuracy,
                Message.of(FINAL_KEY, percent(trainAccuracy), percent(testAccuracy))));
    }

    /** 0.9896 → "98.96 %". */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }
}
