package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The book's MNIST facts (section 3.6.1, Fig. 3-24), checked on the shared mnist-10k copy: the first
 * 10,000 training images and the complete official test set. Skipped when the copy is absent.
 */
class MnistBookFactsTest {
    static final Path SHARED = Path.of("..", "shared", "datasets", "mnist-10k");
    /** How often each digit occurs among the first 10,000 training labels. */
    static final int[] FIRST_10K_DIGIT_COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    private static TrainTest data;

    @BeforeAll
    static void load() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "shared mnist-10k not present");
        data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(SHARED));
    }

    @Test
    void imagesAre28By28WithOneChannel() {
        assertEquals(28, data.train().height());
        assertEquals(28, data.train().width());
        assertEquals(1, data.train().channels());
        assertEquals(784, data.test().imageSize());
    }

    @Test
    void firstTrainingDigitIsAFive() {
        assertEquals(5, data.train().label(0));
    }

    @Test
    void testSetHasTenThousandImages() {
        assertEquals(10_000, data.test().size());
        assertEquals(10_000, data.train().size());
    }

    @Test
    void firstTwentyTestLabelsAreThoseOfFigure3_24() {
        int[] expected = {7, 2, 1, 0, 4, 1, 4, 9, 5, 9, 0, 6, 9, 0, 1, 5, 9, 7, 3, 4};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], data.test().label(i), "test label " + i);
        }
    }

    @Test
    void digitCountsOfTheFirstTenThousandTrainingLabels() {
        assertArrayEquals(FIRST_10K_DIGIT_COUNTS, data.train().labelCounts());
    }

    @Test
    void loadMnistShapesFollowTheOptions() {
        MnistArrays flat = MnistArrays.of(data, false, true, false);
        assertArrayEquals(new int[] {10_000, 784}, flat.xTrain().shape());
        assertArrayEquals(new int[] {10_000}, flat.tTrain().shape());
        assertArrayEquals(new int[] {10_000, 784}, flat.xTest().shape());
        assertArrayEquals(new int[] {10_000}, flat.tTest().shape());
        assertEquals(255.0, flat.xTrain().max());

        MnistArrays book = MnistArrays.of(data, true, false, true);
        assertArrayEquals(new int[] {10_000, 1, 28, 28}, book.xTest().shape());
        assertArrayEquals(new int[] {10_000, 10}, book.tTrain().shape());
        assertEquals(1.0, book.xTrain().max());
        assertEquals(1.0, book.tTrain().get(0, 5));
    }
}
