package dlfs.core.io;

import static dlfs.core.io.NpyFormatTest.assertBitsEqual;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Affine;
import dlfs.core.layer.Param;
import dlfs.core.layer.Relu;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.network.Architecture;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.network.WeightDecay;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    /** A small trained-looking model: 4-3-2 affine net, Adam state, metadata. */
    static ModelFile.Contents sampleContents(long seed) {
        Rng rng = new Rng(seed);
        Map<String, Tensor> params = new LinkedHashMap<>();
        params.put("W1", random(rng, 4, 3));
        params.put("b1", random(rng, 3));
        params.put("W2", random(rng, 3, 2));
        params.put("b2", random(rng, 2));
        Map<String, Tensor> state = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            state.put(name + "/m", random(rng, value.shape()));
            state.put(name + "/v", random(rng, value.shape()).map(Math::abs));
        });
        Map<String, Object> hyper = new LinkedHashMap<>();
        hyper.put("lr", 0.001);
        hyper.put("beta1", 0.9);
        hyper.put("beta2", 0.999);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("inputSize", 4);
        config.put("hiddenSizes", List.of(3));
        config.put("outputSize", 2);
        config.put("activation", "relu");
        config.put("weightInit", "he");
        config.put("weightDecay", 0.0);
        config.put("useBatchNorm", false);
        return new ModelFile.Contents(new Architecture("MultiLayerNet", config), params,
                Optional.of(new ModelFile.OptimizerState("Adam", hyper, state, 1200)),
                ModelFile.metadata("mnist", 20, 0.9731, "dlfs train --epochs 20"));
    }

    static Tensor random(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.gaussian();
        }
        return t;
    }

    @Test
    void roundTripKeepsEverythingBitExact() throws IOException {
        ModelFile.Contents saved = sampleContents(1);
        Path file = dir.resolve("model.npz");
        ModelFile.save(file, saved);
        ModelFile.Contents loaded = ModelFile.load(file);

        assertEquals("MultiLayerNet", loaded.architecture().type());
        assertEquals(normalised(saved.architecture().config()), loaded.architecture().config());
        assertEquals(List.copyOf(saved.params().keySet()), List.copyOf(loaded.params().keySet()));
        saved.params().forEach((name, value) -> assertBitsEqual(value, loaded.params().get(name)));

        ModelFile.OptimizerState savedOptimizer = saved.optimizer().orElseThrow();
        ModelFile.OptimizerState loadedOptimizer = loaded.optimizer().orElseThrow();
        assertEquals("Adam", loadedOptimizer.name());
        assertEquals(savedOptimizer.hyper(), loadedOptimizer.hyper());
        assertEquals(1200, loadedOptimizer.step());
        assertEquals(List.copyOf(savedOptimizer.state().keySet()), List.copyOf(loadedOptimizer.state().keySet()));
        savedOptimizer.state().forEach((name, value) -> assertBitsEqual(value, loadedOptimizer.state().get(name)));

        assertEquals(normalised(saved.metadata()), loaded.metadata());
        assertEquals(0.9731, loaded.metadata().get(ModelFile.ACCURACY));
        assertEquals(20L, loaded.metadata().get(ModelFile.EPOCHS));
        assertTrue(((String) loaded.metadata().get(ModelFile.CREATED_AT)).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    /** What JSON gives back: integers as Long. */
    private static Object normalised(Object value) {
        return Json.read(Json.write(value));
    }

    @Test
    void modelWithoutOptimizerStateRoundTrips() throws IOException {
        ModelFile.Contents full = sampleContents(2);
        ModelFile.Contents weightsOnly = new ModelFile.Contents(full.architecture(), full.params(), Optional.empty(),
                Map.of());
        Path file = dir.resolve("weights-only.npz");
        ModelFile.save(file, weightsOnly);
        ModelFile.Contents loaded = ModelFile.load(file);
        assertTrue(loaded.optimizer().isEmpty());
        assertEquals(Map.of(), loaded.metadata());
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("\"optimizer\""));
    }

    @Test
    void contentsOfANetworkTakeItsArchitectureAndValuesAndApplyBack() throws IOException {
        SequentialNetwork network = network(new Rng(3));
        ModelFile.Contents contents = ModelFile.Contents.of(network, null, Map.of(ModelFile.DATASET, "mnist"));
        assertEquals(List.of("W1", "b1", "W2", "b2"), List.copyOf(contents.params().keySet()));
        Path file = dir.resolve("net.npz");
        ModelFile.save(file, contents);

        SequentialNetwork fresh = network(new Rng(4));
        ModelFile.load(file).applyTo(fresh.params());
        for (int i = 0; i < network.params().size(); i++) {
            assertBitsEqual(network.params().get(i).value(), fresh.params().get(i).value());
        }
        Tensor x = random(new Rng(5), 3, 4);
        assertArrayEquals(network.predict(x, false).copy().data(), fresh.predict(x, false).data());
    }

    private static SequentialNetwork network(Rng rng) {
        Param w1 = new Param("W1", random(rng, 4, 3), true);
        Param b1 = new Param("b1", random(rng, 3), false);
        Param w2 = new Param("W2", random(rng, 3, 2), true);
        Param b2 = new Param("b2", random(rng, 2), false);
        return new SequentialNetwork(List.of(new Affine("Affine1", w1, b1), new Relu("Relu1"), new Affine("Affine2", w2, b2)),
                new SoftmaxWithLoss(), WeightDecay.NONE, new Architecture("TwoLayerNet", Map.of("hiddenSize", 3)));
    }

    @Test
    void numpyOpensAModelFileAndItsManifest() throws IOException {
        PythonNumpy.assumeAvailable();
        Path file = dir.resolve("model.npz");
        ModelFile.Contents contents = sampleContents(6);
        ModelFile.save(file, contents);
        String output = PythonNumpy.check(String.join("\n",
                "import sys, json, numpy as np",
                "f = np.load(sys.argv[1])",
                "print(' '.join(f.files))",
                "m = json.loads(f['manifest.json'])",
                "print(m['format'], m['version'], m['optimizer']['name'], m['params'][0]['shape'])",
                "print(repr(float(f['W1'][3, 2])), repr(float(f['optimizer/b2/v'][1])))"), file.toString());
        String[] lines = output.split("\n");
        assertEquals("manifest.json W1 b1 W2 b2 optimizer/W1/m optimizer/W1/v optimizer/b1/m optimizer/b1/v"
                + " optimizer/W2/m optimizer/W2/v optimizer/b2/m optimizer/b2/v", lines[0]);
        assertEquals("dlfs-studio-model 1 Adam [4, 3]", lines[1]);
        assertEquals(contents.params().get("W1").get(3, 2), Double.parseDouble(lines[2].split(" ")[0]));
        assertEquals(contents.optimizer().orElseThrow().state().get("b2/v").get(1),
                Double.parseDouble(lines[2].split(" ")[1]));
    }

    // ---------------------------------------------------------------- atomic saving

    @Test
    void savingAgainReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("model.npz");
        ModelFile.save(file, sampleContents(1));
        ModelFile.save(file, sampleContents(2));
        assertBitsEqual(sampleContents(2).params().get("W1"), ModelFile.load(file).params().get("W1"));
        assertEquals(List.of("model.npz"), listing(dir));
    }

    /**
     * Tests run as root, for whom a read-only folder is still writable, so the failure is injected
     * instead: the stream dies half-way through the model, as on a full disk.
     */
    @Test
    void aWriteFailingHalfWayKeepsThePreviousFile() throws IOException {
        Path file = dir.resolve("model.npz");
        ModelFile.save(file, sampleContents(1));
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file,
                out -> ModelFile.write(sampleContents(2), new FailingAfter(out, 700))));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("model.npz"), listing(dir));
        assertBitsEqual(sampleContents(1).params().get("W1"), ModelFile.load(file).params().get("W1"));
    }

    @Test
    void savingOntoAFolderFailsClearlyAndCleansUp() throws IOException {
        Path target = dir.resolve("model.npz");
        Files.createDirectories(target.resolve("inside"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.save(target, sampleContents(1)));
        assertTrue(e.getMessage().startsWith("cannot save " + target), e.getMessage());
        assertTrue(e.getMessage().contains("previous file there is unchanged"), e.getMessage());
        assertTrue(Files.isDirectory(target.resolve("inside")));
        assertEquals(List.of("model.npz"), listing(dir));

        Path noFolder = dir.resolve("no/such/folder/model.npz");
        e = assertThrows(ModelFileException.class, () -> ModelFile.save(noFolder, sampleContents(1)));
        assertTrue(e.getMessage().contains("the folder " + noFolder.getParent() + " does not exist"), e.getMessage());
    }

    @Test
    void refusesToSaveNaNWeightsOrStateNamingThem() throws IOException {
        ModelFile.Contents contents = sampleContents(1);
        contents.params().get("b2").data()[1] = Double.NaN;
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFile.save(dir.resolve("nan.npz"), contents));
        assertTrue(e.getMessage().contains("parameter b2 holds NaN"), e.getMessage());

        ModelFile.Contents inf = sampleContents(1);
        inf.optimizer().orElseThrow().state().get("W1/v").data()[0] = Double.POSITIVE_INFINITY;
        e = assertThrows(ModelFileException.class, () -> ModelFile.save(dir.resolve("inf.npz"), inf));
        assertTrue(e.getMessage().contains("optimizer state optimizer/W1/v"), e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void refusesMetadataJsonCannotHold() {
        ModelFile.Contents c = sampleContents(1);
        Map<String, Object> metadata = new LinkedHashMap<>(c.metadata());
        metadata.put(ModelFile.ACCURACY, Double.NaN);
        ModelFile.Contents bad = new ModelFile.Contents(c.architecture(), c.params(), c.optimizer(), metadata);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.save(dir.resolve("m.npz"), bad));
        assertTrue(e.getMessage().contains("metadata.accuracy"), e.getMessage());
    }

    @Test
    void reservedParameterNamesAreRefused() {
        ModelFile.Contents c = sampleContents(1);
        assertThrows(IllegalArgumentException.class, () -> new ModelFile.Contents(c.architecture(),
                Map.of("optimizer/x", Tensor.scalar(1)), Optional.empty(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ModelFile.Contents(c.architecture(),
                Map.of("a/../b", Tensor.scalar(1)), Optional.empty(), Map.of()));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** Passes {@code limit} bytes through, then fails like a full disk. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    // ---------------------------------------------------------------- loading errors

    /** Writes an archive holding the given manifest text and the sample's arrays, changed by {@code edit}. */
    private Path withManifest(String manifest, java.util.function.Consumer<Map<String, Tensor>> edit) throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>(sampleContents(1).params());
        edit.accept(arrays);
        NpzArchive archive = new NpzArchive().putFile(ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        arrays.forEach(archive::putArray);
        Path file = dir.resolve("crafted.npz");
        archive.save(file);
        return file;
    }

    private static String sampleManifest() {
        ModelFile.Contents c = sampleContents(1);
        return new String(ModelManifest.toJson(new ModelFile.Contents(c.architecture(), c.params(), Optional.empty(),
                c.metadata())), StandardCharsets.UTF_8);
    }

    private static void assertLoadFails(Path file, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file first: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aCutShortFileIsRefused() throws IOException {
        Path file = dir.resolve("model.npz");
        ModelFile.save(file, sampleContents(1));
        byte[] bytes = Files.readAllBytes(file);
        for (int length : new int[] {0, 10, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertLoadFails(file, "not a valid .npz (zip) file, or it is cut short");
        }
    }

    @Test
    void aPlainNumpyArchiveIsNotAModel() throws IOException {
        Path file = dir.resolve("plain.npz");
        new NpzArchive().putArray("W1", Tensor.zeros(2, 2)).save(file);
        assertLoadFails(file, "has no manifest.json, so it is not a dlfs-studio model");
    }

    @Test
    void aNewerFormatVersionIsReportedAsSuch() throws IOException {
        Path file = withManifest(sampleManifest().replace("\"version\": 1", "\"version\": 2"), a -> { });
        assertLoadFails(file, "made by a newer dlfs-studio (model format version 2; this version reads up to 1)");
        Path zero = withManifest(sampleManifest().replace("\"version\": 1", "\"version\": 0"), a -> { });
        assertLoadFails(zero, "\"version\" must be an integer of at least 1");
    }

    @Test
    void aForeignOrBrokenManifestIsRefused() throws IOException {
        assertLoadFails(withManifest(sampleManifest().replace(ModelFile.FORMAT, "keras"), a -> { }),
                "not a dlfs-studio model manifest (format \"keras\")");
        assertLoadFails(withManifest(sampleManifest().replace("\"params\": [", "\"params\": [,"), a -> { }),
                "manifest.json: JSON: unexpected character ','");
        assertLoadFails(withManifest(sampleManifest().replace("\"type\": \"MultiLayerNet\"", "\"type\": 7"), a -> { }),
                "\"type\" must be a string");
        assertLoadFails(withManifest(sampleManifest().replace("\"shape\": [4, 3]", "\"shape\": [4, -3]"), a -> { }),
                "shape [4, -3] is not a list of dimensions");
        Path notUtf8 = dir.resolve("latin1.npz");
        new NpzArchive().putFile(ModelFile.MANIFEST, new byte[] {'{', (byte) 0xff, '}'}).save(notUtf8);
        assertLoadFails(notUtf8, "not valid UTF-8");
    }

    @Test
    void nanOrInfiniteWeightsAreRefusedByName() throws IOException {
        Path file = withManifest(sampleManifest(), a -> a.put("W2", a.get("W2").copy().fill(Double.NaN)));
        assertLoadFails(file, "parameter W2 holds NaN or infinite values");
    }

    @Test
    void arraysMustMatchTheManifest() throws IOException {
        assertLoadFails(withManifest(sampleManifest(), a -> a.put("b1", Tensor.zeros(4))),
                "parameter b1 has shape (4,) but manifest.json says (3,)");
        assertLoadFails(withManifest(sampleManifest(), a -> a.remove("W2")),
                "manifest.json lists parameter W2 but there is no W2.npy");
        assertLoadFails(withManifest(sampleManifest(), a -> a.put("W3", Tensor.zeros(1))),
                "array W3 is not listed in manifest.json");
    }

    // ---------------------------------------------------------------- applying and importing

    @Test
    void applyRefusesAnyMismatchBeforeChangingAnything() throws ModelFileException {
        SequentialNetwork target = network(new Rng(7));
        Tensor w1Before = target.params().get(0).value().copy();
        Map<String, Tensor> values = new LinkedHashMap<>(ModelFile.Contents.of(network(new Rng(8)), null, Map.of()).params());

        Map<String, Tensor> wrongShape = new LinkedHashMap<>(values);
        wrongShape.put("W2", Tensor.zeros(3, 5));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.applyParams(wrongShape, target.params()));
        assertEquals("parameter W2 has shape (3, 5) in the weights but (3, 2) in the network", e.getMessage());
        assertBitsEqual(w1Before, target.params().get(0).value());

        Map<String, Tensor> missing = new LinkedHashMap<>(values);
        missing.remove("b2");
        e = assertThrows(ModelFileException.class, () -> ModelFile.applyParams(missing, target.params()));
        assertEquals("the weights have no parameter b2 (they hold W1, b1, W2)", e.getMessage());

        Map<String, Tensor> extra = new LinkedHashMap<>(values);
        extra.put("W3", Tensor.zeros(2, 2));
        e = assertThrows(ModelFileException.class, () -> ModelFile.applyParams(extra, target.params()));
        assertEquals("the weights' parameter W3 is not in the network (it has W1, b1, W2, b2)", e.getMessage());
        assertBitsEqual(w1Before, target.params().get(0).value());

        ModelFile.applyParams(values, target.params());
        assertBitsEqual(values.get("W1"), target.params().get(0).value());
    }

    /**
     * The book keeps weights in a dict {W1, b1, W2, b2}; exported with np.savez they are float32 and
     * may be Fortran-ordered. Such a file is read as parameters only and fits a network of those shapes.
     */
    @Test
    void importsTheBooksPlainFloat32Weights() throws IOException {
        Path file = dir.resolve("book.npz");
        float[] w1ColumnMajor = new float[12];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                w1ColumnMajor[i + 4 * j] = (i * 3 + j) / 10f;
            }
        }
        ByteOrder le = ByteOrder.LITTLE_ENDIAN;
        try (OutputStream out = Files.newOutputStream(file);
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            putEntry(zip, "W1.npy", NpyBytes.of("{'descr': '<f4', 'fortran_order': True, 'shape': (4, 3), }",
                    NpyBytes.floats(le, w1ColumnMajor)));
            putEntry(zip, "b1.npy", NpyBytes.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }",
                    NpyBytes.floats(le, 0.5f, -0.5f, 0.25f)));
            putEntry(zip, "W2.npy", NpyBytes.of("{'descr': '<f4', 'fortran_order': True, 'shape': (3, 2), }",
                    NpyBytes.floats(le, 1, 2, 3, 4, 5, 6)));
            putEntry(zip, "b2.npy", NpyBytes.of("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }",
                    NpyBytes.floats(le, 0.1f, 0.2f)));
        }
        Map<String, Tensor> params = ModelFile.importParams(file);
        assertEquals(List.of("W1", "b1", "W2", "b2"), List.copyOf(params.keySet()));
        SequentialNetwork net = network(new Rng(9));
        ModelFile.applyParams(params, net.params());
        assertEquals((double) (7 / 10f), net.param("W1").value().get(2, 1), 0.0);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, net.param("W2").value().data());
        assertArrayEquals(new double[] {0.1f, 0.2f}, net.param("b2").value().data());

        ModelFile.Contents loaded = ModelFile.load(file);
        assertEquals("TwoLayerNet", loaded.architecture().type());
        assertEquals(3, loaded.architecture().config().get("hiddenSize"));
    }

    @Test
    void importReadsAModelFilesParametersAndRefusesNonArrays() throws IOException {
        Path model = dir.resolve("model.npz");
        ModelFile.save(model, sampleContents(3));
        Map<String, Tensor> params = ModelFile.importParams(model);
        assertEquals(List.of("W1", "b1", "W2", "b2"), List.copyOf(params.keySet()));
        assertBitsEqual(sampleContents(3).params().get("b2"), params.get("b2"));

        Path odd = dir.resolve("odd.npz");
        new NpzArchive().putArray("W1", Tensor.zeros(1)).putFile("readme.txt", new byte[0]).save(odd);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.importParams(odd));
        assertTrue(e.getMessage().contains("entry readme.txt is not a .npy array"), e.getMessage());

        Path nan = dir.resolve("nan.npz");
        new NpzArchive().putArray("W1", Tensor.vector(1, Double.NaN)).save(nan);
        e = assertThrows(ModelFileException.class, () -> ModelFile.importParams(nan));
        assertTrue(e.getMessage().contains("parameter W1 holds NaN"), e.getMessage());
    }

    private static void putEntry(java.util.zip.ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
