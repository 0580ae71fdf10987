package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.random.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's digits on disk: IDX files, appended atomically, read back, damage reported and set aside. */
class UserDigitsTest {
    @TempDir
    Path folder;

    /** A digit whose pixels are all {@code level / 255}. */
    private static double[] digit(int level) {
        double[] pixels = new double[784];
        Arrays.fill(pixels, level / 255.0);
        return pixels;
    }

    @Test
    void emptyStoreLoadsAsAnEmptyDataSet() {
        ImageDataset digits = new UserDigits(folder.resolve("none")).load();
        assertEquals(0, digits.size());
        assertEquals(28, digits.height());
        assertEquals(10, digits.classes());
    }

    @Test
    void addedDigitsComeBackWithTheirLabelsAsMnistIdxFiles() throws IOException {
        UserDigits store = new UserDigits(folder.resolve("digits"));
        assertEquals(new UserDigits.Added(1, null), store.add(digit(255), 7));
        double[] ramp = new double[784];
        for (int p = 0; p < 784; p++) {
            ramp[p] = (p % 256) / 255.0;
        }
        assertEquals(2, store.add(ramp, 3).count());

        ImageDataset digits = new UserDigits(folder.resolve("digits")).load();
        assertEquals(2, digits.size());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0}, digits.labelCounts());
        assertEquals(7, digits.label(0));
        assertEquals(3, digits.label(1));
        assertEquals(255, digits.pixel(0, 400));
        assertEquals(200, digits.pixel(1, 200));
        // the files are plain MNIST IDX: the shared reader takes them
        IdxImages images = IdxReader.readImages(folder.resolve("digits").resolve(UserDigits.IMAGES_FILE));
        assertEquals(2, images.count());
        assertEquals(28, images.rows());
        assertArrayEquals(new byte[] {7, 3}, IdxReader.readLabels(folder.resolve("digits").resolve(UserDigits.LABELS_FILE)));
    }

    @Test
    void labelsOneDigitBehindTheImagesKeepTheCompletePairs() throws IOException {
        UserDigits store = new UserDigits(folder);
        store.add(digit(10), 1);
        store.add(digit(20), 2);
        byte[] labelsAfterTwo = Files.readAllBytes(folder.resolve(UserDigits.LABELS_FILE));
        store.add(digit(30), 3);
        // as if the app stopped between writing the images and the labels
        Files.write(folder.resolve(UserDigits.LABELS_FILE), labelsAfterTwo);
        ImageDataset digits = store.load();
        assertEquals(2, digits.size());
        assertEquals(20, digits.pixel(1, 0));
        assertEquals(3, store.add(digit(40), 4).count());
        assertEquals(4, store.load().label(2));
    }

    @Test
    void damagedStoreIsReportedAndSetAsideByTheNextAdd() throws IOException {
        UserDigits store = new UserDigits(folder);
        store.add(digit(10), 1);
        Files.write(folder.resolve(UserDigits.IMAGES_FILE), new byte[] {0, 0, 8, 3, 0, 0});
        DatasetException damaged = assertThrows(DatasetException.class, store::load);
        assertTrue(damaged.getMessage().startsWith(UserDigits.IMAGES_FILE + ": truncated"), damaged.getMessage());

        UserDigits.Added added = store.add(digit(50), 5);
        assertEquals(1, added.count());
        assertTrue(Files.exists(added.setAside().resolve(UserDigits.IMAGES_FILE)), "damaged files are kept");
        assertTrue(Files.exists(added.setAside().resolve(UserDigits.LABELS_FILE)));
        assertEquals(5, store.load().label(0));
    }

    @Test
    void storeWithOnlyOneOfItsFilesIsDamaged() throws IOException {
        Files.write(folder.resolve(UserDigits.LABELS_FILE), IdxWriter.labels(new int[] {1}));
        DatasetException e = assertThrows(DatasetException.class, () -> new UserDigits(folder).load());
        assertEquals(folder + ": holds labels-idx1-ubyte without images-idx3-ubyte", e.getMessage());
    }

    @Test
    void labelsOutsideZeroToNineAreDamage() throws IOException {
        Files.write(folder.resolve(UserDigits.IMAGES_FILE), IdxWriter.images(new IdxImages(1, 28, 28, new byte[784])));
        Files.write(folder.resolve(UserDigits.LABELS_FILE), IdxWriter.labels(new int[] {12}));
        DatasetException e = assertThrows(DatasetException.class, () -> new UserDigits(folder).load());
        assertEquals("labels-idx1-ubyte: label 12 of digit 0 is not a digit 0–9", e.getMessage());
    }

    @Test
    void badDigitsAreRejectedAndNothingIsWritten() throws IOException {
        UserDigits store = new UserDigits(folder);
        assertThrows(IllegalArgumentException.class, () -> store.add(new double[100], 1));
        assertThrows(IllegalArgumentException.class, () -> store.add(digit(0), 10));
        double[] nan = digit(0);
        nan[3] = Double.NaN;
        assertEquals("pixel 3 is NaN, outside [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> store.add(nan, 1)).getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
        assertNull(store.add(digit(1), 1).setAside());
    }

    @Test
    void fineTuningMixRepeatsTheUserDigitsAndAddsBaseDigits() throws IOException {
        UserDigits store = new UserDigits(folder);
        store.add(digit(255), 4);
        store.add(digit(128), 9);
        ImageDataset user = store.load();
        byte[] basePixels = new byte[5 * 784];
        Arrays.fill(basePixels, (byte) 1);
        ImageDataset base = new ImageDataset("base", basePixels, new int[] {0, 1, 2, 3, 5}, 1, 28, 28, 10);
        ImageDataset mix = UserDigits.mix(user, 3, base, 4, new Rng(1));
        assertEquals(2 * 3 + 4, mix.size());
        int[] counts = mix.labelCounts();
        assertEquals(3, counts[4]);
        assertEquals(3, counts[9]);
        assertEquals(4, counts[0] + counts[1] + counts[2] + counts[3] + counts[5]);
        assertEquals(128, mix.pixel(1, 0));
        assertEquals(1, mix.pixel(9, 0));
    }
}
