package dlfs.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file all at once or not at all: the new content goes to a temporary file in the same
 * folder, is forced to the disk, and is then renamed over the target in one atomic step. A crash,
 * a full disk or an exception half-way leaves the previous file exactly as it was, and the
 * temporary file is removed.
 */
public final class AtomicFile {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFile() {
    }

    /** Writes the content of a file to a stream (which it must not close). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file's content to the path it is given (e.g. a picture export that wants a path). */
    @FunctionalInterface
    public interface PathContent {
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws IOException whatever stopped the write; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        writeVia(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
            }
        });
    }

    /**
     * Lets {@code content} write a temporary file next to {@code target}, forces it to the disk and
     * renames it over {@code target}, for writers that insist on a path of their own.
     *
     * @throws IOException whatever stopped the write; {@code target} is then unchanged
     */
    public static void writeVia(Path target, PathContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // A name of our own in the same folder (so the rename cannot cross file systems); the writer
        // creates it, and no other file is ever overwritten.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        try {
            content.writeTo(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
