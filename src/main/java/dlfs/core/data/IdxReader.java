package dlfs.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files, the format MNIST and Fashion-MNIST are published in: a magic number
 * ({@code 00 00 08 nd}), one big-endian 32-bit size per dimension, then the unsigned bytes in
 * row-major order. Files may be gzip-compressed or raw; gzip is recognised by its first two bytes
 * (1f 8b), whatever the file is called.
 *
 * <p>The reader trusts nothing in the header. Before it reserves memory it compares the size the
 * header claims with what the file can hold, and it reads the data into a buffer that grows only as
 * bytes really arrive, so a damaged or hostile header cannot make it allocate gigabytes. Every
 * problem is a {@link DatasetException} whose message names the file.
 */
public final class IdxReader {
    /** The largest Java array, and so the most bytes one file can hold here. */
    static final long MAX_DATA_LENGTH = Integer.MAX_VALUE - 8;
    /** Deflate never expands data more than about 1032 times, so a gzip file of n bytes holds at most 1032·n. */
    static final long MAX_GZIP_EXPANSION = 1032;
    private static final int FIRST_BUFFER = 1 << 20;
    private static final int STREAM_BUFFER = 1 << 16;

    private IdxReader() {
    }

    /** The images of an IDX image file (gzip or raw). */
    public static IdxImages readImages(Path file) {
        return toImages(read(file, IdxKind.IMAGES));
    }

    /** The labels of an IDX label file (gzip or raw), one unsigned byte each. */
    public static byte[] readLabels(Path file) {
        return read(file, IdxKind.LABELS).data();
    }

    /**
     * Reads an IDX image file from a stream and closes it.
     *
     * @param name       the file's name, used in messages
     * @param storedSize the stream's length in bytes if known (it lets absurd headers fail at once), else -1
     */
    public static IdxImages readImages(String name, InputStream stored, long storedSize) {
        return toImages(read(name, stored, storedSize, IdxKind.IMAGES));
    }

    /** Reads an IDX label file from a stream and closes it; see {@link #readImages(String, InputStream, long)}. */
    public static byte[] readLabels(String name, InputStream stored, long storedSize) {
        return read(name, stored, storedSize, IdxKind.LABELS).data();
    }

