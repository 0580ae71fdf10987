package dlfs.app.ch07;

import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.tensor.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data sets the CNN panels train on, each read once per run of the app and then shared (they
 * are immutable): the bundled mini MNIST always, full MNIST and Fashion-MNIST when they are installed.
 */
public final class DatasetCache {
    private static final Map<DatasetId, TrainTest> LOADED = new EnumMap<>(DatasetId.class);
    /** Images held out as a test set when a data set comes without one. */
    private static final int HELD_OUT = 2_000;
    /** The folder chosen with File ▸ Open data set folder when {@link #LOADED} was filled. */
    private static Path loadedFor;

    private DatasetCache() {
    }

    /** The data sets found on this machine, the bundled one first. */
    public static synchronized List<DatasetId> available() {
        forgetIfAnotherFolderWasChosen();
        DatasetLocator locator = DatasetLocator.standard(null);
        List<DatasetId> found = new ArrayList<>();
        for (DatasetId id : List.of(DatasetId.MNIST_MINI, DatasetId.MNIST, DatasetId.FASHION_MNIST)) {
            if (LOADED.containsKey(id) || locator.locate(id).isPresent()) {
                found.add(id);
            }
        }
        return found;
    }

    /** Image {@code index} of a data set with its pixels scaled to [0, 1], as the networks read it. */
    public static double[] image(ImageDataset data, int index) {
        Tensor pixels = Tensor.zeros(data.imageSize());
        data.fillBatch(new int[] {index}, 0, 1, true, pixels, null);
        return pixels.data();
    }

    /** Reads a data set (slow the first time: call it off the FX thread). */
    public static synchronized TrainTest load(DatasetId id) {
        forgetIfAnotherFolderWasChosen();
        TrainTest data = LOADED.get(id);
        if (data == null) {
            data = DatasetLocator.standard(null).locate(id)
                    .orElseThrow(() -> new IllegalArgumentException(id.title() + " is not installed on this machine"))
                    .load().withHeldOutTest(HELD_OUT);
            LOADED.put(id, data);
        }
        return data;
    }

    private static void forgetIfAnotherFolderWasChosen() {
        Path chosen = DatasetLocator.preferredFolder();
        if (!Objects.equals(chosen, loadedFor)) {
            LOADED.clear();
            loadedFor = chosen;
        }
    }
}
