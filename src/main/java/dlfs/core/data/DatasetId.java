package dlfs.core.data;

import java.util.List;
import java.util.Locale;

/** The data sets the course knows by name, with the facts that do not depend on where they are stored. */
public enum DatasetId {
    /** Handwritten digits: 60,000 training and 10,000 test images of 28×28 (LeCun, Cortes, Burges). */
    MNIST("mnist", "MNIST", 60_000, 10_000, digits()),
    /** Zalando's clothing pictures in MNIST's format and sizes. */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", 60_000, 10_000, List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")),
    /** The first 10,000 MNIST training digits shipped with the project: 8,000 to train on, 2,000 to test. */
    MNIST_MINI("mnist-mini", "MNIST mini (bundled)", 8_000, 2_000, digits());

    private final String folder;
    private final String title;
    private final int trainCount;
    private final int testCount;
    private final List<String> classNames;

    DatasetId(String folder, String title, int trainCount, int testCount, List<String> classNames) {
        this.folder = folder;
        this.title = title;
        this.trainCount = trainCount;
        this.testCount = testCount;
        this.classNames = classNames;
    }

    /** The name used on the command line and as the folder name: "mnist", "fashion-mnist", "mnist-mini". */
    public String folder() {
        return folder;
    }

    /** The name to show a person. */
    public String title() {
        return title;
    }

    /** Training images in the complete published set. */
    public int trainCount() {
        return trainCount;
    }

    /** Test images in the complete published set. */
    public int testCount() {
        return testCount;
    }

    public int classes() {
        return classNames.size();
    }

    /** What each label means, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** The data set called {@code name} ("mnist", "fashion-mnist", "mnist-mini"; case does not matter). */
    public static DatasetId parse(String name) {
        for (DatasetId id : values()) {
            if (id.folder.equals(name.toLowerCase(Locale.ROOT))) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + name + "', expected mnist, fashion-mnist or mnist-mini");
    }

    private static List<String> digits() {
        return List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }
}
