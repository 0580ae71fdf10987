package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dlfs.core.random.Rng;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated files: the reader must either return data that agrees with its header or
 * throw a {@link DatasetException}; any other exception or error (OutOfMemoryError,
 * NegativeArraySizeException, …) is a bug.
 */
class IdxReaderFuzzTest {
    private static final int CASES = 2000;

    @Test
    void randomAndMutatedFilesOnlyEverRaiseDatasetException() {
        Rng rng = new Rng(20160928);
        byte[] images = IdxWriter.images(SyntheticIdx.images(5, 4, 3));
        byte[] labels = IdxWriter.labels(SyntheticIdx.labels(20, 10));
        int rejected = 0;
        for (int c = 0; c < CASES; c++) {
            IdxKind kind = c % 2 == 0 ? IdxKind.IMAGES : IdxKind.LABELS;
            byte[] valid = kind == IdxKind.IMAGES ? images : labels;
            byte[] input = switch (c % 4) {
                case 0 -> randomBytes(rng, rng.nextInt(120));
                case 1 -> mutate(rng, valid);
                case 2 -> IdxWriter.gzip(mutate(rng, valid));
                default -> mutate(rng, IdxWriter.gzip(valid));
            };
            long size = rng.nextInt(2) == 0 ? input.length : -1;
            rejected += readOrReject(kind, input, size, c);
        }
        assertTrue(rejected > CASES / 2, "most mutations must be noticed, got " + rejected);
    }

    /** 1 when the reader rejected the input, 0 when it accepted it consistently. */
    private static int readOrReject(IdxKind kind, byte[] input, long size, int caseNumber) {
        try {
            IdxContent content = IdxReader.read("case" + caseNumber, new ByteArrayInputStream(input), size, kind);
            assertEquals(content.header().dataLength(), content.data().length, "case " + caseNumber);
            return 0;
        } catch (DatasetException expected) {
            return 1;
        } catch (Throwable other) {
            fail("case " + caseNumber + " (" + input.length + " bytes) threw " + other, other);
            return 1;
        }
    }

    private static byte[] randomBytes(Rng rng, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) rng.nextInt(256);
        }
        if (length >= 2 && rng.nextInt(3) == 0) {
            bytes[0] = 0x1f;
            bytes[1] = (byte) 0x8b;
        }
        return bytes;
    }

    /** One of: flipped bytes, a cut, an appended tail, or a rewritten header word (for IDX: magic or a size). */
    private static byte[] mutate(Rng rng, byte[] valid) {
        byte[] bytes = valid.clone();
        switch (rng.nextInt(4)) {
            case 0:
                for (int flips = 1 + rng.nextInt(4); flips > 0; flips--) {
                    bytes[rng.nextInt(bytes.length)] ^= (byte) (1 + rng.nextInt(255));
                }
                return bytes;
            case 1:
                return Arrays.copyOf(bytes, rng.nextInt(bytes.length));
            case 2:
                return Arrays.copyOf(bytes, bytes.length + 1 + rng.nextInt(40));
            default:
                int at = 4 * rng.nextInt(4);
                for (int i = 0; i < 4; i++) {
                    bytes[at + i] = (byte) rng.nextInt(256);
                }
                return bytes;
        }
    }
}
