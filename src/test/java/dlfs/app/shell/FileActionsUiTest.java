package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.IdxWriter;
import dlfs.core.data.SyntheticIdx;
import dlfs.core.io.NpzArchive;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Param;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Open data set folder and File ▸ Open / Save model with bad files: every case ends in a
 * message naming the file and the problem, and the app keeps what it had.
 */
@ExtendWith(ApplicationExtension.class)
class FileActionsUiTest {
    private static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    private static final String TRAIN_LABELS = "train-labels-idx1-ubyte";

    @TempDir
    Path dir;

    private Studio studio;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1100, 700, "ch04.training-lab", 14, false);
        studio = new Studio(settings, TrainingService.start());
        studio.view().setDialogs(dialogs);
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        DatasetLocator.preferFolder(null);
        robot.interact(studio.service()::close);
    }

    private static byte[] images(int count) {
        return IdxWriter.images(SyntheticIdx.images(count, 28, 28));
    }

    private static byte[] labels(int count) {
        return IdxWriter.labels(SyntheticIdx.labels(count, 10));
    }

    /** A folder holding these raw training files. */
    private Path folder(String name, byte[] imageBytes, byte[] labelBytes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.write(folder.resolve(TRAIN_IMAGES), imageBytes);
        Files.write(folder.resolve(TRAIN_LABELS), labelBytes);
        return folder;
    }

    private boolean openDataset(Path folder) throws Exception {
        return studio.view().files().openDataset(folder).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aSoundFolderBecomesTheDataSetAndBadOnesAreRefusedNamingTheFile() throws Exception {
        Path good = folder("good", images(30), labels(30));
        assertTrue(openDataset(good));
        assertFalse(dialogs.last().error());
        assertEquals("Using the data set in " + good, dialogs.last().header());
        assertTrue(dialogs.last().detail().startsWith("mnist: 30 training images, 0 test images."),
                dialogs.last().detail());
        assertEquals(good, DatasetLocator.preferredFolder());
        assertEquals(List.of(good.toAbsolutePath().toString()), studio.model().recentDatasets());

        byte[] wrongMagic = images(30);
        wrongMagic[3] = 1;
        byte[] absurd = images(30);
        ByteBuffer.wrap(absurd).putInt(4, Integer.MAX_VALUE);
        byte[] badGzip = new byte[64];
        badGzip[0] = 0x1f;
        badGzip[1] = (byte) 0x8b;
        Path unrelated = Files.createDirectories(dir.resolve("holiday-photos"));
        Files.writeString(unrelated.resolve("readme.txt"), "not data");
        Files.write(unrelated.resolve("beach.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2});
        Path gz = Files.createDirectories(dir.resolve("gz"));
        Files.write(gz.resolve(TRAIN_IMAGES + ".gz"), badGzip);
        Files.write(gz.resolve(TRAIN_LABELS), labels(30));
        List<Object[]> cases = List.of(
                new Object[] {folder("truncated", Arrays.copyOf(images(30), 5000), labels(30)), TRAIN_IMAGES},
                new Object[] {folder("magic", wrongMagic, labels(30)), TRAIN_IMAGES},
                new Object[] {folder("counts", images(30), labels(29)), TRAIN_LABELS},
                new Object[] {folder("absurd", absurd, labels(30)), TRAIN_IMAGES},
                new Object[] {folder("empty-labels", images(30), new byte[0]), TRAIN_LABELS},
                new Object[] {unrelated, TRAIN_IMAGES},
                new Object[] {dir.resolve("no-such-folder"), TRAIN_IMAGES},
                new Object[] {gz, TRAIN_IMAGES});
        for (Object[] c : cases) {
            Path folder = (Path) c[0];
            assertFalse(openDataset(folder), folder + " is refused");
            RecordingDialogs.Shown shown = dialogs.last();
            assertTrue(shown.error());
            assertEquals("Cannot use the data set folder " + folder, shown.header());
            assertTrue(shown.detail().contains((String) c[1]), folder + ": " + shown.detail());
            assertTrue(shown.detail().endsWith("The app keeps using the previous data set (" + good + ")."),
                    shown.detail());
            assertEquals(good, DatasetLocator.preferredFolder(), "the previous data set stays");
        }
        assertEquals(1, studio.model().recentDatasets().size(), "refused folders are not remembered");
    }

    private Path savez(Network network, Function<String, Boolean> keep, String name) throws IOException {
        NpzArchive archive = new NpzArchive();
        for (Param p : network.params()) {
            if (keep.apply(p.name())) {
                archive.putArray(p.name(), p.value());
            }
        }
        Path file = dir.resolve(name);
        archive.save(file);
        return file;
    }

    @Test
    void theBooksWeightsOpenInTheTrainingLabAndBadModelFilesAreRefused(FxRobot robot) throws Exception {
        TwoLayerNet book = new TwoLayerNet(784, 20, 10, 0.01, Activation.SIGMOID, new Rng(1));
        Path bookFile = savez(book, n -> true, "book-two-layer.npz");
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = studio.view().files().openModel(bookFile));
        assertTrue(opened[0] && dialogs.shown.isEmpty(), String.valueOf(dialogs.shown));
        assertEquals(List.of(bookFile.toAbsolutePath().toString()), studio.model().recentModels());

        Path conv = savez(new SimpleConvNet(new Rng(2)), n -> true, "book-convnet.npz");
        Path missingBias = savez(book, n -> !n.equals("b2"), "missing-b2.npz");
        Path truncated = dir.resolve("truncated.npz");
        byte[] whole = Files.readAllBytes(bookFile);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path nan = dir.resolve("nan.npz");
        book.params().get(0).value().data()[5] = Double.NaN;
        savez(book, n -> true, "nan.npz");
        Path newer = dir.resolve("newer.npz");
        new NpzArchive().putFile("manifest.json", ("{\"format\": \"dlfs-studio-model\", \"version\": 7}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).save(newer);
        List<Object[]> cases = List.of(
                new Object[] {conv, "holds a SimpleConvNet, not a TwoLayerNet"},
                new Object[] {missingBias, "W2 has no bias b2"},
                new Object[] {truncated, "cut short"},
                new Object[] {nan, "W1 holds NaN"},
                new Object[] {newer, "newer dlfs-studio (model format version 7"},
                new Object[] {dir.resolve("absent.npz"), "absent.npz"});
        for (Object[] c : cases) {
            Path file = (Path) c[0];
            int before = dialogs.shown.size();
            robot.interact(() -> studio.view().files().openModel(file));
            assertEquals(before + 1, dialogs.shown.size(), file + " gives one message");
            assertTrue(dialogs.last().error());
            assertEquals("Could not write or read " + file.getFileName(), dialogs.last().header());
            assertTrue(dialogs.last().detail().contains((String) c[1]), file + ": " + dialogs.last().detail());
        }
        assertEquals(1, studio.model().recentModels().size(), "refused files are not remembered");

        Path saved = dir.resolve("saved.npz");
        robot.interact(() -> studio.view().files().saveModel(saved));
        byte[] first = Files.readAllBytes(saved);
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        int before = dialogs.shown.size();
        robot.interact(() -> studio.view().files().saveModel(blocker.resolve("model.npz")));
        assertEquals(before + 1, dialogs.shown.size());
        assertTrue(dialogs.last().detail().contains("cannot save"), dialogs.last().detail());
        Files.createDirectories(dir.resolve("busy.npz").resolve("inside"));
        robot.interact(() -> studio.view().files().saveModel(dir.resolve("busy.npz")));
        assertTrue(Files.isDirectory(dir.resolve("busy.npz").resolve("inside")), "what was there stays");
        assertArrayEquals(first, Files.readAllBytes(saved));

        Path csv = dir.resolve("loss.csv");
        Files.writeString(csv, "previous");
        dialogs.files.add(csv);
        robot.interact(() -> studio.view().files().exportCsv());
        assertTrue(Files.readString(csv).length() > 0 && !Files.readString(csv).equals("previous"), "replaced");
        before = dialogs.shown.size();
        dialogs.files.add(blocker.resolve("loss.svg"));
        robot.interact(() -> studio.view().files().exportSvg());
        assertEquals(before + 1, dialogs.shown.size(), "a failed export says so");
        assertEquals("Could not write or read loss.svg", dialogs.last().header());
    }
}
