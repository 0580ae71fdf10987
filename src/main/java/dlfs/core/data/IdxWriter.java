package dlfs.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files, raw or gzip-compressed. The gzip output is reproducible: the JDK writes a
 * header with modification time 0 and no file name, and the compression level is fixed, so the
 * same data gives the same bytes (and SHA-256) on the same zlib.
 */
public final class IdxWriter {
    private IdxWriter() {
    }

    /** Raw IDX bytes of {@code count} images of rows × columns. */
    public static byte[] images(IdxImages images) {
        return idx(IdxKind.IMAGES, new int[] {images.count(), images.rows(), images.columns()}, images.pixels());
    }

    /** Raw IDX bytes of labels, each 0–255. */
    public static byte[] labels(int[] labels) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + " does not fit in a byte");
            }
            data[i] = (byte) labels[i];
        }
        return idx(IdxKind.LABELS, new int[] {labels.length}, data);
    }

    /** Raw IDX bytes: magic number, big-endian sizes, data. */
    public static byte[] idx(IdxKind kind, int[] dims, byte[] data) {
        if (dims.length != kind.dimensions()) {
            throw new IllegalArgumentException(kind.noun() + " need " + kind.dimensions() + " dimensions, got "
                    + dims.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(kind.headerLength() + data.length);
        writeInt(out, kind.magic());
        for (int d : dims) {
            writeInt(out, d);
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** gzip of {@code raw} with mtime 0, no file name and the best compression: the same input, the same bytes. */
    public static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (OutputStream gz = new ReproducibleGzipStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the images of {@code data} and their labels as two gzip IDX files named with {@code prefix} ("train", "t10k"). */
    public static void writePair(ImageDataset data, Path dir, String prefix) throws IOException {
        if (data.channels() != 1) {
            throw new IllegalArgumentException("IDX image files hold one channel, " + data.name() + " has "
                    + data.channels());
        }
        byte[] pixels = new byte[data.size() * data.imageSize()];
        int[] labels = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            for (int p = 0; p < data.imageSize(); p++) {
                pixels[i * data.imageSize() + p] = (byte) data.pixel(i, p);
            }
            labels[i] = data.label(i);
        }
        write(dir.resolve(prefix + "-images-idx3-ubyte.gz"),
                gzip(images(new IdxImages(data.size(), data.height(), data.width(), pixels))));
        write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), gzip(labels(labels)));
    }

    /** Writes through a temporary file in the same folder, so a reader never sees half a file. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".part");
        try {
            Files.write(temp, bytes);
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames a finished temporary file over {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    /** The JDK's gzip stream at a fixed, maximal compression level. */
    private static final class ReproducibleGzipStream extends GZIPOutputStream {
        ReproducibleGzipStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
