package dlfs.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.random.Rng;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 20 % validation split after a shuffle, and log-uniform sampling. */
class ValidationSplitTest {
    /** n one-pixel images whose pixel value is their index mod 256 and whose label is the index. */
    private static ImageDataset indexed(int n) {
        byte[] pixels = new byte[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            pixels[i] = (byte) i;
            labels[i] = i;
        }
        return new ImageDataset("indexed", pixels, labels, 1, 1, 1, n);
    }

    @Test
    void companionSizesAre100And400From500() {
        ValidationSplit split = ValidationSplit.of(indexed(500), ValidationSplit.BOOK_FRACTION, new Rng(1));
        assertEquals(100, split.validation().size());
        assertEquals(400, split.training().size());
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            all.add(split.validation().label(i));
        }
        for (int i = 0; i < 400; i++) {
            all.add(split.training().label(i));
            assertEquals(split.training().label(i) & 0xFF, split.training().pixel(i, 0), "pixels move with labels");
        }
        assertEquals(500, all.size(), "the parts are disjoint and cover everything");
        int leadingInOrder = 0;
        while (leadingInOrder < 100 && split.validation().label(leadingInOrder) == leadingInOrder) {
            leadingInOrder++;
        }
        assertNotEquals(100, leadingInOrder, "validation is drawn after a shuffle, not the first 100");
    }

    @Test
    void fullMnistTrainingSetGives12000And48000() {
        ValidationSplit split = ValidationSplit.of(new ImageDataset("mnist-sized", new byte[60_000], new int[60_000], 1, 1, 1, 10),
                0.2, new Rng(1));
        assertEquals(12_000, split.validation().size());
        assertEquals(48_000, split.training().size());
    }

    @Test
    void badFractionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(indexed(10), 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(indexed(10), 1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(indexed(3), 0.2, new Rng(1)));
    }

    @Test
    void logUniformSpreadsEvenlyOverPowersOfTen() {
        LogUniformRange range = LogUniformRange.BOOK_LEARNING_RATE;
        Rng rng = new Rng(4);
        int[] perDecade = new int[4];
        for (int i = 0; i < 4000; i++) {
            double v = range.sample(rng);
            assertTrue(v >= 1e-6 && v < 1e-2, "sample " + v);
            perDecade[(int) Math.floor(Math.log10(v)) + 6]++;
        }
        for (int count : perDecade) {
            assertTrue(count > 850 && count < 1150, "each decade gets about a quarter: " + java.util.Arrays.toString(perDecade));
        }
        assertThrows(IllegalArgumentException.class, () -> new LogUniformRange(-2, -6));
    }
}
