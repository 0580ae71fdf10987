package dlfs.core.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.DatasetId;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorsTest {
    @Test
    void explicitMirrorsWinOverTheEnvironment() {
        List<URI> mirrors = Mirrors.choose(DatasetId.MNIST, List.of("http://127.0.0.1:8080/m"), "http://127.0.0.1:9/x/");
        assertEquals(List.of(URI.create("http://127.0.0.1:8080/m/")), mirrors);
    }

    @Test
    void environmentListSplitsOnSpacesAndCommasAndFillsInTheDataset() {
        List<URI> mirrors = Mirrors.choose(DatasetId.FASHION_MNIST, List.of(),
                " http://127.0.0.1/{dataset}/ ,https://mirror.example/data/{dataset}");
        assertEquals(List.of(URI.create("http://127.0.0.1/fashion-mnist/"),
                URI.create("https://mirror.example/data/fashion-mnist/")), mirrors);
        assertEquals(URI.create("https://mirror.example/data/fashion-mnist/t10k-labels-idx1-ubyte.gz"),
                mirrors.get(1).resolve("t10k-labels-idx1-ubyte.gz"));
    }

    @Test
    void noMirrorIsConfiguredByDefault() {
        assertTrue(Mirrors.choose(DatasetId.MNIST, List.of(), null).isEmpty());
        assertTrue(Mirrors.choose(DatasetId.MNIST, List.of(), "  ").isEmpty());
    }

    @Test
    void onlyHttpMirrorsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mirrors.choose(DatasetId.MNIST, List.of("ftp://mirror.example/"), null));
        assertEquals("mirror 'ftp://mirror.example/' must be an http:// or https:// URL", e.getMessage());
    }
}
