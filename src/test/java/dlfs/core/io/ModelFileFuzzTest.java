package dlfs.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files, made by mutating good ones with a fixed seed: whatever the bytes, the readers may
 * only succeed or throw their documented exception, never anything else (no index errors, no
 * out-of-memory from a huge declared size, no stack overflow).
 */
class ModelFileFuzzTest {
    private static final int CASES = 500;

    @TempDir
    Path dir;

    /** Random damage to raw bytes: flips, overwrites, cuts, insertions, zeroed runs, or pure noise. */
    static byte[] mutate(byte[] original, Rng rng) {
        byte[] b = original.clone();
        switch (rng.nextInt(6)) {
            case 0:
                for (int i = 0, n = 1 + rng.nextInt(8); i < n && b.length > 0; i++) {
                    b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
                }
                return b;
            case 1:
                for (int i = 0, n = 1 + rng.nextInt(4); i < n && b.length > 0; i++) {
                    b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                }
                return b;
            case 2:
                return Arrays.copyOf(b, rng.nextInt(b.length + 1));
            case 3: {
                int at = rng.nextInt(b.length + 1);
                byte[] noise = noise(rng, 1 + rng.nextInt(16));
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                return out;
            }
            case 4: {
                int from = rng.nextInt(b.length + 1);
                Arrays.fill(b, from, Math.min(b.length, from + 1 + rng.nextInt(64)), (byte) (rng.nextInt(2) * 0xff));
                return b;
            }
            default:
                return noise(rng, rng.nextInt(2 * b.length + 1));
        }
    }

    private static byte[] noise(Rng rng, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) rng.nextInt(256);
        }
        return b;
    }

    private static byte[] modelBytes(ModelFile.Contents contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(contents, out);
        return out.toByteArray();
    }

    /** Loads the bytes as a model and as parameters; anything but ModelFileException fails the test. */
    private boolean loadsOrRefuses(byte[] bytes, String description) throws IOException {
        Path file = dir.resolve("fuzz.npz");
        Files.write(file, bytes);
        boolean refusedAsModel = refuses(() -> ModelFile.load(file), description + ": load");
        boolean refusedAsParams = refuses(() -> ModelFile.importParams(file), description + ": importParams");
        return refusedAsModel || refusedAsParams;
    }

    private interface Reading {
        void run() throws ModelFileException;
    }

    private static boolean refuses(Reading reading, String description) {
        try {
            reading.run();
            return false;
        } catch (ModelFileException expected) {
            return true;
        } catch (RuntimeException | Error e) {
            return fail(description + " threw " + e, e);
        }
    }

    @Test
    void damagedFileBytesOnlyEverGiveModelFileException() throws IOException {
        byte[] good = modelBytes(ModelFileTest.sampleContents(1));
        assertTrue(!loadsOrRefuses(good, "the intact file"), "the intact file loads");
        Rng rng = new Rng(20240611);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            refused += loadsOrRefuses(mutate(good, rng), "byte case " + i) ? 1 : 0;
        }
        assertTrue(refused > CASES / 2, "most damage is detected, got " + refused);
    }

    /**
     * Damage inside otherwise valid zips (correct CRCs), so it reaches the manifest parser and the
     * .npy reader instead of stopping at the zip checks.
     */
    @Test
    void damagedEntriesInsideAValidZipOnlyEverGiveModelFileException() throws IOException {
        ModelFile.Contents contents = ModelFileTest.sampleContents(2);
        byte[] manifest = ModelManifest.toJson(contents);
        byte[] w1 = NpyFormat.toBytes(contents.params().get("W1"));
        Rng rng = new Rng(7);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            boolean damageManifest = rng.nextInt(2) == 0;
            NpzArchive archive = new NpzArchive()
                    .putFile(ModelFile.MANIFEST, damageManifest ? mutate(manifest, rng) : manifest);
            for (Map.Entry<String, Tensor> e : contents.params().entrySet()) {
                if (!e.getKey().equals("W1")) {
                    archive.putArray(e.getKey(), e.getValue());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            archive.write(out);
            byte[] bytes = out.toByteArray();
            if (!damageManifest) {
                bytes = withEntry(bytes, "W1.npy", mutate(w1, rng));
            }
            refused += loadsOrRefuses(bytes, "entry case " + i) ? 1 : 0;
        }
        assertTrue(refused > CASES / 2, "most damage is detected, got " + refused);
    }

    /** Appends an extra stored entry with arbitrary content, by rewriting the archive. */
    private static byte[] withEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void damagedNpyAndJsonOnlyEverGiveTheirDocumentedExceptions() {
        byte[] npy = NpyFormat.toBytes(ModelFileTest.sampleContents(3).params().get("W1"));
        String json = new String(ModelManifest.toJson(ModelFileTest.sampleContents(3)), StandardCharsets.UTF_8);
        Rng rng = new Rng(99);
        for (int i = 0; i < 2 * CASES; i++) {
            byte[] damagedNpy = mutate(npy, rng);
            refuses(() -> NpyFormat.read(damagedNpy), "npy case " + i);
            String damagedJson = new String(mutate(json.getBytes(StandardCharsets.UTF_8), rng), StandardCharsets.UTF_8);
            try {
                Json.read(damagedJson);
            } catch (IllegalArgumentException expected) {
                // refused with a message: fine
            } catch (RuntimeException | Error e) {
                fail("json case " + i + " threw " + e, e);
            }
        }
    }
}
