package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
    @TempDir
    Path dir;

    @Test
    void loadsTrainingAndTestPairs() throws IOException {
        SyntheticIdx.writeSet(dir, 30, 12, 4);
        TrainTest data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir));
        assertEquals(30, data.train().size());
        assertEquals(12, data.test().size());
        assertEquals(4, data.train().height());
        assertEquals(7 % 256, data.train().pixel(1, 0));
        assertEquals(3, data.train().label(3));
        assertEquals("mnist/train", data.train().name());
    }

    @Test
    void folderWithOnlyTrainingFilesLoadsWithoutTestSet() throws IOException {
        SyntheticIdx.writeSet(dir, 30, 0, 4);
        TrainTest data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir));
        assertFalse(data.hasTest());
        assertNull(data.test());
        TrainTest split = data.withHeldOutTest(10);
        assertEquals(20, split.train().size());
        assertEquals(10, split.test().size());
        assertEquals(data.train().label(25), split.test().label(5));
        assertEquals(0, Datasets.info(DatasetId.MNIST, new DatasetLocation.Folder(dir)).testCount());
    }

    @Test
    void readsUnpackedFilesUnderTheirPublishedNames() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxWriter.images(SyntheticIdx.images(3, 2, 2)));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxWriter.labels(new int[] {1, 2, 3}));
        TrainTest data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir));
        assertEquals(3, data.train().size());
    }

    @Test
    void mismatchedImageAndLabelCountsAreRejected() throws IOException {
        IdxWriter.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxWriter.gzip(IdxWriter.images(SyntheticIdx.images(5, 2, 2))));
        IdxWriter.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxWriter.gzip(IdxWriter.labels(new int[4])));
        DatasetLocation folder = new DatasetLocation.Folder(dir);
        String expected = "train-labels-idx1-ubyte.gz: holds 4 labels but train-images-idx3-ubyte.gz holds 5 images";
        assertEquals(expected, assertThrows(DatasetException.class, () -> Datasets.load(DatasetId.MNIST, folder)).getMessage());
        assertEquals(expected, assertThrows(DatasetException.class, () -> Datasets.info(DatasetId.MNIST, folder)).getMessage());
    }

    @Test
    void labelsBeyondTheClassesAreRejected() throws IOException {
        IdxWriter.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxWriter.gzip(IdxWriter.images(SyntheticIdx.images(2, 2, 2))));
        IdxWriter.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxWriter.gzip(IdxWriter.labels(new int[] {3, 12})));
        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir)));
        assertEquals("train-labels-idx1-ubyte.gz: label 12 at index 1 is outside 0..9", e.getMessage());
    }

    @Test
    void aTestSetMissingOneOfItsFilesIsAnError() throws IOException {
        SyntheticIdx.writeSet(dir, 10, 5, 2);
        Files.delete(dir.resolve("t10k-labels-idx1-ubyte.gz"));
        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir)));
        assertTrue(e.getMessage().startsWith("t10k-labels-idx1-ubyte.gz: missing in "), e.getMessage());
    }

    @Test
    void missingTrainingFilesAreNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir)));
        assertTrue(e.getMessage().startsWith("train-images-idx3-ubyte.gz: not found in "), e.getMessage());
    }

    @Test
    void infoReadsCountsAndSizeFromHeaders() throws IOException {
        SyntheticIdx.writeSet(dir, 30, 12, 4);
        DatasetInfo info = Datasets.info(DatasetId.FASHION_MNIST, new DatasetLocation.Folder(dir));
        assertEquals(30, info.trainCount());
        assertEquals(12, info.testCount());
        assertEquals(4, info.height());
        assertEquals(10, info.classes());
        assertEquals("Ankle boot", info.classNames().get(9));
        assertTrue(info.summary().startsWith("fashion-mnist      30 train /    12 test, 4×4, 10 classes"), info.summary());
    }

    @Test
    void arraysFollowLoadMnistOptions() throws IOException {
        SyntheticIdx.writeSet(dir, 6, 3, 28);
        TrainTest data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir));
        MnistArrays flat = MnistArrays.of(data, false, true, false);
        assertArrayEquals(new int[] {6, 784}, flat.xTrain().shape());
        assertArrayEquals(new int[] {6}, flat.tTrain().shape());
        assertArrayEquals(new int[] {3, 784}, flat.xTest().shape());
        assertEquals(7.0, flat.xTrain().get(1, 0));

        MnistArrays book = MnistArrays.of(data, true, false, true);
        assertArrayEquals(new int[] {6, 1, 28, 28}, book.xTrain().shape());
        assertArrayEquals(new int[] {6, 10}, book.tTrain().shape());
        assertEquals(7.0 / 255.0, book.xTrain().get(1, 0, 0, 0), 1e-15);
        assertEquals(1.0, book.tTrain().get(2, 2));
        assertEquals(1.0, book.tTrain().sum() / 6, 0.0);
    }

    @Test
    void arraysOfATrainOnlySetHaveNoTestPart() throws IOException {
        SyntheticIdx.writeSet(dir, 6, 0, 2);
        MnistArrays arrays = MnistArrays.of(Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(dir)), true, true, false);
        assertNull(arrays.xTest());
        assertNull(arrays.tTest());
    }

    @Test
    void labelCountsCountEachClass() {
        ImageDataset data = SyntheticIdx.dataset("d", 23, 2, 10);
        assertArrayEquals(new int[] {3, 3, 3, 2, 2, 2, 2, 2, 2, 2}, data.labelCounts());
        Tensor labels = data.labels(false);
        assertEquals(2.0, labels.at(12));
    }
}
