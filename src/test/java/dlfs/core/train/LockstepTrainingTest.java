package dlfs.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.init.WeightInit;
import dlfs.core.network.Network;
import dlfs.core.network.NetworkBuilder;
import dlfs.core.optimizer.Sgd;
import dlfs.core.random.Rng;
import dlfs.core.train.LockstepTraining.Contender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several networks on the same batches: twins stay twins, a diverging one drops out alone. */
class LockstepTrainingTest {
    private static ImageDataset tinyData() {
        Rng rng = new Rng(5);
        int n = 60;
        byte[] pixels = new byte[n * 4];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 4; p++) {
                pixels[i * 4 + p] = (byte) (labels[i] == 1 && p < 2 ? 200 + rng.nextInt(50) : rng.nextInt(60));
            }
        }
        return new ImageDataset("tiny", pixels, labels, 1, 2, 2, 2);
    }

    private static Network net(long seed) {
        return new NetworkBuilder(4, new Rng(seed)).weightInit(WeightInit.he()).affine(8).relu().affine(2).softmaxWithLoss();
    }

    @Test
    void twinsTrainedOnTheSameBatchesStayIdentical() {
        ImageDataset data = tinyData();
        LockstepTraining race = new LockstepTraining(List.of(new Contender("a", net(1), new Sgd(0.1)),
                new Contender("b", net(1), new Sgd(0.1)), new Contender("c", net(2), new Sgd(0.1))),
                data, 10, new int[] {4}, new Rng(9));
        for (int i = 0; i < 30; i++) {
            race.step();
        }
        assertEquals(30, race.iterations());
        assertArrayEquals(race.losses(0), race.losses(1), 0);
        assertFalse(java.util.Arrays.equals(race.losses(0), race.losses(2)));
        assertArrayEquals(race.contenders().get(0).network().params().get(0).value().data(),
                race.contenders().get(1).network().params().get(0).value().data(), 0);
        assertTrue(race.accuracy(0, data, Integer.MAX_VALUE) > 0.9, "the two classes separate easily");
    }

    @Test
    void divergingContenderDropsOutAndTheOthersGoOn() {
        ImageDataset data = tinyData();
        LockstepTraining race = new LockstepTraining(List.of(new Contender("wild", net(1), new Sgd(1e300)),
                new Contender("calm", net(1), new Sgd(0.1))), data, 10, new int[] {4}, new Rng(3));
        for (int i = 0; i < 20; i++) {
            race.step();
        }
        assertTrue(race.diverged(0));
        assertFalse(race.diverged(1));
        assertTrue(Double.isNaN(race.losses(0)[19]));
        assertTrue(Double.isNaN(race.accuracy(0, data, 10)));
        assertTrue(Double.isFinite(race.losses(1)[19]));
        assertEquals(20, race.losses(1).length);
    }
}
