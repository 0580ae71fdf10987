package dlfs.core.data;

import java.util.List;

/**
 * What a found data set holds, read from its file headers.
 *
 * @param testCount 0 when the location has no test files
 */
public record DatasetInfo(DatasetId id, DatasetLocation location, int trainCount, int testCount, int height,
        int width) {

    public int classes() {
        return id.classes();
    }

    public List<String> classNames() {
        return id.classNames();
    }

    /** One line for a listing: "mnist  60000 train / 10000 test, 28×28, 10 classes  /path". */
    public String summary() {
        return String.format("%-14s %6d train / %5d test, %d×%d, %d classes  %s", id.folder(), trainCount, testCount,
                height, width, classes(), location.describe());
    }
}
