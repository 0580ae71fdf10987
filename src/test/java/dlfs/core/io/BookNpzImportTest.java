package dlfs.core.io;

import static dlfs.core.io.NpyFormatTest.assertBitsEqual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Param;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.MultiLayerNet;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as the book's Python writes them ({@code np.savez(file, **network.params)}), made here with
 * our own NpzArchive writer: the four networks are recognised and predict exactly as the network
 * that was saved; everything that does not fit is refused with a line saying what.
 */
class BookNpzImportTest {
    @TempDir
    Path dir;

    /** The network's parameters under their book names, as np.savez would store them. */
    private Path savez(Network network, Consumer<Map<String, Tensor>> edit) throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        for (Param p : network.params()) {
            arrays.put(p.name(), p.value().copy());
        }
        edit.accept(arrays);
        NpzArchive archive = new NpzArchive();
        arrays.forEach(archive::putArray);
        Path file = dir.resolve("params-" + System.nanoTime() + ".npz");
        archive.save(file);
        return file;
    }

    /** Loads the saved file and checks the rebuilt network predicts exactly as the original. */
    private ModelFile.Contents loadsAs(Network original, String type) throws IOException {
        ModelFile.Contents contents = ModelFile.load(savez(original, a -> { }));
        assertEquals(type, contents.architecture().type());
        Network rebuilt = Networks.fromArchitecture(contents.architecture(), new Rng(99));
        contents.applyTo(rebuilt.params());
        Tensor x = Tensor.zeros(Networks.batchShape(original, 3));
        Rng rng = new Rng(5);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.gaussian();
        }
        assertBitsEqual(original.predict(x, false), rebuilt.predict(x, false));
        assertEquals(BookNpzImport.IMPORTED_FROM, contents.metadata().keySet().iterator().next());
        return contents;
    }

    @Test
    void twoLayerNetIsRecognisedWithItsSizes() throws IOException {
        TwoLayerNet net = new TwoLayerNet(784, 50, 10, 0.01, Activation.RELU, new Rng(1));
        ModelFile.Contents contents = loadsAs(net, TwoLayerNet.TYPE);
        assertEquals(784, contents.architecture().config().get("inputSize"));
        assertEquals(50, contents.architecture().config().get("hiddenSize"));
        assertEquals(10, contents.architecture().config().get("outputSize"));
        assertEquals("ReLU hidden activation", contents.metadata().get(BookNpzImport.ASSUMED));
    }

    @Test
    void multiLayerNetIsRecognisedWithEveryHiddenSize() throws IOException {
        MultiLayerNet net = new MultiLayerNet(20, new int[] {16, 12, 8}, 5, Activation.RELU, WeightInit.he(),
                WeightDecay.NONE, new Rng(2));
        ModelFile.Contents contents = loadsAs(net, MultiLayerNet.TYPE);
        assertEquals(List.of(16, 12, 8), contents.architecture().config().get("hiddenSizes"));
    }

    @Test
    void gammaAndBetaMakeItMultiLayerNetExtendWithBatchNorm() throws IOException {
        MultiLayerNetExtend net = new MultiLayerNetExtend(20, new int[] {16, 12}, 5, Activation.RELU, WeightInit.he(),
                WeightDecay.NONE, true, false, 0, new Rng(3));
        for (Param p : net.params()) {
            if (p.name().startsWith("gamma") || p.name().startsWith("beta")) {
                p.value().fill(p.name().startsWith("gamma") ? 1.5 : -0.25);
            }
        }
        ModelFile.Contents contents = loadsAs(net, MultiLayerNetExtend.TYPE);
        assertEquals(true, contents.architecture().config().get("useBatchNorm"));
        assertBitsEqual(net.params().get(2).value(), contents.params().get(net.params().get(2).name()));
    }

    @Test
    void simpleConvNetIsRecognisedAndItsInputSizeInferred() throws IOException {
        SimpleConvNet small = new SimpleConvNet(new int[] {1, 12, 12}, 4, 3, 0, 1, 10, 6, WeightInit.fixed(0.1),
                new Rng(4));
        ModelFile.Contents contents = loadsAs(small, SimpleConvNet.TYPE);
        assertEquals(List.of(1, 12, 12), contents.architecture().config().get("inputDim"));
        assertEquals(4, contents.architecture().config().get("filterNum"));
        SimpleConvNet book = new SimpleConvNet(new int[] {1, 28, 28}, 2, 5, 0, 1, 5, 10, WeightInit.fixed(0.1),
                new Rng(5));
        assertEquals(List.of(1, 28, 28), loadsAs(book, SimpleConvNet.TYPE).architecture().config().get("inputDim"));
    }

    @Test
    void deepConvNetIsRecognisedFromItsEightWeights() throws IOException {
        DeepConvNet net = new DeepConvNet(new int[] {1, 28, 28}, new int[] {2, 2, 3, 3, 4, 4}, 6, 10, 0.5,
                WeightInit.he(), new Rng(6));
        ModelFile.Contents contents = loadsAs(net, DeepConvNet.TYPE);
        assertEquals(List.of(1, 28, 28), contents.architecture().config().get("inputDim"));
        assertEquals(List.of(2, 2, 3, 3, 4, 4), contents.architecture().config().get("channels"));
        assertEquals(null, contents.metadata().get(BookNpzImport.ASSUMED));
    }

    private void refused(Network net, Consumer<Map<String, Tensor>> edit, String expected) throws IOException {
        Path file = savez(net, edit);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a dlfs-studio model, nor the book's weights"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void whatDoesNotFitABookNetworkIsRefusedSayingWhat() throws IOException {
        Network two = new TwoLayerNet(6, 4, 3, 0.01, Activation.RELU, new Rng(7));
        refused(two, a -> a.put("W_extra", Tensor.zeros(1)), "array W_extra is not one of the book's parameter names");
        refused(two, a -> a.remove("b2"), "W2 has no bias b2");
        refused(two, a -> a.put("b3", Tensor.zeros(3)), "more biases than weights");
        refused(two, a -> a.remove("W1"), "W1 is missing");
        refused(two, a -> a.put("W2", Tensor.zeros(5, 3)), "W1 has 4 columns but W2 has 5 rows");
        refused(two, a -> a.put("b1", Tensor.zeros(7)), "as a TwoLayerNet: parameter b1 has shape (7,)");
        refused(two, a -> a.get("W2").data()[1] = Double.NaN, "parameter W2 holds NaN");
        refused(two, a -> a.put("W1", Tensor.zeros(6)), "W1 has shape (6,)");
        refused(two, a -> a.put("gamma1", Tensor.zeros(4)), "gamma1 … gamma1 need as many beta1");
        refused(two, a -> {
            a.put("gamma1", Tensor.zeros(4));
            a.put("beta1", Tensor.zeros(4));
            a.put("gamma2", Tensor.zeros(4));
            a.put("beta2", Tensor.zeros(4));
        }, "fit only a fully connected network with 3 weight layers");
        refused(two, Map::clear, "there is no weight W1");

        Network conv = new SimpleConvNet(new int[] {1, 12, 12}, 4, 3, 0, 1, 10, 6, WeightInit.fixed(0.1), new Rng(8));
        refused(conv, a -> a.put("W2", Tensor.zeros(99, 10)), "W2 has 99 rows, which is not 4 filters times a square");
        refused(conv, a -> a.put("W1", Tensor.zeros(4, 1, 3, 2)), "W1 holds 3×2 filters");
        refused(conv, a -> a.put("W2", Tensor.zeros(4, 1, 3, 3)), "W[1, 2] of W1 … W3 are filter banks");
    }

    @Test
    void deepConvNetWithTheWrongFiltersOrFlattenedSizeIsRefused() throws IOException {
        DeepConvNet net = new DeepConvNet(new int[] {1, 28, 28}, new int[] {2, 2, 2, 2, 2, 2}, 4, 10, 0.5,
                WeightInit.he(), new Rng(9));
        refused(net, a -> a.put("W3", Tensor.zeros(2, 2, 5, 5)), "W3 holds 5×5 filters; DeepConvNet's are 3×3");
        refused(net, a -> a.put("W7", Tensor.zeros(7, 4)), "W7 has 7 rows, which no input image");
        refused(net, a -> a.put("W4", Tensor.zeros(2, 3, 3, 3)), "as a DeepConvNet: parameter W4 has shape (2, 3, 3, 3)");
    }

    @Test
    void aManifestStillDecidesForOurOwnFiles() throws IOException {
        Path file = dir.resolve("own.npz");
        ModelFile.save(file, ModelFileTest.sampleContents(1));
        ModelFile.Contents loaded = ModelFile.load(file);
        assertEquals(ModelFileTest.sampleContents(1).architecture().toString(), loaded.architecture().toString());
        assertEquals(null, loaded.metadata().get(BookNpzImport.IMPORTED_FROM));
    }

    /** Mutated book files, bounded in number: only ever a model or a ModelFileException. */
    @Test
    void damagedBookFilesOnlyEverGiveModelFileException() throws IOException {
        Network net = new TwoLayerNet(6, 4, 3, 0.01, Activation.RELU, new Rng(10));
        byte[] good = Files.readAllBytes(savez(net, a -> { }));
        Rng rng = new Rng(2026);
        Path file = dir.resolve("fuzz.npz");
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = ModelFileFuzzTest.mutate(good, rng);
            Files.write(file, damaged);
            try {
                ModelFile.load(file);
            } catch (ModelFileException expected) {
                refused++;
            } catch (RuntimeException | Error e) {
                fail("case " + i + " (" + damaged.length + " bytes) threw " + e, e);
            }
        }
        assertTrue(refused > 150, "most damage is detected, got " + refused);
    }

    /** Damage inside a valid zip (good CRCs): shapes and dtypes change, so inference meets odd arrays. */
    @Test
    void damagedArraysInsideAValidZipOnlyEverGiveModelFileException() throws IOException {
        Network net = new TwoLayerNet(6, 4, 3, 0.01, Activation.RELU, new Rng(11));
        Rng rng = new Rng(77);
        for (int i = 0; i < 300; i++) {
            Path file = dir.resolve("entry-fuzz.npz");
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                for (Param p : net.params()) {
                    byte[] npy = NpyFormat.toBytes(p.value());
                    zip.putNextEntry(new java.util.zip.ZipEntry(p.name() + ".npy"));
                    zip.write(rng.nextInt(4) == 0 ? ModelFileFuzzTest.mutate(npy, rng) : npy);
                    zip.closeEntry();
                }
            }
            try {
                ModelFile.Contents loaded = ModelFile.load(file);
                assertEquals(TwoLayerNet.TYPE, loaded.architecture().type(), "case " + i);
            } catch (ModelFileException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            } catch (RuntimeException | Error e) {
                fail("case " + i + " threw " + e + " " + Arrays.toString(e.getStackTrace()), e);
            }
        }
    }
}
