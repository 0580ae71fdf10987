package dlfs.core.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.DatasetId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OfficialFilesTest {
    @Test
    void mnistListsTheFourStandardFilesWithTheirCounts() {
        List<RemoteFile> files = OfficialFiles.of(DatasetId.MNIST);
        assertEquals(List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                "t10k-labels-idx1-ubyte.gz"), files.stream().map(RemoteFile::name).toList());
        assertEquals(60_000, files.get(0).count());
        assertEquals(10_000, files.get(3).count());
        assertEquals(Checksum.md5("9fb629c4189551a2d022fa330f9573f3"), files.get(2).accepted().get(0));
        assertEquals(Checksum.md5("ec29112dd5afa0611ce80d1b7f02629c"), files.get(3).accepted().get(0));
    }

    @Test
    void sharedTestSetMatchesThePublishedDigests() throws IOException {
        Path shared = Path.of("..", "shared", "datasets", "mnist-10k");
        Assumptions.assumeTrue(Files.isDirectory(shared), "shared mnist-10k not present");
        List<RemoteFile> files = OfficialFiles.of(DatasetId.MNIST);
        assertTrue(files.get(2).accepted().get(0).matches(shared.resolve("t10k-images-idx3-ubyte.gz")));
        assertTrue(files.get(3).accepted().get(0).matches(shared.resolve("t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void theBundledSetIsNotDownloaded() {
        assertThrows(IllegalArgumentException.class, () -> OfficialFiles.of(DatasetId.MNIST_MINI));
    }
}
