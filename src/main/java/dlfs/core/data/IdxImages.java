package dlfs.core.data;

/**
 * The content of an IDX image file: {@code count} images of rows × columns bytes, row-major,
 * one image after another.
 */
public record IdxImages(int count, int rows, int columns, byte[] pixels) {
    public IdxImages {
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixel bytes do not hold " + count + " images of "
                    + rows + "×" + columns);
        }
    }
}
