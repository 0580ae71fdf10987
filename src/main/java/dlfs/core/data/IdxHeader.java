package dlfs.core.data;

/**
 * What an IDX header claims: its layout and the size of each dimension (count first).
 *
 * @param dims positive sizes; {@code dims[0]} is the number of images or labels
 */
public record IdxHeader(IdxKind kind, int[] dims) {
    public IdxHeader {
        dims = dims.clone();
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Number of images or labels. */
    public int count() {
        return dims[0];
    }

    /** Bytes in one item: rows × columns for images, 1 for labels. */
    public long itemSize() {
        long size = 1;
        for (int d = 1; d < dims.length; d++) {
            size *= dims[d];
        }
        return size;
    }

    /** Data bytes the header promises after itself. */
    public long dataLength() {
        return count() * itemSize();
    }

    /** "10000 labels" or "10000 images of 28×28". */
    public String describe() {
        return kind == IdxKind.IMAGES ? count() + " images of " + dims[1] + "×" + dims[2] : count() + " labels";
    }

    /**
     * How {@code bytes} data bytes read as items of this file, to follow {@link #describe()} in a
     * message: "9000" (labels), "9000 images", "9000 images and 200 bytes".
     */
    public String describeHeld(long bytes) {
        if (kind == IdxKind.LABELS) {
            return Long.toString(bytes);
        }
        long rest = bytes % itemSize();
        return bytes / itemSize() + " images" + (rest == 0 ? "" : " and " + rest + " bytes");
    }
}
