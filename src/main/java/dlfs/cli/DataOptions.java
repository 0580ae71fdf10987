package dlfs.cli;

import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.LocatedDataset;
import dlfs.core.data.TrainTest;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where the data comes from: shared by train, eval, gradcheck and bench. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with the four IDX files (train-images-idx3-ubyte[.gz], …). Default: $DLFS_DATA, then ~/.dlfs/datasets/<dataset>, then the bundled mini MNIST.")
    Path dir;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "mnist",
            description = "mnist, fashion-mnist or mnist-mini (default: ${DEFAULT-VALUE}; mnist falls back to the bundled mini set when the full set is not found).")
    String dataset;

    /** Loads the data set, falling back from full MNIST to the bundled mini set with a note on stderr. */
    TrainTest load() {
        DatasetId id = parseId(dataset);
        DatasetLocator locator = DatasetLocator.standard(dir);
        LocatedDataset located = locator.locate(id).orElse(null);
        if (located == null && dir != null) {
            throw new IllegalArgumentException("no " + id.title() + " files in " + dir
                    + " (expected train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz])");
        }
        if (located == null && id == DatasetId.MNIST) {
            located = locator.locateDefault();
            System.err.println("note: full MNIST not found; using " + located.id().title()
                    + " (see 'dlfs dataset list' and 'dlfs dataset download mnist')");
        }
        if (located == null) {
            throw new IllegalArgumentException(id.title() + " not found; see 'dlfs dataset list'");
        }
        TrainTest data = located.load();
        return data.hasTest() ? data : data.withHeldOutTest(Math.max(1, data.train().size() / 5));
    }

    static DatasetId parseId(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (DatasetId id : DatasetId.values()) {
            if (id.folder().equals(n)) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "': use mnist, fashion-mnist or mnist-mini");
    }
}
