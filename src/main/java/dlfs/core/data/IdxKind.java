package dlfs.core.data;

/**
 * The two IDX layouts MNIST-style data sets use. The magic number is {@code 00 00 08 nd}:
 * two zero bytes, element type 0x08 (unsigned byte) and the number of dimensions.
 */
public enum IdxKind {
    /** (count, rows, columns) unsigned bytes: magic 0x00000803. */
    IMAGES(0x00000803, 3, "images"),
    /** (count) unsigned bytes: magic 0x00000801. */
    LABELS(0x00000801, 1, "labels");

    /** Element type byte of unsigned 8-bit data, the only type these data sets use. */
    public static final int UNSIGNED_BYTE = 0x08;

    private final int magic;
    private final int dimensions;
    private final String noun;

    IdxKind(int magic, int dimensions, String noun) {
        this.magic = magic;
        this.dimensions = dimensions;
        this.noun = noun;
    }

    public int magic() {
        return magic;
    }

    public int dimensions() {
        return dimensions;
    }

    /** "images" or "labels", for messages. */
    public String noun() {
        return noun;
    }

    /** Header bytes: the magic number and one 4-byte size per dimension. */
    public int headerLength() {
        return 4 + 4 * dimensions;
    }
}
