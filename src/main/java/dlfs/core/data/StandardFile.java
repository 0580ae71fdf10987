package dlfs.core.data;

/**
 * The four files of an MNIST-style data set, under the names MNIST published them with. Each may
 * be stored gzip-compressed (".gz", as published) or unpacked.
 */
public enum StandardFile {
    TRAIN_IMAGES("train-images-idx3-ubyte", IdxKind.IMAGES),
    TRAIN_LABELS("train-labels-idx1-ubyte", IdxKind.LABELS),
    TEST_IMAGES("t10k-images-idx3-ubyte", IdxKind.IMAGES),
    TEST_LABELS("t10k-labels-idx1-ubyte", IdxKind.LABELS);

    private final String baseName;
    private final IdxKind kind;

    StandardFile(String baseName, IdxKind kind) {
        this.baseName = baseName;
        this.kind = kind;
    }

    /** The published, compressed name: "train-images-idx3-ubyte.gz". */
    public String fileName() {
        return baseName + ".gz";
    }

    /** The name of the unpacked file: "train-images-idx3-ubyte". */
    public String unpackedName() {
        return baseName;
    }

    public IdxKind kind() {
        return kind;
    }

    /** The name under which {@code location} holds this file, or null when it has neither. */
    public String storedIn(DatasetLocation location) {
        if (location.has(fileName())) {
            return fileName();
        }
        return location.has(unpackedName()) ? unpackedName() : null;
    }
}
