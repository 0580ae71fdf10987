package dlfs.core.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class PerceptronLearningTest {
    @Test
    void learnsTheLinearlySeparableGates() {
        for (IntBinaryOperator gate : List.<IntBinaryOperator>of(Gates::and, Gates::or, Gates::nand)) {
            for (double rate : new double[] {0.1, 0.5, 1.0}) {
                PerceptronLearning.Result result = PerceptronLearning.train(gate, rate, 100);
                assertTrue(result.converged(), "rate " + rate);
                assertEquals(0, result.epochs().get(result.epochs().size() - 1).errors());
                assertArrayEquals(Gates.truthTable(gate), Gates.truthTable(result.last()::output));
                assertTrue(result.epochs().get(0).errors() > 0);
            }
        }
    }

    @Test
    void neverLearnsXor() {
        PerceptronLearning.Result result = PerceptronLearning.train(Gates::xor, 0.1, 200);
        assertFalse(result.converged());
        assertEquals(200, result.epochs().size());
        assertTrue(result.epochs().stream().allMatch(e -> e.errors() > 0));
    }

    @Test
    void updatesOnlyOnMistakesByTwiceTheRateTimesTheInput() {
        PerceptronLearning learner = new PerceptronLearning(0.25);
        // AND from zero weights: (0,0) → sum 0 counts as −1, correct; (1,0) correct; (0,1) correct;
        // (1,1) wrong (−1 instead of +1): W += 0.25·2·(1, 1, 1)
        assertEquals(1, learner.epoch(Gates::and));
        assertEquals(new Perceptron(0.5, 0.5, 0.5), learner.current());
    }

    @Test
    void oneSampleAtATimeMatchesAWholeEpoch() {
        PerceptronLearning bySample = new PerceptronLearning(0.1);
        PerceptronLearning byEpoch = new PerceptronLearning(0.1);
        for (int epoch = 0; epoch < 5; epoch++) {
            int errors = 0;
            for (int sample = 0; sample < 4; sample++) {
                errors += bySample.learn(sample, Gates::or) ? 1 : 0;
            }
            assertEquals(byEpoch.epoch(Gates::or), errors);
            assertEquals(byEpoch.current(), bySample.current());
        }
    }

    @Test
    void startsFromGivenWeightsAndCorrectsThem() {
        // NAND's line is wrong for AND on every input: (0,0), (1,0), (0,1) fire, (1,1) does not
        PerceptronLearning learner = new PerceptronLearning(0.5, Gates.NAND);
        assertEquals(Gates.NAND, learner.current());
        assertTrue(learner.learn(0, Gates::and));
        assertEquals(new Perceptron(-0.5, -0.5, 0.7 - 2 * 0.5), learner.current());
        assertFalse(learner.learn(1, Gates::and));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PerceptronLearning(0));
        assertThrows(IllegalArgumentException.class, () -> PerceptronLearning.train(Gates::and, 0.1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PerceptronLearning(0.1, new Perceptron(Double.NaN, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> new PerceptronLearning(0.1).learn(4, Gates::and));
    }
}
