package dlfs.app.ch07;

import dlfs.core.data.DatasetId;
import dlfs.core.data.TrainTest;

/** A few hundred bundled MNIST digits: enough for a short, fast training run in a test. */
public final class SmallMnist {
    private SmallMnist() {
    }

    public static TrainTest load(int trainImages, int testImages) {
        TrainTest all = DatasetCache.load(DatasetId.MNIST_MINI);
        return new TrainTest(all.train().slice(0, trainImages), all.test().slice(0, testImages));
    }
}
