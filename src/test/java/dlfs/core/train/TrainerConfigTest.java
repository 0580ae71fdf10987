package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainerConfigTest {
    @Test
    void evaluationUsesTheTrainingBatchSizeUnlessToldOtherwise() {
        assertEquals(100, TrainerConfig.builder(784).build().evaluationBatchSize());
        assertEquals(32, TrainerConfig.builder(784).batchSize(32).build().evaluationBatchSize());
        assertEquals(500, TrainerConfig.builder(784).batchSize(32).evaluationBatchSize(500).build().evaluationBatchSize());
    }

    @Test
    void explicitEvaluationBatchSizeMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.builder(784).evaluationBatchSize(0).build());
        assertEquals(true, e.getMessage().contains("evaluation batch size"), e.getMessage());
    }
}
