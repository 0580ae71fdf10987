package dlfs.app.ch08;

import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.core.data.ImageDataset;
import dlfs.core.metrics.Evaluator;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.precision.Precision;
import dlfs.core.precision.ReducedPrecisionNetwork;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's {@code half_float_network.py} experiment and a few more: the same trained network run
 * over a test set with its weights, inputs and (optionally) activations stored at lower precision,
 * each compared with the double-precision answers. Progress counts images over all settings, and
 * each record names the setting being measured.
 */
public final class PrecisionComparisonJob implements TrainingJob {
    private static final int CHUNK = 500;

    /**
     * One way of running the network.
     *
     * @param key bundle key of its name ({@code ch08.precision.setting.<key>})
     */
    public record Setting(String key, Precision weights, Precision inputs, Precision activations) {
    }

    /** double everywhere first (the reference), then float32, then three float16 variants. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("float64", Precision.FLOAT64, Precision.FLOAT64, Precision.FLOAT64),
            new Setting("float32", Precision.FLOAT32, Precision.FLOAT32, Precision.FLOAT32),
            new Setting("halfWeights", Precision.FLOAT16, Precision.FLOAT64, Precision.FLOAT64),
            new Setting("halfWeightsInputs", Precision.FLOAT16, Precision.FLOAT16, Precision.FLOAT64),
            new Setting("halfEverything", Precision.FLOAT16, Precision.FLOAT16, Precision.FLOAT16));

    /**
     * What one setting gave.
     *
     * @param changed     test images whose predicted class differs from the double-precision prediction
     * @param weightBytes memory the weights take in this setting
     */
    public record Row(Setting setting, double accuracy, int changed, long weightBytes) {
    }

    private final Network network;
    private final ImageDataset test;
    private volatile List<Row> rows = List.of();

    public PrecisionComparisonJob(Network network, ImageDataset test) {
        this.network = network;
        this.test = test;
    }

    @Override
    public Message title() {
        return Message.of("ch08.precision.jobTitle", network.architecture().type(), test.name());
    }

    @Override
    public void run(JobContext context) {
        long total = (long) test.size() * SETTINGS.size();
        long done = 0;
        long parameters = Networks.parameterCount(network);
        int[] reference = null;
        List<Row> out = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            ReducedPrecisionNetwork rounded = ReducedPrecisionNetwork.of(network, setting.weights(), setting.inputs(),
                    setting.activations());
            Evaluator evaluator = new Evaluator(Networks.sampleShape(network), true);
            int[] predicted = new int[test.size()];
            int correct = 0;
            for (int from = 0; from < test.size(); from += CHUNK) {
                context.checkpoint();
                int to = Math.min(test.size(), from + CHUNK);
                Predictions part = evaluator.predict(rounded, test.slice(from, to), TrainerConfig.ALL);
                for (int i = 0; i < part.size(); i++) {
                    predicted[from + i] = part.predicted(i);
                    correct += part.predicted(i) == part.trueLabel(i) ? 1 : 0;
                }
                done += to - from;
                context.publish(new JobProgress(done, total, 0, Double.NaN, Double.NaN, Double.NaN,
                        Message.of("ch08.precision.setting." + setting.key())));
            }
            if (reference == null) {
                reference = predicted;
            }
            int changed = 0;
            for (int i = 0; i < predicted.length; i++) {
                changed += predicted[i] != reference[i] ? 1 : 0;
            }
            out.add(new Row(setting, correct / (double) test.size(), changed, parameters * setting.weights().bytes()));
        }
        rows = List.copyOf(out);
    }

    /** One row per setting, once the job has succeeded (empty before). */
    public List<Row> rows() {
        return rows;
    }
}