    /** Only the header, validated; reading stops after it, so this is cheap even for large files. */
    public static IdxHeader readHeader(String name, InputStream stored, IdxKind kind) {
        try (stored; Decoded in = decode(name, stored)) {
            return header(name, in.stream(), kind);
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    /** Header and data of one file, validated; the stream is closed afterwards. */
    public static IdxContent read(String name, InputStream stored, long storedSize, IdxKind kind) {
        try (stored; Decoded in = decode(name, stored)) {
            IdxHeader header = header(name, in.stream(), kind);
            checkFits(name, header, in.gzip(), storedSize);
            return new IdxContent(header, data(name, in.stream(), header));
        } catch (IOException e) {
            throw damaged(name, e);
        }
    }

    static IdxContent read(Path file, IdxKind kind) {
        String name = file.getFileName().toString();
        try {
            return read(name, Files.newInputStream(file), Files.size(file), kind);
        } catch (NoSuchFileException e) {
            throw DatasetException.of(name, "no such file in " + file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw DatasetException.of(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static IdxImages toImages(IdxContent content) {
        int[] dims = content.header().dims();
        return new IdxImages(dims[0], dims[1], dims[2], content.data());
    }

    /** The stream with gzip undone when its first bytes are the gzip magic 1f 8b. */
    private static Decoded decode(String name, InputStream stored) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(stored, STREAM_BUFFER);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        if (!gzip) {
            return new Decoded(buffered, false);
        }
        try {
            return new Decoded(new GZIPInputStream(buffered, STREAM_BUFFER), true);
        } catch (IOException e) {
            throw DatasetException.of(name, "damaged gzip header (" + e.getMessage() + ")");
        }
    }

    private static IdxHeader header(String name, InputStream in, IdxKind kind) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) {
            throw DatasetException.of(name, "truncated: " + magic.length + " bytes, too short for an IDX header");
        }
        int found = bigEndian(magic, 0);
        if (found != kind.magic()) {
            throw DatasetException.of(name, wrongMagic(found, kind));
        }
        byte[] sizes = in.readNBytes(4 * kind.dimensions());
        if (sizes.length < 4 * kind.dimensions()) {
            throw DatasetException.of(name, "truncated: the header ends after " + (4 + sizes.length) + " of "
                    + kind.headerLength() + " bytes");
        }
        int[] dims = new int[kind.dimensions()];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = bigEndian(sizes, 4 * d);
            if (dims[d] <= 0) {
                throw DatasetException.of(name, "dimension " + d + " is " + Integer.toUnsignedString(dims[d])
                        + ", not a positive 32-bit size");
            }
        }
        return new IdxHeader(kind, dims);
    }

    private static String wrongMagic(int found, IdxKind kind) {
        String expected = String.format("expected 0x%08X (%s)", kind.magic(), kind.noun());
        if ((found >>> 16) != 0) {
            return String.format("not an IDX file: magic number 0x%08X, %s", found, expected);
        }
        int type = (found >>> 8) & 0xFF;
        if (type != IdxKind.UNSIGNED_BYTE) {
            return String.format("element type 0x%02X is not supported, only 0x08 (unsigned byte); %s", type, expected);
        }
        return String.format("magic number 0x%08X means %d dimensions, %s has %d; %s", found, found & 0xFF,
                kind.noun(), kind.dimensions(), expected);
    }

    /** Rejects headers whose claim cannot be true for this file, before any data buffer exists. */
    private static void checkFits(String name, IdxHeader header, boolean gzip, long storedSize) {
        long claimed = header.dataLength();
        if (claimed > MAX_DATA_LENGTH) {
            throw DatasetException.of(name, "header claims " + header.describe() + " = " + claimed
                    + " bytes, more than one array can hold");
        }
        if (storedSize < 0) {
            return;
        }
        if (!gzip) {
            long held = storedSize - header.kind().headerLength();
            if (held < claimed) {
                throw truncated(name, header, held);
            }
            if (held > claimed) {
                throw trailing(name, header, held);
            }
        } else if (claimed > storedSize * MAX_GZIP_EXPANSION) {
            throw DatasetException.of(name, "header claims " + header.describe() + " = " + claimed
                    + " bytes, more than a gzip file of " + storedSize + " bytes can expand to");
        }
    }

    /** Exactly the bytes the header promises, in a buffer that doubles only as data arrives. */
    private static byte[] data(String name, InputStream in, IdxHeader header) throws IOException {
        long claimed = header.dataLength();
        byte[] buffer = new byte[(int) Math.min(claimed, FIRST_BUFFER)];
        int filled = 0;
        try {
            while (filled < claimed) {
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(claimed, 2L * buffer.length));
                }
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    throw truncated(name, header, filled);
                }
                filled += n;
            }
        } catch (EOFException e) {
            throw DatasetException.of(name, "truncated: the gzip data breaks off; header says " + header.describe()
                    + ", got " + header.describeHeld(filled));
        }
        long extra = remaining(in);
        if (extra > 0) {
            throw trailing(name, header, claimed + extra);
        }
        return buffer;
    }

    /** Counts what is left without keeping it; a damaged tail still counts as at least one byte. */
    private static long remaining(InputStream in) {
        byte[] scratch = new byte[8192];
        long count = 0;
        try {
            for (int n = in.read(scratch); n >= 0; n = in.read(scratch)) {
                count += n;
            }
        } catch (IOException e) {
            return count + 1;
        }
        return count;
    }

    private static DatasetException truncated(String name, IdxHeader header, long held) {
        return DatasetException.of(name, "truncated: header says " + header.describe() + ", file holds "
                + header.describeHeld(Math.max(0, held)));
    }

    private static DatasetException trailing(String name, IdxHeader header, long held) {
        return DatasetException.of(name, "trailing data: header says " + header.describe() + ", file holds "
                + header.describeHeld(held));
    }

    private static DatasetException damaged(String name, IOException e) {
        String kind = e instanceof EOFException ? "truncated" : "damaged";
        return DatasetException.of(name, kind + " data (" + e.getMessage() + ")");
    }

    private static int bigEndian(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16 | (bytes[offset + 2] & 0xFF) << 8
                | (bytes[offset + 3] & 0xFF);
    }

    /** The opened stream and whether it is being decompressed. */
    private record Decoded(InputStream stream, boolean gzip) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
