package dlfs.core.data.download;

import dlfs.core.data.DatasetId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Mirror base URLs to download from. The project names no server of its own: the user chooses
 * the mirrors, with {@code --mirror URL} or the environment variable {@value #ENV} (URLs separated
 * by spaces or commas). A URL may contain {@code {dataset}}, replaced by the data set's name
 * ("mnist", "fashion-mnist"), so that one setting serves both data sets.
 */
public final class Mirrors {
    /** Environment variable with the default mirror list. */
    public static final String ENV = "DLFS_MIRRORS";

    private Mirrors() {
    }

    /**
     * The mirror base URLs for {@code id}: the explicit ones when there are any, else those of
     * {@code envValue} (may be null); each ends with "/" so file names resolve below it.
     */
    public static List<URI> choose(DatasetId id, List<String> explicit, String envValue) {
        List<String> specs = new ArrayList<>(explicit);
        if (specs.isEmpty() && envValue != null) {
            for (String part : envValue.split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    specs.add(part);
                }
            }
        }
        List<URI> mirrors = new ArrayList<>();
        for (String spec : specs) {
            mirrors.add(base(spec.replace("{dataset}", id.folder())));
        }
        return mirrors;
    }

    private static URI base(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mirror '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("mirror '" + url + "' must be an http:// or https:// URL");
        }
        return uri;
    }
}
