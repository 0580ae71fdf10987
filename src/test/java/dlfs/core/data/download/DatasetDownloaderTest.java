package dlfs.core.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.DatasetException;
import dlfs.core.data.IdxImages;
import dlfs.core.data.IdxKind;
import dlfs.core.data.IdxWriter;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server that plays good and bad mirrors. */
@Timeout(60)
class DatasetDownloaderTest {
    private static final String NAME = "train-images-idx3-ubyte.gz";
    private static byte[] content;
    private static RemoteFile file;

    @TempDir
    Path dir;
    private LocalMirror server;
    private final List<String> notes = new ArrayList<>();

    /** 200 images of noise: about 150 KiB of gzip that does not compress away. */
    @BeforeAll
    static void makeFile() throws NoSuchAlgorithmException {
        Rng rng = new Rng(42);
        byte[] pixels = new byte[200 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) rng.nextInt(256);
        }
        content = IdxWriter.gzip(IdxWriter.images(new IdxImages(200, 28, 28, pixels)));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        file = new RemoteFile(NAME, IdxKind.IMAGES, 200, List.of(Checksum.sha256(sha256)));
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalMirror();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private DatasetDownloader downloader(String... mirrors) {
        List<URI> bases = new ArrayList<>();
        for (String mirror : mirrors) {
            bases.add(server.base(mirror));
        }
        return new DatasetDownloader(DatasetDownloader.defaultClient(), bases, new RecordingProgress(), 3);
    }

    @Test
    void downloadsAndVerifiesAFile() throws IOException {
        server.serve("a", NAME, content, LocalMirror.Behaviour.GOOD);
        Path result = downloader("a").download(file, dir);
        assertEquals(dir.resolve(NAME), result);
        assertArrayEquals(content, Files.readAllBytes(result));
        assertFalse(Files.exists(dir.resolve(NAME + ".part")));
    }

    @Test
    void wrongChecksumIsRejectedAndLeavesNothingBehind() {
        byte[] other = content.clone();
        other[other.length / 2] ^= 1;
        server.serve("a", NAME, other, LocalMirror.Behaviour.GOOD);
        DatasetException e = assertThrows(DatasetException.class, () -> downloader("a").download(file, dir));
        assertTrue(e.getMessage().startsWith(NAME + ": no mirror delivered it: "), e.getMessage());
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(NAME)));
        assertFalse(Files.exists(dir.resolve(NAME + ".part")));
    }

    @Test
    void brokenTransferResumesWithARangeRequest() throws IOException {
        server.serve("a", NAME, content, LocalMirror.Behaviour.DROPS_ONCE);
        downloader("a").download(file, dir);
        assertArrayEquals(content, Files.readAllBytes(dir.resolve(NAME)));
        List<String> log = server.log();
        assertEquals(2, log.size(), log.toString());
        assertEquals("/a/" + NAME + " Range: none", log.get(0));
        // The server sent half the file before dropping; how much of it reached the client
        // before the reset depends on the socket buffers, so the resume point is only bounded.
        String prefix = "/a/" + NAME + " Range: bytes=";
        assertTrue(log.get(1).startsWith(prefix) && log.get(1).endsWith("-"), log.get(1));
        long resumeAt = Long.parseLong(log.get(1).substring(prefix.length(), log.get(1).length() - 1));
        assertTrue(resumeAt > 0 && resumeAt <= content.length / 2, "resumed at " + resumeAt);
        assertTrue(notes.stream().anyMatch(n -> n.contains("broke")), notes.toString());
    }

    @Test
    void serverThatIgnoresRangeIsReadFromTheStart() throws IOException {
        server.serve("a", NAME, content, LocalMirror.Behaviour.DROPS_ONCE_IGNORES_RANGE);
        downloader("a").download(file, dir);
        assertArrayEquals(content, Files.readAllBytes(dir.resolve(NAME)));
        assertEquals(2, server.requestsTo("a"));
    }

    @Test
    void mirrorThatKeepsDroppingGivesWayToTheNext() throws IOException {
        server.serve("a", NAME, content, LocalMirror.Behaviour.ALWAYS_DROPS);
        server.serve("b", NAME, content, LocalMirror.Behaviour.GOOD);
        downloader("a", "b").download(file, dir);
        assertArrayEquals(content, Files.readAllBytes(dir.resolve(NAME)));
        assertEquals(3, server.requestsTo("a"), "three attempts on the first mirror");
        assertEquals(1, server.requestsTo("b"));
    }

    @Test
    void notFoundOnTheFirstMirrorMovesOnAtOnce() throws IOException {
        server.serve("b", NAME, content, LocalMirror.Behaviour.GOOD);
        downloader("a", "b").download(file, dir);
        assertArrayEquals(content, Files.readAllBytes(dir.resolve(NAME)));
        assertEquals(1, server.requestsTo("a"), "a 404 is not retried");
        assertTrue(notes.stream().anyMatch(n -> n.contains("refused: HTTP 404")), notes.toString());
    }

    @Test
    void intactFileIsNotFetchedAgain() throws IOException {
        Files.write(dir.resolve(NAME), content);
        server.serve("a", NAME, content, LocalMirror.Behaviour.GOOD);
        downloader("a").download(file, dir);
        assertEquals(0, server.requestsTo("a"));
    }

    @Test
    void withoutChecksumTheIdxCountDecides() {
        RemoteFile expectsMore = new RemoteFile(NAME, IdxKind.IMAGES, 60_000, List.of());
        server.serve("a", NAME, content, LocalMirror.Behaviour.GOOD);
        DatasetException e = assertThrows(DatasetException.class, () -> downloader("a").download(expectsMore, dir));
        assertTrue(e.getMessage().contains("holds 200 images of 28×28, expected 60000 images"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(NAME)));
    }

    @Test
    void aDownloaderNeedsAMirror() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DatasetDownloader(DatasetDownloader.defaultClient(), List.of(), DownloadProgress.SILENT, 3));
        assertEquals("no mirror configured: pass --mirror URL or set DLFS_MIRRORS", e.getMessage());
    }

    /** Keeps the notes; checks that progress only moves forward within a transfer. */
    private final class RecordingProgress implements DownloadProgress {
        private long last = -1;

        @Override
        public void started(String name, long total, long resume) {
            assertEquals(NAME, name);
            last = resume;
        }

        @Override
        public void advanced(long done) {
            assertTrue(done >= last, done + " after " + last);
            last = done;
        }

        @Override
        public void finished() {
            last = -1;
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    }
}
