package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxWriterTest {
    @Test
    void writesTheStandardHeader() {
        byte[] labels = IdxWriter.labels(new int[] {7, 2, 1});
        assertArrayEquals(new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 7, 2, 1}, labels);
        byte[] images = IdxWriter.images(SyntheticIdx.images(2, 28, 28));
        assertArrayEquals(new byte[] {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28}, Arrays.copyOf(images, 16));
        assertEquals(16 + 2 * 784, images.length);
    }

    @Test
    void gzipIsReproducibleWithNoTimeAndNoName() {
        byte[] raw = IdxWriter.images(SyntheticIdx.images(50, 28, 28));
        byte[] first = IdxWriter.gzip(raw);
        assertArrayEquals(first, IdxWriter.gzip(raw));
        assertEquals(0, first[3], "FLG: no file name, no comment, no extra field");
        assertArrayEquals(new byte[4], Arrays.copyOfRange(first, 4, 8), "MTIME 0");
        byte[] back = IdxReader.read("x", new ByteArrayInputStream(first), first.length, IdxKind.IMAGES).data();
        assertArrayEquals(Arrays.copyOfRange(raw, 16, raw.length), back);
    }

    @Test
    void pairRoundTripsThroughFiles(@TempDir Path dir) throws IOException {
        ImageDataset data = SyntheticIdx.dataset("d", 12, 5, 10);
        IdxWriter.writePair(data, dir, "train");
        IdxImages images = IdxReader.readImages(dir.resolve("train-images-idx3-ubyte.gz"));
        byte[] labels = IdxReader.readLabels(dir.resolve("train-labels-idx1-ubyte.gz"));
        assertEquals(12, images.count());
        assertEquals(5, images.rows());
        assertArrayEquals(SyntheticIdx.images(12, 5, 5).pixels(), images.pixels());
        for (int i = 0; i < 12; i++) {
            assertEquals(data.label(i), labels[i]);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void refusesLabelsThatDoNotFitInAByte() {
        assertThrows(IllegalArgumentException.class, () -> IdxWriter.labels(new int[] {3, 256}));
    }
}
