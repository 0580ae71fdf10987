package dlfs.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * File digests and the {@code SHA256SUMS} list that sits beside a data set, in the format of
 * {@code sha256sum}: one "hex, two spaces, file name" line per file, so {@code sha256sum -c SHA256SUMS}
 * checks it too.
 */
public final class Sha256Sums {
    public static final String FILE_NAME = "SHA256SUMS";

    private Sha256Sums() {
    }

    /** Lower-case hex digest of a file's bytes; {@code algorithm} is a JDK name such as "SHA-256" or "MD5". */
    public static String digest(String algorithm, Path file) throws IOException {
        return digest(algorithm, Files.newInputStream(file));
    }

    /** Lower-case hex digest of everything the stream holds; the stream is closed afterwards. */
    public static String digest(String algorithm, InputStream stream) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unknown digest algorithm " + algorithm, e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = stream) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(Path file) throws IOException {
        return digest("SHA-256", file);
    }

    /** Writes {@code dir/SHA256SUMS} for the named files of {@code dir}, in the given order. */
    public static void write(Path dir, List<String> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            text.append(sha256(dir.resolve(file))).append("  ").append(file).append('\n');
        }
        IdxWriter.write(dir.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** File name → expected hex digest, in file order, from the text of a SHA256SUMS file. */
    public static Map<String, String> parse(String text) {
        Map<String, String> sums = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-fA-F]{64} [ *]\\S.*")) {
                throw DatasetException.of(FILE_NAME, "line " + (i + 1) + " is not '<64 hex digits>  <file name>'");
            }
            sums.put(line.substring(66), line.substring(0, 64).toLowerCase(Locale.ROOT));
        }
        return sums;
    }

    /**
     * Checks every file listed in the location's SHA256SUMS; returns one line per problem, empty
     * when all match.
     */
    public static List<String> check(DatasetLocation location) throws IOException {
        String text;
        try (InputStream in = location.open(FILE_NAME)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : parse(text).entrySet()) {
            String file = entry.getKey();
            if (!location.has(file)) {
                problems.add(file + ": listed in " + FILE_NAME + " but missing");
                continue;
            }
            String actual = digest("SHA-256", location.open(file));
            if (!actual.equals(entry.getValue())) {
                problems.add(file + ": SHA-256 " + actual + " differs from " + entry.getValue() + " in " + FILE_NAME);
            }
        }
        return problems;
    }
}
