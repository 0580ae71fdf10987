package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.SyntheticIdx;
import dlfs.core.data.TrainTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCacheTest {
    @AfterEach
    void forgetTheChosenFolder() {
        DatasetLocator.preferFolder(null);
    }

    @Test
    void aNewlyChosenDataSetFolderReplacesTheCachedData(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticIdx.writeSet(first.resolve(DatasetId.MNIST.folder()), 300, 100, 28);
        SyntheticIdx.writeSet(second.resolve(DatasetId.MNIST.folder()), 300, 200, 28);

        DatasetLocator.preferFolder(first);
        assertTrue(DatasetCache.available().contains(DatasetId.MNIST));
        TrainTest fromFirst = DatasetCache.load(DatasetId.MNIST);
        assertEquals(100, fromFirst.test().size());
        assertSame(fromFirst, DatasetCache.load(DatasetId.MNIST), "read once, then shared");

        DatasetLocator.preferFolder(second);
        assertEquals(200, DatasetCache.load(DatasetId.MNIST).test().size());
    }
}
