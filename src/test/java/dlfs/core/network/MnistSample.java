package dlfs.core.network;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The first few MNIST training images for the book's gradient check (normalised to [0, 1], one-hot
 * labels), read straight from the IDX files beside the project; deterministic synthetic 784-pixel
 * images with the same value range when the data set is absent.
 */
final class MnistSample {
    static final Path DIR = Path.of("..", "shared", "datasets", "mnist-10k");

    private final Tensor images;
    private final Tensor oneHotLabels;
    private final boolean real;

    private MnistSample(Tensor images, Tensor oneHotLabels, boolean real) {
        this.images = images;
        this.oneHotLabels = oneHotLabels;
        this.real = real;
    }

    static MnistSample firstTraining(int count) throws IOException {
        Path imageFile = DIR.resolve("train-images-idx3-ubyte.gz");
        Path labelFile = DIR.resolve("train-labels-idx1-ubyte.gz");
        if (!Files.isReadable(imageFile) || !Files.isReadable(labelFile)) {
            return synthetic(count);
        }
        Tensor x = Tensor.zeros(count, 784);
        Tensor t = Tensor.zeros(count, 10);
        try (DataInputStream in = open(imageFile, 2051)) {
            in.readInt();
            if (in.readInt() != 28 || in.readInt() != 28) {
                throw new IOException("expected 28×28 images in " + imageFile);
            }
            for (int i = 0; i < x.size(); i++) {
                x.data()[i] = in.readUnsignedByte() / 255.0;
            }
        }
        try (DataInputStream in = open(labelFile, 2049)) {
            in.readInt();
            for (int i = 0; i < count; i++) {
                t.set(1.0, i, in.readUnsignedByte());
            }
        }
        return new MnistSample(x, t, true);
    }

    private static DataInputStream open(Path file, int magic) throws IOException {
        InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        if (in.readInt() != magic) {
            in.close();
            throw new IOException("not an IDX file with magic " + magic + ": " + file);
        }
        return in;
    }

    /** Dark backgrounds with some bright strokes, like digits: about a fifth of the pixels are lit. */
    static MnistSample synthetic(int count) {
        Rng rng = new Rng(784);
        Tensor x = Tensor.zeros(count, 784);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.uniform() < 0.2 ? rng.uniform() : 0.0;
        }
        Tensor t = Tensor.zeros(count, 10);
        for (int i = 0; i < count; i++) {
            t.set(1.0, i, i % 10);
        }
        return new MnistSample(x, t, false);
    }

    Tensor images() {
        return images;
    }

    Tensor oneHotLabels() {
        return oneHotLabels;
    }

    boolean isReal() {
        return real;
    }
}
