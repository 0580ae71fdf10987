package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.Page;
import dlfs.app.widgets.Exportable;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.LocatedDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * File menu: export the current page's plot, open or save its model, open a data set folder. Every
 * failure ends in an error message naming the file and the problem; nothing is thrown at the user.
 * Exports and models are written atomically, so a failed write leaves the previous file as it was.
 * The choosers and messages go through {@link ShellDialogs}, so tests can answer them.
 */
public final class FileActions {
    /** Writes one export format. */
    private interface Export {
        void write(Exportable plot, Path file) throws IOException;
    }

    /** Work on a file that may fail. */
    private interface FileWork {
        void run() throws IOException;
    }

    private final ShellViewModel model;
    private final I18n i18n;
    private final Supplier<ShellDialogs> dialogs;
    private final Runnable closeWindow;

    FileActions(ShellViewModel model, I18n i18n, Supplier<ShellDialogs> dialogs, Runnable closeWindow) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.closeWindow = closeWindow;
    }

    void exportPng() {
        export("file.filter.png", "png", Exportable::writePng);
    }

    void exportSvg() {
        export("file.filter.svg", "svg", Exportable::writeSvg);
    }

    void exportCsv() {
        export("file.filter.csv", "csv", Exportable::writeCsv);
    }

    private void export(String filterKey, String extension, Export export) {
        Page page = model.getCurrentPage();
        page.exportable().ifPresent(plot -> dialogs.get()
                .chooseSaveFile(filterKey, "*." + extension, page.chapter().id() + "-" + page.id() + "." + extension)
                .ifPresent(file -> run(() -> AtomicFile.writeVia(file, temp -> export.write(plot, temp)), file)));
    }

    void openModel() {
        model.getCurrentPage().modelFiles().ifPresent(files ->
                dialogs.get().chooseOpenFile("file.filter.model", "*.npz").ifPresent(this::openModel));
    }

    void saveModel() {
        Page page = model.getCurrentPage();
        page.modelFiles().ifPresent(files -> dialogs.get()
                .chooseSaveFile("file.filter.model", "*.npz", page.id() + ".npz").ifPresent(this::saveModel));
    }

    /** Opens a model file on the current page; true when it worked (the file becomes a recent model). */
    public boolean openModel(Path file) {
        return modelWork(file, ModelFiles::open);
    }

    /** Saves the current page's model; true when it worked. */
    public boolean saveModel(Path file) {
        return modelWork(file, ModelFiles::save);
    }

    private interface ModelWork {
        void apply(ModelFiles files, Path file) throws IOException;
    }

    private boolean modelWork(Path file, ModelWork work) {
        ModelFiles files = model.getCurrentPage().modelFiles().orElse(null);
        if (files == null) {
            return false;
        }
        boolean done = run(() -> work.apply(files, file), file);
        if (done) {
            model.rememberModel(file);
        }
        return done;
    }

    void openDatasetFolder() {
        dialogs.get().chooseFolder("menu.file.openDataset").ifPresent(this::openDataset);
    }

    /**
     * Reads the whole data set in {@code folder} off the FX thread. When every file is sound it
     * becomes the app's data set (pages use it the next time they load data) and a recent folder;
     * otherwise a message names the file and the problem, and the previous data set stays.
     *
     * @return completes on the FX thread once the user has been told
     */
    public CompletableFuture<Boolean> openDataset(Path folder) {
        CompletableFuture<Boolean> told = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            String[] outcome;
            boolean loaded;
            try {
                LocatedDataset located = DatasetLocator.standard(folder).locateDefault();
                TrainTest data = located.load();
                outcome = new String[] {located.id().folder(), Integer.toString(data.train().size()),
                        Integer.toString(data.hasTest() ? data.test().size() : 0)};
                loaded = true;
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = new String[] {messageOf(e)};
                loaded = false;
            }
            String[] result = outcome;
            boolean ok = loaded;
            Platform.runLater(() -> {
                if (ok) {
                    DatasetLocator.preferFolder(folder);
                    model.rememberDataset(folder);
                    dialogs.get().showInformation(i18n.text("dataset.opened", folder.toString()),
                            i18n.text("dataset.opened.detail", result[0], result[1], result[2]));
                } else {
                    dialogs.get().showError(i18n.text("dataset.error", folder.toString()),
                            i18n.text("dataset.error.detail", result[0], previousDataset()));
                }
                told.complete(ok);
            });
        }, "dlfs-dataset-loader");
        loader.setDaemon(true);
        loader.start();
        return told;
    }

    private String previousDataset() {
        Path preferred = DatasetLocator.preferredFolder();
        return preferred == null ? i18n.text("dataset.default") : preferred.toString();
    }

    void quit() {
        closeWindow.run();
    }

    /** Runs file work; a failure becomes an error message. True when it worked. */
    private boolean run(FileWork work, Path file) {
        try {
            work.run();
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.get().showError(i18n.text("file.error", String.valueOf(file.getFileName())), messageOf(e));
            return false;
        }
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The pages whose trained model has not been saved. */
    List<Page> pagesWithUnsavedModels() {
        List<Page> unsaved = new ArrayList<>();
        for (Page page : model.pages()) {
            if (page.modelFiles().map(ModelFiles::hasUnsavedModel).orElse(false)) {
                unsaved.add(page);
            }
        }
        return unsaved;
    }

    /**
     * Before the window closes: when trained models are unsaved, asks whether to save them (each
     * through a save chooser on its page). False when the user cancels, or a save did not happen.
     */
    public boolean confirmClose() {
        List<Page> unsaved = pagesWithUnsavedModels();
        if (unsaved.isEmpty()) {
            return true;
        }
        List<String> titles = unsaved.stream().map(p -> i18n.text(p.titleKey())).toList();
        switch (dialogs.get().askAboutUnsaved(titles)) {
            case DISCARD:
                return true;
            case CANCEL:
                return false;
            default:
                return saveEach(unsaved);
        }
    }

    /** Saves the pages' models one by one, each on its own page; back on the page shown before. */
    private boolean saveEach(List<Page> pages) {
        Page shown = model.getCurrentPage();
        try {
            for (Page page : pages) {
                model.open(page);
                boolean saved = dialogs.get().chooseSaveFile("file.filter.model", "*.npz", page.id() + ".npz")
                        .map(this::saveModel).orElse(false);
                if (!saved) {
                    return false;
                }
            }
            return true;
        } finally {
            model.open(shown);
        }
    }
}
