package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.random.Rng;
import dlfs.core.search.DatasetRole;
import dlfs.core.search.HyperparameterSearch;
import dlfs.core.search.TrialResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The core's random search as a job of the shared service. Each trial starts at a checkpoint, so
 * pause, step and cancel act between trials; finished trials are kept for the panel to read.
 */
final class SearchJob implements TrainingJob {
    private final HyperparameterSearch search;
    private final Function<TrainTest, ImageDataset> data;
    private final DatasetRole role;
    private final long seed;
    private final List<TrialResult> finished = new ArrayList<>();

    /**
     * @param data which images are split into training and validation parts
     * @param role what those images are; the core refuses {@link DatasetRole#TEST}
     */
    SearchJob(HyperparameterSearch search, Function<TrainTest, ImageDataset> data, DatasetRole role, long seed) {
        this.search = search;
        this.data = data;
        this.role = role;
        this.seed = seed;
    }

    @Override
    public Message title() {
        return Message.of("ch06.search.job");
    }

    @Override
    public void run(JobContext context) {
        ImageDataset images = data.apply(Chapter6Data.load());
        int trials = search.settings().trials();
        search.addListener(new HyperparameterSearch.SearchListener() {
            @Override
            public void onTrialStarted(int trial, double learningRate, double weightDecay) {
                context.checkpoint();
            }

            @Override
            public void onTrialFinished(TrialResult result) {
                synchronized (SearchJob.this) {
                    finished.add(result);
                }
                double loss = result.history().iterations() == 0 ? 0 : result.history().loss(result.history().iterations() - 1);
                context.publish(new JobProgress(result.trial() + 1, trials, 0, Double.isFinite(loss) ? loss : 0,
                        Double.NaN, result.validationAccuracy(), null));
            }
        });
        search.run(images, role, new Rng(seed));
    }

    /** The trials finished so far, in the order they ran. */
    synchronized List<TrialResult> finished() {
        return List.copyOf(finished);
    }
}
