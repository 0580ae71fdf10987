package dlfs.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.network.Network;
import dlfs.core.random.Rng;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import dlfs.core.train.StubNetwork;
import dlfs.core.train.TrainingFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy, confusion matrix, per-class accuracy and mistakes on a hand-made example: each
 * "image" holds three pixels that an identity network returns as the three class scores.
 */
class MetricsTest {
    //                                  s0         s1         s2         s3         s4         s5
    private static final int[][] SCORES = {{9, 1, 0}, {1, 8, 2}, {0, 7, 1}, {0, 7, 9}, {2, 1, 5}, {3, 3, 6}};
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private final ImageDataset data = dataset();
    private final Network identity = new IdentityNetwork();

    @Test
    void confusionMatrixCountsTruthAgainstPrediction() {
        Predictions p = new Evaluator(new int[] {3}, false, 4).predict(identity, data, Integer.MAX_VALUE);
        ConfusionMatrix m = p.confusionMatrix();
        assertArrayEquals(new int[] {1, 1, 0}, m.counts()[0]);
        assertArrayEquals(new int[] {0, 1, 1}, m.counts()[1]);
        assertArrayEquals(new int[] {0, 0, 2}, m.counts()[2]);
        assertEquals(6, m.total());
        assertEquals(4, m.correct());
        assertEquals(4 / 6.0, p.accuracy(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5, 1.0}, p.perClassAccuracy(), 1e-15);
    }

    @Test
    void batchedAccuracyAgreesWithThePredictions() {
        Evaluator evaluator = new Evaluator(new int[] {3}, false, 4);
        assertEquals(4 / 6.0, evaluator.accuracy(identity, data, Integer.MAX_VALUE), 1e-15);
        assertEquals(3 / 5.0, evaluator.accuracy(identity, data, 5), 1e-15);
        assertEquals(1.0, evaluator.accuracy(identity, data, 1), 1e-15);
        assertTrue(Double.isNaN(evaluator.accuracy(identity, data, 0)));
    }

    @Test
    void misclassifiedSamplesCarryTheirTopProbabilities() {
        Predictions p = new Evaluator(new int[] {3}, false, 4).predict(identity, data, Integer.MAX_VALUE);
        List<Misclassification> wrong = p.misclassified(2);
        assertEquals(2, wrong.size());
        Misclassification first = wrong.get(0);
        assertEquals(1, first.index());
        assertEquals(0, first.trueLabel());
        assertEquals(1, first.predictedLabel());
        assertArrayEquals(new int[] {1, 2}, first.topClasses());
        double z = Math.exp(1) + Math.exp(8) + Math.exp(2);
        assertArrayEquals(new double[] {Math.exp(8) / z, Math.exp(2) / z}, first.topProbabilities(), 1e-15);
        Misclassification second = wrong.get(1);
        assertEquals(3, second.index());
        assertEquals(1, second.trueLabel());
        assertEquals(2, second.predictedLabel());
        assertArrayEquals(new int[] {2, 1}, second.topClasses());
        assertThrows(IllegalArgumentException.class, () -> p.misclassified(4));
    }

    @Test
    void probabilitiesOfEveryBatchLandInTheirRows() {
        Predictions p = new Evaluator(new int[] {3}, false, 4).predict(identity, data, Integer.MAX_VALUE);
        for (int i = 0; i < SCORES.length; i++) {
            double z = 0;
            for (int s : SCORES[i]) {
                z += Math.exp(s);
            }
            for (int c = 0; c < 3; c++) {
                assertEquals(Math.exp(SCORES[i][c]) / z, p.probability(i, c), 1e-15, "sample " + i + " class " + c);
            }
        }
    }

    @Test
    void classWithoutSamplesHasNoAccuracy() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}, 3);
        double[] perClass = m.perClassAccuracy();
        assertEquals(1.0, perClass[0]);
        assertEquals(0.5, perClass[1]);
        assertTrue(Double.isNaN(perClass[2]));
        assertEquals(2, m.rowTotal(1));
        assertThrows(IllegalArgumentException.class, () -> m.add(3, 0));
        assertTrue(Double.isNaN(new ConfusionMatrix(2).accuracy()));
    }

    @Test
    void shapesThatDoNotFitAreRejected() {
        assertThrows(ShapeException.class, () -> new Evaluator(new int[] {4}, false).accuracy(identity, data, 6));
        ImageDataset stripes = TrainingFixtures.stripes("stripes", 4, 2, new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(new int[] {16}, false).accuracy(identity, stripes, 4));
        assertTrue(e.getMessage().contains("2 classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InputBatch(new int[] {0, 3}, false));
        assertThrows(IllegalArgumentException.class, () -> new Evaluator(new int[] {3}, false, 0));
    }

    @Test
    void inputBatchFollowsTheSampleShape() {
        InputBatch batch = new InputBatch(new int[] {1, 4, 4}, true);
        ImageDataset stripes = TrainingFixtures.stripes("stripes", 4, 2, new Rng(1));
        batch.load(stripes, new int[] {3, 1}, 0, 2);
        assertArrayEquals(new int[] {2, 1, 4, 4}, batch.images().shape());
        assertArrayEquals(new double[] {1, 1}, batch.labels().data());
        assertEquals(stripes.pixel(3, 5) / 255.0, batch.images().get(0, 0, 1, 1), 1e-15);
        Tensor before = batch.images();
        batch.load(stripes, new int[] {0, 2}, 0, 2);
        assertTrue(before == batch.images(), "same batch size reuses the tensor");
    }

    private static ImageDataset dataset() {
        byte[] pixels = new byte[SCORES.length * 3];
        for (int i = 0; i < SCORES.length; i++) {
            for (int c = 0; c < 3; c++) {
                pixels[i * 3 + c] = (byte) SCORES[i][c];
            }
        }
        return new ImageDataset("hand-made", pixels, LABELS, 1, 1, 3, 3);
    }

    /** Scores = the input pixels, so a test can choose every prediction. */
    private static final class IdentityNetwork extends StubNetwork {
        @Override
        public Tensor predict(Tensor x, boolean train) {
            return x.reshape(x.dim(0), -1);
        }
    }
}
