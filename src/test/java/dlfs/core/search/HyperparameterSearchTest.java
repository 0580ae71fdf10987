package dlfs.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.train.TrainerConfig;
import dlfs.core.train.TrainingFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random search on a small separable dataset: sorted trials, sampled ranges, cancellation, the test-set guard. */
class HyperparameterSearchTest {
    private final ImageDataset data = TrainingFixtures.stripes("train", 200, 3, new Rng(21));

    private final HyperparameterSearch.NetworkFactory factory =
            (lambda, rng) -> TrainingFixtures.twoLayerNet(TrainingFixtures.PIXELS, 8, 3, rng, WeightDecay.l2(lambda));

    private static SearchSettings settings(int trials) {
        TrainerConfig training = TrainerConfig.builder(TrainingFixtures.PIXELS).epochs(3).batchSize(20).build();
        return SearchSettings.book(training).withTrials(trials).withRanges(new LogUniformRange(-3, 0), LogUniformRange.BOOK_WEIGHT_DECAY);
    }

    @Test
    void trialsComeBackBestFirstWithTheirHyperparametersAndCurves() {
        HyperparameterSearch search = new HyperparameterSearch(factory, settings(6));
        List<TrialResult> finished = new ArrayList<>();
        search.addListener(new HyperparameterSearch.SearchListener() {
            @Override
            public void onTrialFinished(TrialResult result) {
                finished.add(result);
            }
        });
        List<TrialResult> results = search.run(data, DatasetRole.TRAINING, new Rng(5));
        assertEquals(6, results.size());
        assertEquals(6, finished.size());
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).validationAccuracy() >= results.get(i).validationAccuracy(), results.toString());
        }
        Set<Integer> trials = new HashSet<>();
        for (TrialResult r : results) {
            trials.add(r.trial());
            assertTrue(new LogUniformRange(-3, 0).contains(r.learningRate()), "lr " + r.learningRate());
            assertTrue(LogUniformRange.BOOK_WEIGHT_DECAY.contains(r.weightDecay()), "wd " + r.weightDecay());
            assertEquals(3, r.validationAccuracies().length);
            assertEquals(3, r.trainAccuracies().length);
            assertEquals(r.validationAccuracies()[2], r.validationAccuracy());
            double perValidationImage = r.validationAccuracy() * 40;
            assertEquals(Math.round(perValidationImage), perValidationImage, 1e-9, "validated on 20 % = 40 images");
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), trials);
        assertTrue(results.get(0).validationAccuracy() > results.get(5).validationAccuracy(),
                "a thousandfold range of learning rates should make a difference");
    }

    @Test
    void sameSeedReplaysTheSearch() {
        List<TrialResult> a = new HyperparameterSearch(factory, settings(3)).run(data, DatasetRole.TRAINING, new Rng(8));
        List<TrialResult> b = new HyperparameterSearch(factory, settings(3)).run(data, DatasetRole.TRAINING, new Rng(8));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).learningRate(), b.get(i).learningRate());
            assertEquals(a.get(i).weightDecay(), b.get(i).weightDecay());
            assertArrayEquals(a.get(i).history().losses(), b.get(i).history().losses());
        }
    }

    @Test
    void refusesToTuneOnTheTestSet() {
        HyperparameterSearch search = new HyperparameterSearch(factory, settings(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> search.run(data, DatasetRole.TEST, new Rng(1)));
        assertTrue(e.getMessage().contains("test set"), e.getMessage());
    }

    @Test
    void cancelKeepsTheFinishedTrials() {
        HyperparameterSearch search = new HyperparameterSearch(factory, settings(10));
        search.addListener(new HyperparameterSearch.SearchListener() {
            @Override
            public void onTrialFinished(TrialResult result) {
                if (result.trial() == 1) {
                    search.cancel();
                }
            }
        });
        List<TrialResult> results = search.run(data, DatasetRole.TRAINING, new Rng(2));
        assertEquals(2, results.size());
    }

    @Test
    void cancelDuringATrialDropsThatTrial() {
        HyperparameterSearch search = new HyperparameterSearch(factory, settings(10));
        search.addListener(new HyperparameterSearch.SearchListener() {
            @Override
            public void onTrialStarted(int trial, double learningRate, double weightDecay) {
                if (trial == 2) {
                    search.cancel();
                }
            }
        });
        assertEquals(2, search.run(data, DatasetRole.TRAINING, new Rng(2)).size());
    }

    @Test
    void bookSettingsAreTheCompanionOnes() {
        SearchSettings book = SearchSettings.book(TrainerConfig.builder(784).epochs(50).build());
        assertEquals(100, book.trials());
        assertEquals(0.2, book.validationFraction());
        assertEquals("sgd", book.optimizer());
        assertEquals(new LogUniformRange(-6, -2), book.learningRates());
        assertEquals(new LogUniformRange(-8, -4), book.weightDecays());
        assertThrows(IllegalArgumentException.class, () -> book.withTrials(0));
    }
}
