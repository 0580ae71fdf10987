package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dlfs.core.layer.Param;
import dlfs.core.parallel.Parallel;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large parameter is updated in ranges on several threads; the numbers must be those of one thread, bit for bit. */
class SplitUpdateTest {
    @Test
    void everyOptimizerGivesTheSameNumbersOnOneAndOnThreeThreads() {
        int savedThreads = Parallel.threads();
        try {
            for (String name : Optimizers.NAMES) {
                double[] one = train(name, 1);
                double[] three = train(name, 3);
                assertArrayEquals(one, three, 0.0, name);
            }
        } finally {
            Parallel.setThreads(savedThreads);
        }
    }

    /** Three steps on a 300,001-value parameter (large enough to be split) and a small one; returns both concatenated. */
    private static double[] train(String name, int threads) {
        Parallel.setThreads(threads);
        Rng rng = new Rng(51);
        Param big = new Param("W1", Tensor.zeros(300_001), true);
        Param small = new Param("b1", Tensor.zeros(7), false);
        Optimizer optimizer = Optimizers.create(name, 0.01);
        for (int step = 0; step < 3; step++) {
            for (Param p : List.of(big, small)) {
                for (int i = 0; i < p.grad().size(); i++) {
                    p.grad().data()[i] = rng.gaussian();
                }
            }
            optimizer.update(List.of(big, small));
        }
        double[] both = new double[big.value().size() + small.value().size()];
        System.arraycopy(big.value().data(), 0, both, 0, big.value().size());
        System.arraycopy(small.value().data(), 0, both, big.value().size(), small.value().size());
        return both;
    }
}
