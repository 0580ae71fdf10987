package dlfs.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a data set's files are: a folder on disk, or a folder inside the application's class path. */
public sealed interface DatasetLocation permits DatasetLocation.Folder, DatasetLocation.Bundled {
    boolean has(String file);

    InputStream open(String file) throws IOException;

    /** The stored size in bytes, or -1 when the location cannot tell. */
    long size(String file);

    /** For people: the folder's path or "classpath:/…". */
    String describe();

    /** A folder on disk. */
    record Folder(Path dir) implements DatasetLocation {
        @Override
        public boolean has(String file) {
            return Files.isRegularFile(dir.resolve(file));
        }

        @Override
        public InputStream open(String file) throws IOException {
            return Files.newInputStream(dir.resolve(file));
        }

        @Override
        public long size(String file) {
            try {
                return Files.size(dir.resolve(file));
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public String describe() {
            return dir.toAbsolutePath().normalize().toString();
        }
    }

    /** Files packaged with the application, under a class-path folder such as "/datasets/mnist-mini/". */
    record Bundled(String resourceFolder) implements DatasetLocation {
        public Bundled {
            if (!resourceFolder.startsWith("/") || !resourceFolder.endsWith("/")) {
                throw new IllegalArgumentException("class-path folder must start and end with '/': " + resourceFolder);
            }
        }

        @Override
        public boolean has(String file) {
            return DatasetLocation.class.getResource(resourceFolder + file) != null;
        }

        @Override
        public InputStream open(String file) throws IOException {
            InputStream in = DatasetLocation.class.getResourceAsStream(resourceFolder + file);
            if (in == null) {
                throw new IOException("no class-path resource " + resourceFolder + file);
            }
            return in;
        }

        @Override
        public long size(String file) {
            return -1;
        }

        @Override
        public String describe() {
            return "classpath:" + resourceFolder;
        }
    }
}
