package dlfs.core.data;

import java.io.IOException;
import java.nio.file.Path;

/** Small hand-made IDX data for tests: images whose pixels encode their index, labels cycling 0..classes-1. */
public final class SyntheticIdx {
    private SyntheticIdx() {
    }

    /** {@code count} images of rows × columns; pixel p of image i is (i·7 + p) mod 256. */
    public static IdxImages images(int count, int rows, int columns) {
        byte[] pixels = new byte[count * rows * columns];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * columns; p++) {
                pixels[i * rows * columns + p] = (byte) (i * 7 + p);
            }
        }
        return new IdxImages(count, rows, columns, pixels);
    }

    /** Labels i mod {@code classes}. */
    public static int[] labels(int count, int classes) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
        }
        return labels;
    }

    /** A data set of {@code count} such images and labels. */
    public static ImageDataset dataset(String name, int count, int side, int classes) {
        return new ImageDataset(name, images(count, side, side).pixels(), labels(count, classes), 1, side, side, classes);
    }

    /** Writes the standard gzip files: {@code train} training images and, when {@code test > 0}, a test set. */
    public static void writeSet(Path dir, int train, int test, int side) throws IOException {
        IdxWriter.writePair(dataset("train", train, side, 10), dir, "train");
        if (test > 0) {
            IdxWriter.writePair(dataset("test", test, side, 10), dir, "t10k");
        }
    }
}
