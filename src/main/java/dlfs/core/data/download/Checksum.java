package dlfs.core.data.download;

import dlfs.core.data.Sha256Sums;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An expected digest of a downloaded file.
 *
 * @param algorithm a JDK digest name: "MD5" (what MNIST's publishers list) or "SHA-256"
 * @param hex       lower-case hex
 */
public record Checksum(String algorithm, String hex) {
    public Checksum {
        hex = hex.toLowerCase(Locale.ROOT);
    }

    public static Checksum md5(String hex) {
        return new Checksum("MD5", hex);
    }

    public static Checksum sha256(String hex) {
        return new Checksum("SHA-256", hex);
    }

    public boolean matches(Path file) throws IOException {
        return hex.equals(Sha256Sums.digest(algorithm, file));
    }

    @Override
    public String toString() {
        return algorithm + " " + hex;
    }
}
