package dlfs.app.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch07.SmallMnist;
import dlfs.app.i18n.Message;
import dlfs.app.service.TrainingService;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.precision.Precision;
import dlfs.core.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionLabViewModelTest {
    @Test
    void precisionLabComparesFiveSettingsAgainstDouble() {
        TrainingService service = new TrainingService(Runnable::run);
        PrecisionLabViewModel model = new PrecisionLabViewModel(service);
        SimpleConvNet network = new SimpleConvNet(new Rng(5));
        model.compare(network, Message.of("ch08.precision.pretrainedOrigin", "test"), SmallMnist.load(10, 100).test());
        service.deliver();
        List<PrecisionComparisonJob.Row> rows = model.rowsProperty().get();
        assertEquals(5, rows.size());
        assertEquals(0, rows.get(0).changed());
        assertEquals(433_890L * 8, rows.get(0).weightBytes());
        assertEquals(433_890L * 2, rows.get(4).weightBytes());
        assertEquals(Precision.FLOAT16, rows.get(3).setting().weights());
        assertEquals(Precision.FLOAT16, rows.get(3).setting().inputs());
        for (PrecisionComparisonJob.Row row : rows) {
            assertTrue(row.changed() <= 100);
        }
    }

    @Test
    void converterShowsWhatEachFormatKeeps() {
        PrecisionLabViewModel model = new PrecisionLabViewModel(new TrainingService(Runnable::run));
        List<PrecisionLabViewModel.Conversion> tenth = model.conversionsProperty().get();
        assertEquals(0.1, tenth.get(0).stored());
        assertEquals((double) 0.1f, tenth.get(1).stored());
        assertEquals(0.0999755859375, tenth.get(2).stored());
        assertEquals("0 01011 1001100110", tenth.get(2).bits());
        model.typedProperty().set("70000");
        assertEquals(Double.POSITIVE_INFINITY, model.conversionsProperty().get().get(2).stored());
        model.typedProperty().set("x");
        assertNull(model.conversionsProperty().get());
        assertEquals("ch08.precision.notANumber", model.typedProblemProperty().get().key());
        model.typedProperty().set("−2");
        assertEquals(-2.0, model.conversionsProperty().get().get(2).stored());
    }
}
