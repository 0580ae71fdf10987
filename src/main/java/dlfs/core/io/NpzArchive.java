package dlfs.core.io;

import dlfs.core.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz}: a zip file with one {@code <name>.npy} entry per array, what
 * {@code np.savez} writes and {@code np.load} reads back as a dict-like object.
 *
 * <p>Besides arrays an archive may carry other entries ("files", e.g. {@code manifest.json});
 * NumPy lists them too and hands them out as raw bytes, so they do not disturb
 * {@code np.load}. Entries are kept in file order. Entries are written uncompressed, like
 * {@code np.savez}; compressed ones ({@code np.savez_compressed}) are read as well.
 */
public final class NpzArchive {
    static final String NPY_SUFFIX = ".npy";
    /** Larger entries are refused before reading: a Java array cannot hold them anyway. */
    private static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE - 8;

    private final Map<String, Tensor> arrays = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Arrays by name (the entry name without {@code .npy}), in file order; read-only. */
    public Map<String, Tensor> arrays() {
        return Collections.unmodifiableMap(arrays);
    }

    /** The raw bytes of a non-array entry such as {@code manifest.json}. */
    public Optional<byte[]> file(String entryName) {
        return Optional.ofNullable(files.get(entryName)).map(byte[]::clone);
    }

    /** Names of the non-array entries, in file order. */
    public Set<String> fileNames() {
        return Collections.unmodifiableSet(files.keySet());
    }

    /** Adds an array, stored as the entry {@code <name>.npy} (e.g. "W1" or "optimizer/W1/v"). */
    public NpzArchive putArray(String name, Tensor value) {
        checkName(name);
        if (arrays.containsKey(name)) {
            throw new IllegalArgumentException("the archive already has an entry " + name + NPY_SUFFIX);
        }
        arrays.put(name, value);
        return this;
    }

    /** Adds a non-array entry under its full name (e.g. "manifest.json"). */
    public NpzArchive putFile(String entryName, byte[] content) {
        checkName(entryName);
        if (entryName.endsWith(NPY_SUFFIX)) {
            throw new IllegalArgumentException(entryName + ": .npy entries are arrays, add them with putArray");
        }
        if (files.containsKey(entryName)) {
            throw new IllegalArgumentException("the archive already has an entry " + entryName);
        }
        files.put(entryName, content.clone());
        return this;
    }

    /** Names must be relative zip paths: not empty, no leading '/', no backslash, no "." or ".." parts. */
    static void checkName(String name) {
        boolean ok = !name.isEmpty() && !name.startsWith("/") && !name.endsWith("/") && !name.contains("\\");
        for (String part : name.split("/", -1)) {
            ok &= !part.isEmpty() && !part.equals(".") && !part.equals("..");
        }
        if (!ok) {
            throw new IllegalArgumentException("bad entry name '" + name + "' (use names like W1 or optimizer/W1/v)");
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes the archive, files first, then arrays; the stream is finished but not closed. */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            putStored(zip, e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
            putStored(zip, e.getKey() + NPY_SUFFIX, NpyFormat.toBytes(e.getValue()));
        }
        zip.finish();
    }

    /** Saves to {@code file} atomically (see {@link AtomicFile}). */
    public void save(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    /** An uncompressed entry: zip needs its size and CRC-32 before the data. */
    private static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads every entry of an {@code .npz} file; {@code .npy} entries become tensors.
     *
     * @throws ModelFileException if the file is missing, not a zip, cut short, damaged (CRC), or
     *                            holds an entry that is not a readable array; the message names the
     *                            file and the entry
     */
    public static NpzArchive read(Path file) throws ModelFileException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        NpzArchive archive = new NpzArchive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    archive.add(entry.getName(), readEntry(zip, entry));
                }
            }
        } catch (ModelFileException e) {
            throw new ModelFileException(file + ": " + e.getMessage(), e);
        } catch (ZipException e) {
            throw new ModelFileException(file + " is not a valid .npz (zip) file, or it is cut short: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot be read: " + e, e);
        } catch (RuntimeException e) {
            // java.util.zip reports some kinds of damage (bad names, bad offsets) with unchecked exceptions
            throw new ModelFileException(file + " is damaged: " + e, e);
        }
        return archive;
    }

    private void add(String entryName, byte[] content) throws ModelFileException {
        boolean array = entryName.endsWith(NPY_SUFFIX);
        String name = array ? entryName.substring(0, entryName.length() - NPY_SUFFIX.length()) : entryName;
        if (arrays.containsKey(name) || files.containsKey(entryName)) {
            throw new ModelFileException("entry " + entryName + " appears twice");
        }
        if (array) {
            try {
                arrays.put(name, NpyFormat.read(content));
            } catch (ModelFileException e) {
                throw new ModelFileException("entry " + entryName + ": " + e.getMessage(), e);
            }
        } else {
            files.put(entryName, content);
        }
    }

    private static byte[] readEntry(ZipFile zip, ZipEntry entry) throws IOException {
        if (entry.getSize() > MAX_ENTRY_BYTES) {
            throw new ModelFileException("entry " + entry.getName() + " is too large (" + entry.getSize() + " bytes)");
        }
        byte[] content;
        try (InputStream in = zip.getInputStream(entry)) {
            content = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new ModelFileException("entry " + entry.getName() + " is damaged (CRC-32 does not match)");
        }
        if (entry.getSize() != -1 && content.length != entry.getSize()) {
            throw new ModelFileException("entry " + entry.getName() + " is cut short (" + content.length + " of "
                    + entry.getSize() + " bytes)");
        }
        return content;
    }
}
