package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256SumsTest {
    @TempDir
    Path dir;

    @Test
    void digestsMatchKnownValues() throws IOException {
        Files.write(dir.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256Sums.sha256(dir.resolve("abc")));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", Sha256Sums.digest("MD5", dir.resolve("abc")));
    }

    @Test
    void writtenListChecksAndNoticesChanges() throws IOException {
        Files.write(dir.resolve("a"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("b"), new byte[] {4});
        Sha256Sums.write(dir, List.of("a", "b"));
        DatasetLocation folder = new DatasetLocation.Folder(dir);
        assertEquals(List.of(), Sha256Sums.check(folder));
        Files.write(dir.resolve("b"), new byte[] {5});
        Files.delete(dir.resolve("a"));
        List<String> problems = Sha256Sums.check(folder);
        assertEquals(2, problems.size());
        assertEquals("a: listed in SHA256SUMS but missing", problems.get(0));
        assertTrue(problems.get(1).startsWith("b: SHA-256 "), problems.get(1));
    }

    @Test
    void malformedLinesAreRejected() {
        DatasetException e = assertThrows(DatasetException.class, () -> Sha256Sums.parse("abc  file\n"));
        assertEquals("SHA256SUMS: line 1 is not '<64 hex digits>  <file name>'", e.getMessage());
    }
}
