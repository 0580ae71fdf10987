package dlfs.core.io;

import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The pretrained models that ship with the app (made by our own {@code dlfs train}; the exact
 * command lines are in {@code assets/models/README.md}). They are read from {@code assets/models/}
 * when the app runs from the project folder, otherwise from the class path ({@code /models/}).
 */
public final class BundledModels {
    /** 784-50-100-10 sigmoid network, the shape of the book's {@code sample_weight.pkl} (chapter 3 inference). */
    public static final String MLP_SIGMOID = "mlp-784-50-100-10-sigmoid.npz";
    /** TwoLayerNet 784-100-10 with ReLU (the playground's two-layer model). */
    public static final String TWO_LAYER = "two-layer-784-100-10.npz";
    /** The book's SimpleConvNet (chapter 7). */
    public static final String SIMPLE_CONVNET = "simple-convnet.npz";
    /** The book's DeepConvNet (chapter 8). */
    public static final String DEEP_CONVNET = "deep-convnet.npz";

    private static final Path ASSET_FOLDER = Path.of("assets", "models");

    private BundledModels() {
    }

    /** A loaded model: the network with its weights, and what the file says about how it was made. */
    public record Loaded(String file, Network network, Map<String, Object> metadata) {
    }

    /**
     * Loads a bundled model, or empty when it is not shipped in this build.
     *
     * @throws ModelFileException when the file is there but cannot be used
     */
    public static Optional<Loaded> load(String file) throws ModelFileException {
        Path local = ASSET_FOLDER.resolve(file);
        if (Files.isRegularFile(local)) {
            return Optional.of(read(file, local));
        }
        try (InputStream in = BundledModels.class.getResourceAsStream("/models/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            Path temp = Files.createTempFile("dlfs-model-", ".npz");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                return Optional.of(read(file, temp));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read the bundled model: " + e.getMessage(), e);
        }
    }

    private static Loaded read(String name, Path path) throws ModelFileException {
        ModelFile.Contents contents = ModelFile.load(path);
        Network network = Networks.fromArchitecture(contents.architecture(), new Rng(0));
        contents.applyTo(network.params());
        return new Loaded(name, network, contents.metadata());
    }
}
