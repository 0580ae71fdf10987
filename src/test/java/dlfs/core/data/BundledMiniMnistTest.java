package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mini MNIST shipped in {@code datasets/mnist-mini}: intact, split 8,000/2,000, in MNIST's original order. */
class BundledMiniMnistTest {
    private static final Path MINI = Path.of("datasets", "mnist-mini");
    private static TrainTest data;

    @BeforeAll
    static void load() {
        data = Datasets.load(DatasetId.MNIST_MINI, new DatasetLocation.Folder(MINI));
    }

    @Test
    void everyFileMatchesSha256Sums() throws IOException {
        assertEquals(4, Sha256Sums.parse(Files.readString(MINI.resolve(Sha256Sums.FILE_NAME))).size());
        assertEquals(java.util.List.of(), Sha256Sums.check(new DatasetLocation.Folder(MINI)));
    }

    @Test
    void readmeStatesTheSameDigests() throws IOException {
        String readme = Files.readString(MINI.resolve("README.md"));
        for (Map.Entry<String, String> sum : Sha256Sums.parse(Files.readString(MINI.resolve(Sha256Sums.FILE_NAME))).entrySet()) {
            assertTrue(readme.contains(sum.getValue() + "  " + sum.getKey()), sum.getKey() + " digest missing from README");
        }
    }

    @Test
    void holdsEightThousandTrainingAndTwoThousandTestDigits() {
        assertEquals(DatasetId.MNIST_MINI.trainCount(), data.train().size());
        assertEquals(8_000, data.train().size());
        assertEquals(2_000, data.test().size());
        assertEquals(28, data.train().height());
    }

    @Test
    void togetherTheyAreTheFirstTenThousandTrainingDigits() {
        int[] counts = data.train().labelCounts();
        int[] testCounts = data.test().labelCounts();
        for (int d = 0; d < 10; d++) {
            counts[d] += testCounts[d];
        }
        assertArrayEquals(MnistBookFactsTest.FIRST_10K_DIGIT_COUNTS, counts);
        assertEquals(5, data.train().label(0), "MNIST's first training digit is a 5");
    }

    @Test
    void equalsTheSharedCopyByteForByte() {
        Assumptions.assumeTrue(Files.isDirectory(MnistBookFactsTest.SHARED), "shared mnist-10k not present");
        ImageDataset reference = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(MnistBookFactsTest.SHARED)).train();
        for (int i = 0; i < reference.size(); i++) {
            ImageDataset part = i < 8_000 ? data.train() : data.test();
            int index = i < 8_000 ? i : i - 8_000;
            assertEquals(reference.label(i), part.label(index), "label " + i);
            for (int p = 0; p < reference.imageSize(); p++) {
                if (reference.pixel(i, p) != part.pixel(index, p)) {
                    assertEquals(reference.pixel(i, p), part.pixel(index, p), "image " + i + " pixel " + p);
                }
            }
        }
    }

    @Test
    void classPathCopyIsTheSame() throws IOException {
        DatasetLocation bundled = new DatasetLocation.Bundled(DatasetLocator.BUNDLED_MINI);
        Assumptions.assumeTrue(bundled.has(Sha256Sums.FILE_NAME), "mini set not packaged as a resource in this build");
        assertEquals(java.util.List.of(), Sha256Sums.check(bundled));
        assertEquals(Files.readString(MINI.resolve(Sha256Sums.FILE_NAME)),
                new String(bundled.open(Sha256Sums.FILE_NAME).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2_000, Datasets.load(DatasetId.MNIST_MINI, bundled).test().size());
    }

    @Test
    void isTheDefaultWhenFullMnistIsAbsent(@org.junit.jupiter.api.io.TempDir Path empty) {
        DatasetLocator locator = new DatasetLocator(null, Map.of(), empty, Path.of("").toAbsolutePath(), empty);
        LocatedDataset found = locator.locateDefault();
        assertEquals(DatasetId.MNIST_MINI, found.id());
        assertEquals(8_000, found.info().trainCount());
    }
}
