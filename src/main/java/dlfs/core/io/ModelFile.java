package dlfs.core.io;

import dlfs.core.layer.Param;
import dlfs.core.network.Architecture;
import dlfs.core.network.Network;
import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trained model in one file that NumPy can open: an {@code .npz} archive holding
 * <ul>
 *   <li>{@code manifest.json}: format name and version, the network's {@link Architecture},
 *       parameter names and shapes, the optimizer's name, hyper-parameters and step count, and
 *       training metadata (data set, epochs, accuracy, creation time, command line);</li>
 *   <li>{@code <param>.npy} for every parameter (e.g. {@code W1.npy}), float64;</li>
 *   <li>{@code optimizer/<param>/<slot>.npy} for the optimizer's state (e.g. Adam's
 *       {@code optimizer/W1/m.npy}).</li>
 * </ul>
 * In Python, {@code np.load("model.npz")["W1"]} gives the weights, and
 * {@code json.loads(np.load("model.npz")["manifest.json"])} the manifest: NumPy hands out
 * non-array entries as bytes, which is why the manifest can live inside the same file.
 *
 * <p>Saving is atomic ({@link AtomicFile}). Loading checks everything before returning anything:
 * a damaged or cut-short file, a missing manifest, a newer format version, NaN or infinite values,
 * or arrays that do not match the manifest each give a one-line {@link ModelFileException}.
 *
 * <p>Plain NumPy weights (e.g. the book's params dict saved with {@code np.savez}, keys
 * {@code W1 b1 W2 b2}, float32 or float64) load as a model when {@link BookNpzImport} recognises the
 * network from their names and shapes; {@link #importParams(Path)} reads them as bare parameters
 * to put into a network of one's own with {@link #applyParams(Map, List)}.
 */
public final class ModelFile {
    public static final String FORMAT = "dlfs-studio-model";
    /** The manifest version this code writes and the newest it reads. */
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    /** Optimizer state arrays are stored under this prefix, then {@code <param>/<slot>}. */
    public static final String OPTIMIZER_PREFIX = "optimizer/";

    /** Metadata keys the app and the command line fill in (see {@link #metadata}). */
    public static final String DATASET = "dataset";
    public static final String EPOCHS = "epochs";
    public static final String ACCURACY = "accuracy";
    public static final String CREATED_AT = "createdAt";
    public static final String COMMAND_LINE = "commandLine";

    private ModelFile() {
    }

    /**
     * An optimizer's state, enough to continue training where it stopped.
     *
     * @param name  e.g. "Adam"
     * @param hyper hyper-parameters, e.g. {@code {lr=0.001, beta1=0.9, beta2=0.999}}
     * @param state arrays keyed {@code <param>/<slot>}, e.g. "W1/m", "W1/v" (Momentum: "W1/v")
     * @param step  how many updates were made (Adam's t)
     */
    public record OptimizerState(String name, Map<String, Object> hyper, Map<String, Tensor> state, long step) {
        public OptimizerState {
            Objects.requireNonNull(name, "optimizer name");
            hyper = Collections.unmodifiableMap(new LinkedHashMap<>(hyper));
            state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
            state.keySet().forEach(NpzArchive::checkName);
            if (step < 0) {
                throw new IllegalArgumentException("optimizer step must not be negative, got " + step);
            }
        }
    }

    /**
     * Everything a model file holds.
     *
     * @param architecture what to build before loading the weights
     * @param params       parameter values by the book's names ("W1", "b1", …), in network order
     * @param optimizer    the optimizer's state, if it was saved
     * @param metadata     JSON-friendly facts about the training (see {@link #metadata})
     */
    public record Contents(Architecture architecture, Map<String, Tensor> params, Optional<OptimizerState> optimizer,
                           Map<String, Object> metadata) {
        public Contents {
            Objects.requireNonNull(architecture, "architecture");
            Objects.requireNonNull(optimizer, "optimizer (use Optional.empty())");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            for (String name : params.keySet()) {
                NpzArchive.checkName(name);
                if (name.startsWith(OPTIMIZER_PREFIX) || name.equals(MANIFEST)) {
                    throw new IllegalArgumentException("parameter name " + name + " is reserved by the model file");
                }
            }
        }

        /**
         * The network's architecture and current parameter values (not copied: they are read when
         * the file is written), with the optimizer state if given (null for none).
         */
        public static Contents of(Network network, OptimizerState optimizer, Map<String, Object> metadata) {
            Map<String, Tensor> params = new LinkedHashMap<>();
            for (Param p : network.params()) {
                if (params.put(p.name(), p.value()) != null) {
                    throw new IllegalArgumentException("the network has two parameters named " + p.name());
                }
            }
            return new Contents(network.architecture(), params, Optional.ofNullable(optimizer), metadata);
        }

        /** Copies the parameter values into {@code target}; see {@link ModelFile#applyParams}. */
        public void applyTo(List<Param> target) throws ModelFileException {
            applyParams(params, target);
        }
    }

    /** Metadata with the usual keys; the creation time is now (ISO-8601, UTC). */
    public static Map<String, Object> metadata(String dataset, int epochs, double accuracy, String commandLine) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(DATASET, dataset);
        metadata.put(EPOCHS, epochs);
        metadata.put(ACCURACY, accuracy);
        metadata.put(CREATED_AT, Instant.now().toString());
        metadata.put(COMMAND_LINE, commandLine);
        return metadata;
    }

    // ---------------------------------------------------------------- saving

    /**
     * Saves atomically: on any failure (read-only folder, full disk, a folder in the way) the
     * previous file at {@code file} is untouched and no temporary file is left behind.
     */
    public static void save(Path file, Contents contents) throws ModelFileException {
        NpzArchive archive = toArchive(contents);
        try {
            AtomicFile.write(file, archive::write);
        } catch (IOException e) {
            throw new ModelFileException("cannot save " + file + ": " + reason(e, file)
                    + " (any previous file there is unchanged)", e);
        }
    }

    /** Writes the bytes {@link #save} puts in the file (the stream is not closed). */
    public static void write(Contents contents, OutputStream out) throws IOException {
        toArchive(contents).write(out);
    }

    private static NpzArchive toArchive(Contents contents) throws ModelFileException {
        refuseNonFinite(contents.params(), "", "parameter");
        NpzArchive archive = new NpzArchive();
        try {
            archive.putFile(MANIFEST, ModelManifest.toJson(contents));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("cannot write the manifest: " + e.getMessage(), e);
        }
        contents.params().forEach(archive::putArray);
        if (contents.optimizer().isPresent()) {
            Map<String, Tensor> state = contents.optimizer().get().state();
            refuseNonFinite(state, OPTIMIZER_PREFIX, "optimizer state");
            state.forEach((key, value) -> archive.putArray(OPTIMIZER_PREFIX + key, value));
        }
        return archive;
    }

    private static void refuseNonFinite(Map<String, Tensor> arrays, String prefix, String what) throws ModelFileException {
        for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
            if (!e.getValue().isFinite()) {
                throw new ModelFileException(what + " " + prefix + e.getKey()
                        + " holds NaN or infinite values (training diverged?)");
            }
        }
    }

    /** A short human reason: file-system exceptions otherwise only name the path. */
    private static String reason(IOException e, Path file) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + file.toAbsolutePath().getParent() + " does not exist";
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            String kind = f.getClass().getSimpleName().replace("Exception", "");
            return f.getReason() != null ? f.getReason() : kind + " " + f.getFile();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- loading

    /**
     * Loads a model file written by {@link #save}, or the book's weights saved with {@code np.savez}
     * (see {@link BookNpzImport}).
     *
     * @throws ModelFileException naming the file and the first problem
     */
    public static Contents load(Path file) throws ModelFileException {
        NpzArchive archive = NpzArchive.read(file);
        if (archive.file(MANIFEST).isEmpty()) {
            return bookWeights(file, archive);
        }
        try {
            return contents(archive);
        } catch (ModelFileException e) {
            throw new ModelFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** A file without manifest: the book's weights saved with {@code np.savez}, if {@link BookNpzImport} recognises them. */
    private static Contents bookWeights(Path file, NpzArchive archive) throws ModelFileException {
        String why = file + " has no " + MANIFEST + ", so it is not a dlfs-studio model, nor the book's weights: ";
        if (!archive.fileNames().isEmpty()) {
            throw new ModelFileException(why + "entry " + archive.fileNames().iterator().next() + " is not a .npy array");
        }
        try {
            return BookNpzImport.contents(archive.arrays());
        } catch (ModelFileException e) {
            throw new ModelFileException(why + e.getMessage(), e);
        }
    }

    private static Contents contents(NpzArchive archive) throws ModelFileException {
        ModelManifest manifest = ModelManifest.parse(archive.file(MANIFEST).orElseThrow());
        Map<String, Tensor> unclaimed = new LinkedHashMap<>(archive.arrays());
        Map<String, Tensor> params = claim(unclaimed, manifest.params(), "", "parameter");
        Optional<OptimizerState> optimizer = Optional.empty();
        if (manifest.optimizer().isPresent()) {
            ModelManifest.Optimizer o = manifest.optimizer().get();
            Map<String, Tensor> state = claim(unclaimed, o.state(), OPTIMIZER_PREFIX, "optimizer state");
            optimizer = Optional.of(new OptimizerState(o.name(), o.hyper(), state, o.step()));
        }
        if (!unclaimed.isEmpty()) {
            throw new ModelFileException("array " + unclaimed.keySet().iterator().next() + " is not listed in " + MANIFEST);
        }
        for (String name : archive.fileNames()) {
            if (!name.equals(MANIFEST)) {
                throw new ModelFileException("unexpected entry " + name + " (a model file holds " + MANIFEST + " and .npy arrays)");
            }
        }
        return new Contents(manifest.architecture(), params, optimizer, manifest.metadata());
    }

    /**
     * Takes the arrays the manifest lists out of {@code unclaimed}, checking that each exists, has
     * the listed shape and holds only finite values.
     */
    private static Map<String, Tensor> claim(Map<String, Tensor> unclaimed, List<ModelManifest.Entry> listed,
                                             String prefix, String what) throws ModelFileException {
        Map<String, Tensor> claimed = new LinkedHashMap<>();
        for (ModelManifest.Entry entry : listed) {
            String name = prefix + entry.name();
            Tensor value = unclaimed.remove(name);
            if (value == null) {
                throw new ModelFileException(MANIFEST + " lists " + what + " " + name + " but there is no " + name
                        + NpzArchive.NPY_SUFFIX);
            }
            if (!value.hasShape(entry.shape())) {
                throw new ModelFileException(what + " " + name + " has shape " + Tensor.shapeString(value.shape())
                        + " but " + MANIFEST + " says " + Tensor.shapeString(entry.shape()));
            }
            if (!value.isFinite()) {
                throw new ModelFileException(what + " " + name + " holds NaN or infinite values");
            }
            claimed.put(entry.name(), value);
        }
        return claimed;
    }

    /**
     * Parameter values from any {@code .npz}: a dlfs-studio model file (its parameters, fully
     * checked), or a plain NumPy archive of arrays such as the book's {@code W1, b1, W2, b2}
     * (float32 values become doubles).
     *
     * @throws ModelFileException if the file cannot be read, holds non-array entries besides a
     *                            manifest, or holds NaN or infinite values
     */
    public static Map<String, Tensor> importParams(Path file) throws ModelFileException {
        NpzArchive archive = NpzArchive.read(file);
        try {
            if (archive.file(MANIFEST).isPresent()) {
                return contents(archive).params();
            }
            if (!archive.fileNames().isEmpty()) {
                throw new ModelFileException("entry " + archive.fileNames().iterator().next()
                        + " is not a .npy array (a plain NumPy .npz holds only arrays)");
            }
            if (archive.arrays().isEmpty()) {
                throw new ModelFileException("the archive holds no arrays");
            }
            refuseNonFinite(archive.arrays(), "", "parameter");
            return archive.arrays();
        } catch (ModelFileException e) {
            throw new ModelFileException(file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- applying

    /**
     * Copies {@code values} into the network's parameters, matching them by name. Nothing is changed
     * unless every parameter is present with the right shape and no value is left over.
     *
     * @throws ModelFileException naming the first parameter that is missing, extra or mis-shaped
     */
    public static void applyParams(Map<String, Tensor> values, List<Param> params) throws ModelFileException {
        List<String> networkNames = new ArrayList<>();
        for (Param p : params) {
            networkNames.add(p.name());
            Tensor value = values.get(p.name());
            if (value == null) {
                throw new ModelFileException("the weights have no parameter " + p.name() + " (they hold "
                        + String.join(", ", values.keySet()) + ")");
            }
            if (!Arrays.equals(value.shape(), p.value().shape())) {
                throw new ModelFileException("parameter " + p.name() + " has shape " + Tensor.shapeString(value.shape())
                        + " in the weights but " + Tensor.shapeString(p.value().shape()) + " in the network");
            }
        }
        for (String name : values.keySet()) {
            if (!networkNames.contains(name)) {
                throw new ModelFileException("the weights' parameter " + name + " is not in the network (it has "
                        + String.join(", ", networkNames) + ")");
            }
        }
        for (Param p : params) {
            p.value().copyFrom(values.get(p.name()));
        }
    }
}
