package dlfs.core.data.download;

import dlfs.core.data.DatasetId;
import dlfs.core.data.StandardFile;
import java.util.List;

/**
 * The published files of MNIST and Fashion-MNIST with the MD5 digests their publishers list for
 * the gzip files. A mirror must serve these exact bytes.
 */
public final class OfficialFiles {
    private OfficialFiles() {
    }

    /** The four files of {@code id}, training first. */
    public static List<RemoteFile> of(DatasetId id) {
        switch (id) {
            case MNIST:
                return files(id, "f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
                        "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c");
            case FASHION_MNIST:
                return files(id, "8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
                        "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310");
            default:
                throw new IllegalArgumentException(id.folder() + " ships with the application and is not downloaded");
        }
    }

    private static List<RemoteFile> files(DatasetId id, String trainImages, String trainLabels, String testImages,
            String testLabels) {
        return List.of(file(StandardFile.TRAIN_IMAGES, id.trainCount(), trainImages),
                file(StandardFile.TRAIN_LABELS, id.trainCount(), trainLabels),
                file(StandardFile.TEST_IMAGES, id.testCount(), testImages),
                file(StandardFile.TEST_LABELS, id.testCount(), testLabels));
    }

    private static RemoteFile file(StandardFile file, int count, String md5) {
        return new RemoteFile(file.fileName(), file.kind(), count, List.of(Checksum.md5(md5)));
    }
}
