package dlfs.core.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a stored data set completely: every file's IDX structure, that images and labels belong
 * together, and the SHA-256 list beside them when there is one. Reports each finding instead of
 * stopping at the first, so one run shows everything that is wrong.
 */
public final class DatasetVerifier {
    private DatasetVerifier() {
    }

    /**
     * One result line.
     *
     * @param file   the file it is about, or null for the data set as a whole
     * @param sha256 the file's SHA-256, or null when it is not about one readable file
     */
    public record Finding(String file, String sha256, boolean ok, String text) {
    }

    public static List<Finding> verify(DatasetId id, DatasetLocation location) {
        List<Finding> findings = new ArrayList<>();
        boolean filesOk = true;
        for (StandardFile standard : StandardFile.values()) {
            String name = standard.storedIn(location);
            if (name != null) {
                Finding finding = checkFile(location, name, standard.kind());
                findings.add(finding);
                filesOk &= finding.ok();
            }
        }
        if (filesOk) {
            findings.add(checkPairs(id, location));
        }
        if (location.has(Sha256Sums.FILE_NAME)) {
            findings.add(checkSums(location));
        }
        return findings;
    }

    private static Finding checkFile(DatasetLocation location, String name, IdxKind kind) {
        try {
            String sha256 = Sha256Sums.digest("SHA-256", location.open(name));
            IdxContent content = IdxReader.read(name, location.open(name), location.size(name), kind);
            return new Finding(name, sha256, true, content.header().describe());
        } catch (IOException e) {
            return new Finding(name, null, false, name + ": cannot be read (" + e.getMessage() + ")");
        } catch (DatasetException e) {
            return new Finding(name, null, false, e.getMessage());
        }
    }

    private static Finding checkPairs(DatasetId id, DatasetLocation location) {
        try {
            TrainTest data = Datasets.load(id, location);
            String test = data.hasTest() ? data.test().size() + " test" : "no test set";
            return new Finding(null, null, true, "images and labels match: " + data.train().size() + " train, " + test);
        } catch (DatasetException e) {
            return new Finding(null, null, false, e.getMessage());
        }
    }

    private static Finding checkSums(DatasetLocation location) {
        try {
            List<String> problems = Sha256Sums.check(location);
            return problems.isEmpty()
                    ? new Finding(Sha256Sums.FILE_NAME, null, true, "every listed file matches")
                    : new Finding(Sha256Sums.FILE_NAME, null, false, String.join("; ", problems));
        } catch (IOException e) {
            return new Finding(Sha256Sums.FILE_NAME, null, false, "cannot be read (" + e.getMessage() + ")");
        } catch (DatasetException e) {
            return new Finding(Sha256Sums.FILE_NAME, null, false, e.getMessage());
        }
    }
}
