package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static final byte[] THREE_IMAGES_2X3 = {
        0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 3,
        1, 2, 3, 4, 5, 6,
        7, 8, 9, 10, 11, 12,
        (byte) 255, (byte) 128, 0, 0, 0, 1};
    private static final byte[] FOUR_LABELS = {0, 0, 8, 1, 0, 0, 0, 4, 5, 0, 9, (byte) 255};

    @Test
    void readsHandMadeImageFile() {
        IdxImages images = images("images", THREE_IMAGES_2X3);
        assertEquals(3, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.columns());
        assertArrayEquals(Arrays.copyOfRange(THREE_IMAGES_2X3, 16, 34), images.pixels());
    }

    @Test
    void readsHandMadeLabelFileAsUnsignedBytes() {
        byte[] labels = labels("labels", FOUR_LABELS);
        assertArrayEquals(new byte[] {5, 0, 9, (byte) 255}, labels);
        assertEquals(255, labels[3] & 0xFF);
    }

    @Test
    void recognisesGzipByItsMagicBytesNotItsName() {
        byte[] gz = IdxWriter.gzip(FOUR_LABELS);
        assertEquals(0x1f, gz[0] & 0xFF);
        assertEquals(0x8b, gz[1] & 0xFF);
        assertArrayEquals(labels("labels.raw", FOUR_LABELS), labels("labels.raw", gz));
        assertArrayEquals(labels("labels.gz", FOUR_LABELS), labels("labels.gz", gz));
        assertArrayEquals(images("x", THREE_IMAGES_2X3).pixels(), images("x", IdxWriter.gzip(THREE_IMAGES_2X3)).pixels());
    }

    @Test
    void readsFilesFromDiskGzipOrRaw(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-images-idx3-ubyte.gz"), IdxWriter.gzip(THREE_IMAGES_2X3));
        Files.write(dir.resolve("a-labels-idx1-ubyte"), FOUR_LABELS);
        assertEquals(3, IdxReader.readImages(dir.resolve("a-images-idx3-ubyte.gz")).count());
        assertEquals(4, IdxReader.readLabels(dir.resolve("a-labels-idx1-ubyte")).length);
        DatasetException missing = assertThrows(DatasetException.class,
                () -> IdxReader.readLabels(dir.resolve("missing.gz")));
        assertTrue(missing.getMessage().startsWith("missing.gz: no such file"), missing.getMessage());
    }

    @Test
    void rejectsLabelMagicInAnImageFile() {
        String message = imagesError("train-images-idx3-ubyte.gz", FOUR_LABELS);
        assertEquals("train-images-idx3-ubyte.gz: magic number 0x00000801 means 1 dimensions, images has 3; "
                + "expected 0x00000803 (images)", message);
    }

    @Test
    void rejectsFilesThatAreNotIdx() {
        byte[] text = "<html>not found</html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String message = labelsError("t10k-labels-idx1-ubyte.gz", text);
        assertTrue(message.startsWith("t10k-labels-idx1-ubyte.gz: not an IDX file: magic number 0x3C68746D"), message);
    }

    @Test
    void rejectsElementTypesOtherThanUnsignedByte() {
        byte[] floats = FOUR_LABELS.clone();
        floats[2] = 0x0D;
        String message = labelsError("labels", floats);
        assertTrue(message.contains("element type 0x0D is not supported, only 0x08 (unsigned byte)"), message);
    }

    @Test
    void rejectsNonPositiveDimensions() {
        byte[] zeroRows = THREE_IMAGES_2X3.clone();
        zeroRows[11] = 0;
        assertTrue(imagesError("images", zeroRows).contains("dimension 1 is 0, not a positive 32-bit size"));
        byte[] hugeCount = THREE_IMAGES_2X3.clone();
        hugeCount[4] = (byte) 0x80;
        hugeCount[7] = 0;
        assertTrue(imagesError("images", hugeCount).contains("dimension 0 is 2147483648, not a positive 32-bit size"));
    }

    @Test
    void truncatedLabelFileNamesBothCounts() {
        byte[] file = IdxWriter.labels(new int[9000]);
        setCount(file, 10_000);
        String expected = "t10k-labels-idx1-ubyte.gz: truncated: header says 10000 labels, file holds 9000";
        assertEquals(expected, labelsError("t10k-labels-idx1-ubyte.gz", IdxWriter.gzip(file)));
        assertEquals(expected, labelsError("t10k-labels-idx1-ubyte.gz", file));
        DatasetException unknownSize = assertThrows(DatasetException.class, () -> IdxReader.readLabels(
                "t10k-labels-idx1-ubyte.gz", new ByteArrayInputStream(file), -1));
        assertEquals(expected, unknownSize.getMessage());
    }

    @Test
    void truncatedImageFileCountsWholeImagesAndTheRest() {
        byte[] cut = Arrays.copyOf(THREE_IMAGES_2X3, THREE_IMAGES_2X3.length - 2);
        assertEquals("x: truncated: header says 3 images of 2×3, file holds 2 images and 4 bytes",
                imagesError("x", cut));
        assertEquals("x: truncated: header says 3 images of 2×3, file holds 2 images and 4 bytes",
                imagesError("x", IdxWriter.gzip(cut)));
    }

    @Test
    void rejectsTrailingBytesRawAndCompressed() {
        byte[] longer = Arrays.copyOf(FOUR_LABELS, FOUR_LABELS.length + 3);
        assertEquals("l: trailing data: header says 4 labels, file holds 7", labelsError("l", longer));
        assertEquals("l: trailing data: header says 4 labels, file holds 7", labelsError("l", IdxWriter.gzip(longer)));
    }

    @Test
    void rejectsGzipDataThatBreaksOff() {
        byte[] gz = IdxWriter.gzip(IdxWriter.labels(new int[5000]));
        String message = labelsError("l.gz", Arrays.copyOf(gz, gz.length - 12));
        assertTrue(message.startsWith("l.gz: truncated"), message);
    }

    @Test
    void rejectsEmptyAndHeaderOnlyFiles() {
        assertEquals("e: truncated: 0 bytes, too short for an IDX header", labelsError("e", new byte[0]));
        assertEquals("h: truncated: the header ends after 10 of 16 bytes",
                imagesError("h", Arrays.copyOf(THREE_IMAGES_2X3, 10)));
    }

    @Test
    void absurdHeadersFailFastWithoutAllocating() {
        byte[] hundredBytes = Arrays.copyOf(THREE_IMAGES_2X3, 100);
        setCount(hundredBytes, Integer.MAX_VALUE);
        hundredBytes[11] = 28;
        hundredBytes[15] = 28;
        long before = allocatedBytes();
        String tooBig = imagesError("big", hundredBytes);
        String unknownSize = assertThrows(DatasetException.class,
                () -> IdxReader.readImages("big", new ByteArrayInputStream(hundredBytes), -1)).getMessage();
        byte[] labelBomb = Arrays.copyOf(FOUR_LABELS, 100);
        setCount(labelBomb, 2_000_000_000);
        String rawBomb = labelsError("raw", labelBomb);
        String gzipBomb = labelsError("gz", IdxWriter.gzip(labelBomb));
        String gzipBombUnknownSize = assertThrows(DatasetException.class,
                () -> IdxReader.readLabels("gz", new ByteArrayInputStream(IdxWriter.gzip(labelBomb)), -1)).getMessage();
        long allocated = allocatedBytes() - before;

        assertTrue(tooBig.contains("more than one array can hold"), tooBig);
        assertTrue(unknownSize.contains("more than one array can hold"), unknownSize);
        assertEquals("raw: truncated: header says 2000000000 labels, file holds 92", rawBomb);
        assertTrue(gzipBomb.contains("more than a gzip file of"), gzipBomb);
        assertEquals("gz: truncated: header says 2000000000 labels, file holds 92", gzipBombUnknownSize);
        assertTrue(allocated < 32L << 20, "allocated " + allocated + " bytes");
    }

    @Test
    void readsOnlyTheHeaderWhenAsked() {
        byte[] truncated = Arrays.copyOf(THREE_IMAGES_2X3, 20);
        IdxHeader header = IdxReader.readHeader("h", new ByteArrayInputStream(truncated), IdxKind.IMAGES);
        assertArrayEquals(new int[] {3, 2, 3}, header.dims());
        assertEquals("3 images of 2×3", header.describe());
        assertEquals(18, header.dataLength());
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void setCount(byte[] file, int count) {
        file[4] = (byte) (count >>> 24);
        file[5] = (byte) (count >>> 16);
        file[6] = (byte) (count >>> 8);
        file[7] = (byte) count;
    }

    private static IdxImages images(String name, byte[] file) {
        return IdxReader.readImages(name, new ByteArrayInputStream(file), file.length);
    }

    private static byte[] labels(String name, byte[] file) {
        return IdxReader.readLabels(name, new ByteArrayInputStream(file), file.length);
    }

    private static String imagesError(String name, byte[] file) {
        return assertThrows(DatasetException.class, () -> images(name, file)).getMessage();
    }

    private static String labelsError(String name, byte[] file) {
        return assertThrows(DatasetException.class, () -> labels(name, file)).getMessage();
    }
}
