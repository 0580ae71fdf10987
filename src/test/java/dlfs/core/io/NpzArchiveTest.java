package dlfs.core.io;

import static dlfs.core.io.NpyFormatTest.assertBitsEqual;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzArchiveTest {
    @TempDir
    Path dir;

    private static NpzArchive sample() {
        return new NpzArchive()
                .putFile("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))
                .putArray("W1", Tensor.matrix(new double[] {1, 2, 3}, new double[] {4, 5, 6.5}))
                .putArray("b1", Tensor.vector(0.1, -0.2, 0.3))
                .putArray("scalar", Tensor.scalar(-7))
                .putArray("optimizer/W1/v", Tensor.zeros(2, 3).fill(1e-300));
    }

    @Test
    void roundTripKeepsOrderArraysAndFiles() throws IOException {
        Path file = dir.resolve("a.npz");
        NpzArchive written = sample();
        written.save(file);
        NpzArchive read = NpzArchive.read(file);
        assertEquals(List.of("W1", "b1", "scalar", "optimizer/W1/v"), List.copyOf(read.arrays().keySet()));
        for (String name : written.arrays().keySet()) {
            assertBitsEqual(written.arrays().get(name), read.arrays().get(name));
        }
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), read.file("notes.txt").orElseThrow());
        assertEquals(List.of("notes.txt"), List.copyOf(read.fileNames()));
    }

    @Test
    void refusesBadOrDuplicateEntryNames() {
        NpzArchive archive = new NpzArchive().putArray("W1", Tensor.scalar(1)).putFile("m.json", new byte[0]);
        for (String bad : new String[] {"", "/W1", "a/../b", "a//b", "a\\b", "W/", "./x"}) {
            assertThrows(IllegalArgumentException.class, () -> archive.putArray(bad, Tensor.scalar(1)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> archive.putArray("W1", Tensor.scalar(2)));
        assertThrows(IllegalArgumentException.class, () -> archive.putFile("m.json", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> archive.putFile("x.npy", new byte[0]));
    }

    @Test
    void reportsMissingNonZipCutShortAndDamagedFiles() throws IOException {
        Path missing = dir.resolve("missing.npz");
        assertMessage(missing, "no such file");
        assertMessage(dir, "not a regular file");

        Path text = dir.resolve("text.npz");
        Files.writeString(text, "this is not a zip file at all");
        assertMessage(text, "not a valid .npz");

        Path good = dir.resolve("good.npz");
        sample().save(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.npz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertMessage(cut, "not a valid .npz");

        byte[] damaged = bytes.clone();
        int at = indexOf(damaged, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(6.5).array());
        damaged[at] ^= 1;
        Path flipped = dir.resolve("flipped.npz");
        Files.write(flipped, damaged);
        assertMessage(flipped, "entry W1.npy is damaged (CRC-32");
    }

    @Test
    void namesTheEntryThatIsNotAnArray() throws IOException {
        Path file = dir.resolve("bad-entry.npz");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("W1.npy"));
            zip.write("not numpy".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertMessage(file, "entry W1.npy: not a .npy array");
    }

    private static void assertMessage(Path file, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> NpzArchive.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }

    // ---------------------------------------------------------------- against real NumPy

    @Test
    void numpyLoadsOurArchiveExactly() throws IOException {
        PythonNumpy.assumeAvailable();
        Path file = dir.resolve("ours.npz");
        sample().save(file);
        String output = PythonNumpy.check(String.join("\n",
                "import sys, numpy as np",
                "f = np.load(sys.argv[1])",
                "for k in f.files:",
                "    v = f[k]",
                "    if isinstance(v, bytes):",
                "        print(k, 'bytes', v.decode())",
                "    else:",
                "        print(k, v.dtype.str, v.shape, v.tobytes().hex())"), file.toString());
        StringBuilder expected = new StringBuilder("notes.txt bytes hello");
        NpzArchive archive = sample();
        for (String name : archive.arrays().keySet()) {
            Tensor t = archive.arrays().get(name);
            ByteBuffer raw = ByteBuffer.allocate(8 * t.size()).order(ByteOrder.LITTLE_ENDIAN);
            raw.asDoubleBuffer().put(t.data());
            expected.append('\n').append(name).append(" <f8 ").append(pythonShape(t.shape())).append(' ')
                    .append(hex(raw.array()));
        }
        assertEquals(expected.toString(), output);
    }

    @Test
    void weReadNumpysOwnArchives() throws IOException {
        PythonNumpy.assumeAvailable();
        Path plain = dir.resolve("numpy.npz");
        Path compressed = dir.resolve("numpy-compressed.npz");
        PythonNumpy.check(String.join("\n",
                "import sys, numpy as np",
                "a = dict(",
                "  W1=np.asfortranarray((np.arange(6, dtype=np.float32) / 4).reshape(2, 3)),",
                "  b1=np.array([1.5, -2.25], dtype='>f8'),",
                "  counts=np.array([[1, -2], [3, 1 << 40]], dtype=np.int64),",
                "  small=np.array([-5, 7], dtype=np.int32),",
                "  pixels=np.array([0, 128, 255], dtype=np.uint8),",
                "  t=np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)),",
                "  s=np.float64(0.1))",
                "np.savez(sys.argv[1], **a)",
                "np.savez_compressed(sys.argv[2], **a)"), plain.toString(), compressed.toString());
        for (Path file : List.of(plain, compressed)) {
            NpzArchive archive = NpzArchive.read(file);
            assertEquals(List.of("W1", "b1", "counts", "small", "pixels", "t", "s"), List.copyOf(archive.arrays().keySet()));
            Tensor w1 = archive.arrays().get("W1");
            assertArrayEquals(new int[] {2, 3}, w1.shape());
            assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1, 1.25}, w1.data());
            assertArrayEquals(new double[] {1.5, -2.25}, archive.arrays().get("b1").data());
            assertArrayEquals(new double[] {1, -2, 3, 1L << 40}, archive.arrays().get("counts").data());
            assertArrayEquals(new double[] {-5, 7}, archive.arrays().get("small").data());
            assertArrayEquals(new double[] {0, 128, 255}, archive.arrays().get("pixels").data());
            Tensor t = archive.arrays().get("t");
            for (int i = 0; i < 24; i++) {
                assertEquals(i, t.at(i), "C-order value " + i);
            }
            Tensor s = archive.arrays().get("s");
            assertEquals(0, s.rank());
            assertEquals(0.1, s.at(0));
        }
    }

    private static String pythonShape(int[] shape) {
        return shape.length == 0 ? "()" : Tensor.shapeString(shape);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
