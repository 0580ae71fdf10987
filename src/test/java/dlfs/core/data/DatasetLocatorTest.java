package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocatorTest {
    @TempDir
    Path root;

    private Path explicit() {
        return root.resolve("explicit");
    }

    private Path envData() {
        return root.resolve("env");
    }

    private Path home() {
        return root.resolve("home");
    }

    private Path system() {
        return root.resolve("system");
    }

    private Path work() {
        return root.resolve("work");
    }

    private DatasetLocator locator(Path explicitDir, boolean withEnv) {
        Map<String, String> env = withEnv ? Map.of(DatasetLocator.DATA_ENV, envData().toString()) : Map.of();
        return new DatasetLocator(explicitDir, env, home(), work(), system());
    }

    private static Path folderOf(LocatedDataset found) {
        return ((DatasetLocation.Folder) found.location()).dir();
    }

    @Test
    void explicitFolderComesBeforeEnvironmentAndHome() throws IOException {
        SyntheticIdx.writeSet(explicit().resolve("mnist"), 3, 0, 2);
        SyntheticIdx.writeSet(envData().resolve("mnist"), 4, 0, 2);
        SyntheticIdx.writeSet(home().resolve(".dlfs/datasets/mnist"), 5, 0, 2);
        assertEquals(explicit().resolve("mnist"), folderOf(locator(explicit(), true).locate(DatasetId.MNIST).orElseThrow()));
        assertEquals(envData().resolve("mnist"), folderOf(locator(null, true).locate(DatasetId.MNIST).orElseThrow()));
        assertEquals(home().resolve(".dlfs/datasets/mnist"),
                folderOf(locator(null, false).locate(DatasetId.MNIST).orElseThrow()));
    }

    @Test
    void explicitFolderMayHoldTheFilesItself() throws IOException {
        Path loose = root.resolve("my-digits");
        SyntheticIdx.writeSet(loose, 3, 2, 2);
        LocatedDataset found = locator(loose, false).locate(DatasetId.MNIST).orElseThrow();
        assertEquals(loose, folderOf(found));
        assertFalse(locator(loose, false).locate(DatasetId.FASHION_MNIST).isPresent(),
                "loose files count as MNIST unless the folder is named after Fashion-MNIST");
        assertEquals(DatasetId.MNIST, locator(loose, false).locateDefault().id());
    }

    @Test
    void looseFilesInAFashionFolderAreFashionMnist() throws IOException {
        Path loose = root.resolve("Fashion_data");
        SyntheticIdx.writeSet(loose, 3, 2, 2);
        LocatedDataset found = locator(loose, false).locateDefault();
        assertEquals(DatasetId.FASHION_MNIST, found.id());
        assertEquals("Trouser", found.info().classNames().get(1));
    }

    @Test
    void fashionMnistIsFoundWhereDebianInstallsIt() throws IOException {
        SyntheticIdx.writeSet(system().resolve("fashion-mnist"), 3, 2, 2);
        LocatedDataset found = locator(null, true).locate(DatasetId.FASHION_MNIST).orElseThrow();
        assertEquals(system().resolve("fashion-mnist"), folderOf(found));
        assertFalse(locator(null, true).locate(DatasetId.MNIST).isPresent());
    }

    @Test
    void userFashionMnistComesBeforeTheSystemCopy() throws IOException {
        SyntheticIdx.writeSet(system().resolve("fashion-mnist"), 3, 2, 2);
        SyntheticIdx.writeSet(home().resolve(".dlfs/datasets/fashion-mnist"), 3, 2, 2);
        assertEquals(home().resolve(".dlfs/datasets/fashion-mnist"),
                folderOf(locator(null, false).locate(DatasetId.FASHION_MNIST).orElseThrow()));
    }

    @Test
    void defaultIsFullMnistWhenInstalled() throws IOException {
        SyntheticIdx.writeSet(home().resolve(".dlfs/datasets/mnist"), 3, 2, 2);
        assertEquals(DatasetId.MNIST, locator(null, false).locateDefault().id());
    }

    @Test
    void defaultFallsBackToTheBundledMiniSet() throws IOException {
        SyntheticIdx.writeSet(work().resolve("datasets/mnist-mini"), 3, 2, 2);
        assertEquals(DatasetId.MNIST_MINI, locator(null, false).locateDefault().id());
    }

    @Test
    void anExplicitFolderWithoutDataIsAnErrorNotAFallback() throws IOException {
        Files.createDirectories(explicit());
        DatasetException e = assertThrows(DatasetException.class, () -> locator(explicit(), false).locateDefault());
        assertTrue(e.getMessage().contains("holds no train-images-idx3-ubyte.gz"), e.getMessage());
    }

    @Test
    void candidatesListEveryPlaceInOrder() {
        assertEquals(4, locator(explicit(), true).candidates(DatasetId.MNIST).size());
        assertEquals(3, locator(null, true).candidates(DatasetId.FASHION_MNIST).size());
        assertEquals("classpath:/datasets/mnist-mini/",
                locator(null, false).candidates(DatasetId.MNIST_MINI).get(0).describe());
    }

    @Test
    void downloadsGoUnderDlfsDataOrTheHomeFolder() {
        assertEquals(envData().resolve("fashion-mnist"), locator(null, true).downloadFolder(DatasetId.FASHION_MNIST));
        assertEquals(home().resolve(".dlfs/datasets/mnist"), locator(null, false).downloadFolder(DatasetId.MNIST));
    }

    @Test
    void datasetNamesParseCaseInsensitively() {
        assertEquals(DatasetId.FASHION_MNIST, DatasetId.parse("Fashion-MNIST"));
        assertThrows(IllegalArgumentException.class, () -> DatasetId.parse("cifar10"));
    }
}
