package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobDivergedException;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.ImageDataset;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Param;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CNN trained with learning rate 10³⁰⁰ (weights overflow to infinity) through the training service, as the SimpleConvNet panel runs
 * it: the job ends as diverged, the status bar explains and suggests a smaller learning rate, the
 * weights are the last finite ones, and every loss the charts received is finite.
 */
class DivergedTrainingTest {
    private static ImageDataset noise(int count, Rng rng) {
        byte[] pixels = new byte[count * 8 * 8];
        int[] labels = new int[count];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) rng.nextInt(256);
        }
        for (int i = 0; i < count; i++) {
            labels[i] = rng.nextInt(3);
        }
        return new ImageDataset("noise", pixels, labels, 1, 8, 8, 3);
    }

    @Test
    void aHugeLearningRateStopsTheJobWithAnExplanationAndFiniteWeights() {
        Rng rng = new Rng(3);
        SimpleConvNet network = new SimpleConvNet(new int[] {1, 8, 8}, 2, 3, 0, 1, 6, 3, WeightInit.fixed(0.1), rng);
        ImageDataset train = noise(40, rng);
        TrainerConfig config = TrainerConfig.builder(1, 8, 8).epochs(20).batchSize(10).build();
        Trainer trainer = new Trainer(network, new Sgd(1e300), train, null, config, rng.split());
        NetworkTrainingJob job = new NetworkTrainingJob(Message.of("page.ch07.overview.title"), trainer, train,
                10, () -> { });

        I18n i18n = new I18n(Language.ENGLISH);
        TrainingService service = new TrainingService(Runnable::run);
        StatusBarViewModel bar = new StatusBarViewModel(service, i18n);
        JobHandle handle = service.submit(job);
        List<JobProgress> received = new ArrayList<>();
        handle.addProgressListener(received::addAll);
        service.deliver();

        assertEquals(JobState.DIVERGED, handle.getState());
        JobDivergedException diverged = assertInstanceOf(JobDivergedException.class, handle.errorProperty().get());
        assertTrue(bar.detailProperty().get().contains("try a smaller learning rate"), bar.detailProperty().get());
        assertEquals(i18n.text(diverged.explanation()), bar.detailProperty().get());
        assertFalse(bar.canCancelProperty().get(), "the job is over");
        for (Param p : network.params()) {
            assertTrue(p.value().isFinite(), p.name() + " keeps its last finite values");
        }
        assertTrue(received.stream().allMatch(r -> Double.isNaN(r.loss()) || Double.isFinite(r.loss())),
                "no infinite loss reaches the charts");
        assertTrue(trainer.history().iterations() < config.epochs() * 4, "stopped early");

        i18n.setLanguage(Language.JAPANESE);
        assertTrue(bar.detailProperty().get().contains("学習率を小さく"), bar.detailProperty().get());
    }
}
