package dlfs.app.ch08;

import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.augment.Augmentation;
import dlfs.core.data.ImageDataset;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.optimizer.Adam;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingHistory;
import dlfs.core.train.TrainingListener;

/**
 * The augmentation experiment: two SimpleConvNets from the same initial weights, trained for the
 * same number of mini-batches, one on a small subset of the training images and one on the subset
 * plus augmented copies of it. Every record names its run in its message ({@link Run#key()}), so the
 * panel can draw two curves; each run ends with a record of its accuracy on the whole test set.
 */
public final class AugmentationComparisonJob implements TrainingJob {
    /** The two runs, in the order they are trained. */
    public enum Run {
        PLAIN("ch08.augment.runPlain"), AUGMENTED("ch08.augment.runAugmented");

        private final String key;

        Run(String key) {
            this.key = key;
        }

        /** Message key of this run's records. */
        public String key() {
            return key;
        }

        /** Message key of this run's final record. */
        public String finalKey() {
            return key + "Final";
        }
    }

    private final ImageDataset subset;
    private final ImageDataset test;
    private final Augmentation augmentation;
    private final int copies;
    private final int iterations;
    private final long seed;

    /**
     * @param subset     the few training images both runs start from
     * @param copies     augmented versions added per image for the second run
     * @param iterations mini-batches of 100 each run trains on
     */
    public AugmentationComparisonJob(ImageDataset subset, ImageDataset test, Augmentation augmentation, int copies,
                                     int iterations, long seed) {
        this.subset = subset;
        this.test = test;
        this.augmentation = augmentation;
        this.copies = copies;
        this.iterations = iterations;
        this.seed = seed;
    }

    @Override
    public Message title() {
        return Message.of("ch08.augment.jobTitle", subset.size());
    }

    @Override
    public void run(JobContext context) {
        train(Run.PLAIN, subset, 0, context);
        ImageDataset expanded = augmentation.expand(subset, copies, new Rng(seed).split());
        train(Run.AUGMENTED, expanded, iterations, context);
    }

    private void train(Run run, ImageDataset data, int offset, JobContext context) {
        SimpleConvNet network = new SimpleConvNet(new Rng(seed));
        TrainerConfig config = TrainerConfig.builder(network.inputDim()).iterations(iterations).batchSize(100)
                .trainEvaluationLimit(500).testEvaluationLimit(1_000).build();
        Trainer trainer = new Trainer(network, new Adam(0.001), data, test, config, new Rng(seed + 1));
        int total = 2 * iterations;
        Message label = Message.of(run.key());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onIteration(int iteration, int epoch, double loss) {
                context.publish(new JobProgress(offset + iteration + 1, total, epoch, loss, Double.NaN, Double.NaN, label));
            }

            @Override
            public void onEpoch(int epoch, double trainAccuracy, double testAccuracy) {
                context.publish(new JobProgress(offset + trainer.iterationsDone(), total, epoch, Double.NaN, trainAccuracy,
                        testAccuracy, label));
            }
        });
        boolean more = true;
        while (more) {
            context.checkpoint();
            more = trainer.step();
        }
        if (trainer.outcome() == TrainingHistory.Outcome.DIVERGED) {
            throw new JobDivergedException(Message.of("ch07.job.diverged", trainer.history().divergedAt() + 1));
        }
        double accuracy = trainer.history().finalTestAccuracy();
        context.publish(new JobProgress(offset + iterations, total, 0, Double.NaN, Double.NaN, accuracy,
                Message.of(run.finalKey(), NetworkTrainingJob.percent(accuracy))));
    }
}
