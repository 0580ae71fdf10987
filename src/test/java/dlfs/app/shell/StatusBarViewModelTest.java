package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingJob;
import dlfs.app.service.TrainingService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private final List<Runnable> pending = new ArrayList<>();
    private final TrainingService service = new TrainingService(pending::add);
    private final StatusBarViewModel model = new StatusBarViewModel(service, i18n);

    @Test
    void idleBarSaysSoAndOffersNoCommand() {
        assertEquals("No training job", model.titleProperty().get());
        assertFalse(model.canCancelProperty().get());
        assertFalse(model.canPauseProperty().get());
    }

    @Test
    void showsTheJobsProgressInTheCurrentLanguage() {
        service.submit(new TrainingJob() {
            @Override
            public Message title() {
                return Message.of("page.ch04.overview.title");
            }

            @Override
            public void run(JobContext context) {
                context.publish(JobProgress.of(50, 200, 1, 0.123456));
            }
        });
        service.deliver();
        assertEquals("waiting", model.stateProperty().get());
        assertTrue(model.canCancelProperty().get());
        pending.forEach(Runnable::run);
        service.deliver();
        assertEquals("Chapter 4 at a glance: learning from data", model.titleProperty().get());
        assertEquals("finished", model.stateProperty().get());
        assertEquals("epoch 1 · iteration 50 / 200", model.iterationProperty().get());
        assertEquals("loss 0.1235", model.lossProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.canCancelProperty().get());

        i18n.setLanguage(Language.JAPANESE);
        assertEquals("エポック 1 ・ 反復 50 / 200", model.iterationProperty().get());
        assertEquals("完了", model.stateProperty().get());
    }

    @Test
    void formatsDurationsAndLosses() {
        assertEquals("1:05", StatusBarViewModel.formatDuration(Duration.ofSeconds(65)));
        assertEquals("2:00:01", StatusBarViewModel.formatDuration(Duration.ofSeconds(7201)));
        assertEquals("2.3026", StatusBarViewModel.formatLoss(2.302585));
        assertEquals("1.000e-05", StatusBarViewModel.formatLoss(1e-5));
    }
}
