package dlfs.core.data;

import java.io.IOException;

/**
 * Loads a data set's standard files from a {@link DatasetLocation}: the training pair is required,
 * the test pair is optional (a folder may hold only training files).
 */
public final class Datasets {
    private Datasets() {
    }

    /** Training and, when present, test images with their labels, checked against each other. */
    public static TrainTest load(DatasetId id, DatasetLocation location) {
        ImageDataset train = readPair(id.folder() + "/train", location, StandardFile.TRAIN_IMAGES,
                StandardFile.TRAIN_LABELS, id.classes());
        ImageDataset test = hasTestFiles(location)
                ? readPair(id.folder() + "/test", location, StandardFile.TEST_IMAGES, StandardFile.TEST_LABELS,
                        id.classes())
                : null;
        return new TrainTest(train, test);
    }

    /** Counts and image size from the headers alone, without reading the pixels. */
    public static DatasetInfo info(DatasetId id, DatasetLocation location) {
        IdxHeader train = pairHeader(location, StandardFile.TRAIN_IMAGES, StandardFile.TRAIN_LABELS);
        int testCount = hasTestFiles(location)
                ? pairHeader(location, StandardFile.TEST_IMAGES, StandardFile.TEST_LABELS).count()
                : 0;
        return new DatasetInfo(id, location, train.count(), testCount, train.dims()[1], train.dims()[2]);
    }

    /** Whether the location holds the training images and labels, the least a usable data set needs. */
    public static boolean holdsTrainingSet(DatasetLocation location) {
        return StandardFile.TRAIN_IMAGES.storedIn(location) != null && StandardFile.TRAIN_LABELS.storedIn(location) != null;
    }

    /** One image file and its label file as a data set of one-channel images. */
    public static ImageDataset readPair(String name, DatasetLocation location, StandardFile imagesFile,
            StandardFile labelsFile, int classes) {
        String imagesName = require(location, imagesFile);
        String labelsName = require(location, labelsFile);
        IdxImages images;
        byte[] labelBytes;
        try {
            images = IdxReader.readImages(imagesName, location.open(imagesName), location.size(imagesName));
            labelBytes = IdxReader.readLabels(labelsName, location.open(labelsName), location.size(labelsName));
        } catch (IOException e) {
            throw DatasetException.of(imagesName, "cannot be opened in " + location.describe() + " (" + e.getMessage() + ")");
        }
        checkSameCount(imagesName, images.count(), labelsName, labelBytes.length);
        int[] labels = new int[labelBytes.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labelBytes[i] & 0xFF;
            if (labels[i] >= classes) {
                throw DatasetException.of(labelsName, "label " + labels[i] + " at index " + i + " is outside 0.."
                        + (classes - 1));
            }
        }
        return new ImageDataset(name, images.pixels(), labels, 1, images.rows(), images.columns(), classes);
    }

    private static boolean hasTestFiles(DatasetLocation location) {
        boolean images = StandardFile.TEST_IMAGES.storedIn(location) != null;
        boolean labels = StandardFile.TEST_LABELS.storedIn(location) != null;
        if (images != labels) {
            StandardFile missing = images ? StandardFile.TEST_LABELS : StandardFile.TEST_IMAGES;
            StandardFile present = images ? StandardFile.TEST_IMAGES : StandardFile.TEST_LABELS;
            throw DatasetException.of(missing.fileName(), "missing in " + location.describe() + ", though "
                    + present.storedIn(location) + " is there");
        }
        return images;
    }

    private static IdxHeader pairHeader(DatasetLocation location, StandardFile imagesFile, StandardFile labelsFile) {
        String imagesName = require(location, imagesFile);
        String labelsName = require(location, labelsFile);
        IdxHeader images = header(location, imagesName, IdxKind.IMAGES);
        IdxHeader labels = header(location, labelsName, IdxKind.LABELS);
        checkSameCount(imagesName, images.count(), labelsName, labels.count());
        return images;
    }

    private static IdxHeader header(DatasetLocation location, String file, IdxKind kind) {
        try {
            return IdxReader.readHeader(file, location.open(file), kind);
        } catch (IOException e) {
            throw DatasetException.of(file, "cannot be opened in " + location.describe() + " (" + e.getMessage() + ")");
        }
    }

    private static void checkSameCount(String imagesName, int images, String labelsName, int labels) {
        if (images != labels) {
            throw DatasetException.of(labelsName, "holds " + labels + " labels but " + imagesName + " holds " + images
                    + " images");
        }
    }

    private static String require(DatasetLocation location, StandardFile file) {
        String stored = file.storedIn(location);
        if (stored == null) {
            throw DatasetException.of(file.fileName(), "not found in " + location.describe());
        }
        return stored;
    }
}
