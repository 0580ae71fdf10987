package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetVerifierTest {
    @TempDir
    Path dir;

    private List<DatasetVerifier.Finding> verify() {
        return DatasetVerifier.verify(DatasetId.MNIST, new DatasetLocation.Folder(dir));
    }

    @Test
    void intactSetPassesEveryCheck() throws IOException {
        SyntheticIdx.writeSet(dir, 20, 5, 3);
        Sha256Sums.write(dir, List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"));
        List<DatasetVerifier.Finding> findings = verify();
        assertEquals(6, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(DatasetVerifier.Finding::ok), findings.toString());
        assertEquals(Sha256Sums.sha256(dir.resolve("train-images-idx3-ubyte.gz")), findings.get(0).sha256());
        assertEquals("20 images of 3×3", findings.get(0).text());
    }

    @Test
    void reportsEveryBrokenFileNotJustTheFirst() throws IOException {
        SyntheticIdx.writeSet(dir, 20, 5, 3);
        Sha256Sums.write(dir, List.of("train-images-idx3-ubyte.gz"));
        byte[] images = Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz"));
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), java.util.Arrays.copyOf(images, images.length - 20));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {1, 2, 3});
        List<DatasetVerifier.Finding> findings = verify();
        assertFalse(findings.get(0).ok());
        assertTrue(findings.get(0).text().startsWith("train-images-idx3-ubyte.gz: truncated"), findings.get(0).text());
        assertTrue(findings.get(1).ok());
        assertFalse(findings.get(3).ok());
        DatasetVerifier.Finding sums = findings.get(findings.size() - 1);
        assertEquals(Sha256Sums.FILE_NAME, sums.file());
        assertFalse(sums.ok());
    }
}
