package dlfs.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds data sets on this machine. Full MNIST and Fashion-MNIST are looked for, in this order,
 * <ol>
 * <li>in the folder given with {@code --data DIR}: in its subfolder named after the data set
 * ({@code mnist}, {@code fashion-mnist}), or in the folder itself, whose files are taken for
 * Fashion-MNIST when its name contains "fashion" and for MNIST otherwise;</li>
 * <li>under {@code $DLFS_DATA/<name>};</li>
 * <li>under {@code ~/.dlfs/datasets/<name>}, where {@code dlfs dataset download} puts them;</li>
 * <li>Fashion-MNIST also in {@code /usr/share/datasets/fashion-mnist}, where Debian's package
 * {@code dataset-fashion-mnist} installs it.</li>
 * </ol>
 * The bundled mini MNIST comes from the class path, or from {@code datasets/mnist-mini} under the
 * working folder when running from a source checkout.
 */
public final class DatasetLocator {
    /** Environment variable naming a folder that holds data sets in subfolders. */
    public static final String DATA_ENV = "DLFS_DATA";
    /** Where Debian's dataset packages install their files. */
    public static final Path SYSTEM_DATASETS = Path.of("/usr/share/datasets");
    /** Class-path folder of the bundled mini MNIST. */
    public static final String BUNDLED_MINI = "/datasets/mnist-mini/";

    private static volatile Path preferred;

    private final Path explicitDir;
    private final Map<String, String> env;
    private final Path home;
    private final Path workingDir;
    private final Path systemDatasets;

    /**
     * @param explicitDir the {@code --data} folder, or null
     * @param env         environment variables (only {@value #DATA_ENV} is read)
     */
    public DatasetLocator(Path explicitDir, Map<String, String> env, Path home, Path workingDir, Path systemDatasets) {
        this.explicitDir = explicitDir;
        this.env = Map.copyOf(env);
        this.home = home;
        this.workingDir = workingDir;
        this.systemDatasets = systemDatasets;
    }

    /**
     * The locator of this process: its environment, home and working folder. Without an explicit
     * folder it uses the {@linkplain #preferFolder preferred} one, if any.
     */
    public static DatasetLocator standard(Path explicitDir) {
        return new DatasetLocator(explicitDir != null ? explicitDir : preferred, System.getenv(),
                Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath(), SYSTEM_DATASETS);
    }

    /**
     * Makes {@code folder} this process's data set, as if every {@link #standard(Path)} locator were
     * given it with {@code --data}: the app's File ▸ Open dataset folder sets it after the folder
     * loaded without error. Null goes back to the usual search.
     */
    public static void preferFolder(Path folder) {
        preferred = folder;
    }

    /** The folder set with {@link #preferFolder}, or null. */
    public static Path preferredFolder() {
        return preferred;
    }

    /** Every place {@code id} may be, in the order they are tried. */
    public List<DatasetLocation> candidates(DatasetId id) {
        List<DatasetLocation> places = new ArrayList<>();
        if (id == DatasetId.MNIST_MINI) {
            places.add(new DatasetLocation.Bundled(BUNDLED_MINI));
            places.add(new DatasetLocation.Folder(workingDir.resolve("datasets").resolve(id.folder())));
            return places;
        }
        if (explicitDir != null) {
            places.add(new DatasetLocation.Folder(explicitDir.resolve(id.folder())));
            if (id == guessFromName(explicitDir)) {
                places.add(new DatasetLocation.Folder(explicitDir));
            }
        }
        String dataRoot = env.get(DATA_ENV);
        if (dataRoot != null && !dataRoot.isBlank()) {
            places.add(new DatasetLocation.Folder(Path.of(dataRoot).resolve(id.folder())));
        }
        places.add(new DatasetLocation.Folder(userDatasets().resolve(id.folder())));
        if (id == DatasetId.FASHION_MNIST) {
            places.add(new DatasetLocation.Folder(systemDatasets.resolve(id.folder())));
        }
        return places;
    }

    /** The first candidate that holds at least the training files. */
    public Optional<LocatedDataset> locate(DatasetId id) {
        return candidates(id).stream().filter(Datasets::holdsTrainingSet).findFirst()
                .map(location -> new LocatedDataset(id, location));
    }

    /**
     * What to train on when nothing else is said: the {@code --data} folder if one was given (it must
     * hold a data set), otherwise full MNIST when it is installed, otherwise the bundled mini set.
     */
    public LocatedDataset locateDefault() {
        if (explicitDir != null) {
            return locateExplicit();
        }
        return locate(DatasetId.MNIST).or(() -> locate(DatasetId.MNIST_MINI)).orElseThrow(() -> DatasetException.of(
                "mnist-mini", "the bundled data set is missing from the class path and from "
                        + workingDir.resolve("datasets")));
    }

    /** Where downloads go unless told otherwise: {@code $DLFS_DATA/<name>}, else {@code ~/.dlfs/datasets/<name>}. */
    public Path downloadFolder(DatasetId id) {
        String dataRoot = env.get(DATA_ENV);
        Path root = dataRoot != null && !dataRoot.isBlank() ? Path.of(dataRoot) : userDatasets();
        return root.resolve(id.folder());
    }

    private LocatedDataset locateExplicit() {
        for (DatasetId id : List.of(DatasetId.MNIST, DatasetId.FASHION_MNIST)) {
            DatasetLocation sub = new DatasetLocation.Folder(explicitDir.resolve(id.folder()));
            if (Datasets.holdsTrainingSet(sub)) {
                return new LocatedDataset(id, sub);
            }
        }
        DatasetLocation folder = new DatasetLocation.Folder(explicitDir);
        if (!Datasets.holdsTrainingSet(folder)) {
            throw DatasetException.of(folder.describe(), "holds no " + StandardFile.TRAIN_IMAGES.fileName() + " and "
                    + StandardFile.TRAIN_LABELS.fileName() + ", neither itself nor in mnist/ or fashion-mnist/");
        }
        return new LocatedDataset(guessFromName(explicitDir), folder);
    }

    /** The data set a folder of loose files is taken for: Fashion-MNIST when its name says "fashion", else MNIST. */
    private static DatasetId guessFromName(Path dir) {
        String name = String.valueOf(dir.toAbsolutePath().normalize().getFileName()).toLowerCase(Locale.ROOT);
        return name.contains("fashion") ? DatasetId.FASHION_MNIST : DatasetId.MNIST;
    }

    private Path userDatasets() {
        return home.resolve(".dlfs").resolve("datasets");
    }
}
