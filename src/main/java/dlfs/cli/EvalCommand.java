package dlfs.cli;

import dlfs.core.data.TrainTest;
import dlfs.core.io.ModelFile;
import dlfs.core.metrics.ConfusionMatrix;
import dlfs.core.metrics.Evaluator;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.random.Rng;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dlfs eval}: accuracy, confusion matrix and per-class accuracy of a saved model on a test set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a saved model on the test set: accuracy, confusion matrix, per-class accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a model saved by 'dlfs train --save'")
    Path modelFile;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        ModelFile.Contents contents = ModelFile.load(modelFile);
        Network network = Networks.fromArchitecture(contents.architecture(), new Rng(0));
        contents.applyTo(network.params());
        TrainTest sets = data.load();
        int[] shape = Networks.sampleShape(network);
        int expected = 1;
        for (int d : shape) {
            expected *= d;
        }
        if (expected != sets.test().imageSize()) {
            throw new IllegalArgumentException(modelFile + " expects " + expected + " values per image, "
                    + sets.test().name() + " has " + sets.test().imageSize());
        }
        Predictions predictions = new Evaluator(shape, true).predict(network, sets.test(), sets.test().size());
        System.out.printf(Locale.ROOT, "%s on %s (%d images): accuracy %.4f%n", network.architecture().type(),
                sets.test().name(), predictions.size(), predictions.accuracy());
        print(predictions.confusionMatrix(), predictions.perClassAccuracy());
        return 0;
    }

    private static void print(ConfusionMatrix matrix, double[] perClass) {
        int k = matrix.classes();
        StringBuilder header = new StringBuilder("true\\pred");
        for (int j = 0; j < k; j++) {
            header.append(String.format(Locale.ROOT, "%6d", j));
        }
        System.out.println(header.append("   accuracy"));
        for (int i = 0; i < k; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%9d", i));
            for (int j = 0; j < k; j++) {
                row.append(String.format(Locale.ROOT, "%6d", matrix.count(i, j)));
            }
            System.out.println(row.append(String.format(Locale.ROOT, "   %.4f", perClass[i])));
        }
    }
}
